"""The grouping's thresholds and word lists, read from `workbench/data/stories.json`.

Kept as data so that a refit (bench/bench_stories.py --fit) changes numbers, not code.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from workbench.vocabulary import words


@dataclass(frozen=True, slots=True)
class Settings:
    near_days: int
    """Articles this many days apart or fewer are matched with the `near` threshold."""
    mid_days: int
    join_near: float
    join_mid: float
    join_far: float
    join_undated: float
    """For an article (or a closest article) without a publication date."""
    story_min: float
    """The similarity an article needs with the story's articles taken together (their
    centroid), whatever its closest article says: one look-alike page does not chain two
    events into one story."""
    name_share: float
    """A story joined from further away than `near_days` must share a name with the article
    that is the story's own: at least this share of the other articles naming it are in the
    story (see names.shares_a_name)."""
    join_named: float
    """The similarity that joins a story at any distance in time when the article shares a
    name that is the story's own (see names.shares_a_name); 1.0: no such rule."""
    span_near_above: float
    """At this similarity or above, a story's span (for its name rule, `needs_a_name`) is
    measured from its nearest matched article rather than its first (1.0: never)."""
    same_outlet_near: float
    """Below this similarity, a story whose matched articles are all of the article's own
    outlet is joined within `near_days` only with a shared name of the story's own."""
    event_days_apart: int
    """Two event days told this many days apart or more are two events (see events.py);
    0: event days are not compared."""
    event_apart_below: float
    """Below this similarity an article does not join a story whose articles all tell
    another event day (`event_days_apart` or more away) than its own."""
    event_apart_own_below: float
    """As `event_apart_below`, for a story matched by the article's own outlet's reports
    alone: an outlet tells its town's every shooting in one template (its headline's
    words, its police spokesman, its town's quarters), so its report of another day is
    as alike as a follow-up, days or months on."""
    event_apart_far_below: float
    """As `event_apart_below`, for a story whose nearest matched article is more than
    `mid_days` away, when the article counts its dead or hurt (not only an age): a
    report months on counting victims of another day of its own, and telling neither
    the story's day, month and victims nor a person of it, is another event of the same
    place told alike (a station's template, a county's agency)."""
    join_event: float
    """The similarity that joins a story at any distance in time when the article tells
    the same event day and place as one of its articles (1.0: no such rule)."""
    join_harmed: float
    """The similarity that joins a story within `near_days` when the article tells who was
    harmed as one of its articles does (events.same_harm; 1.0: no such rule)."""
    join_harmed_elsewhere: float
    """The similarity at which `join_harmed` holds though the two articles' places differ
    (the place a claim reads is often an outlet's town or a hospital's)."""
    join_harmed_later: float
    """The similarity that joins a story further than `near_days` away when the article
    places its event where a story's article does and counts the same victims by an age or
    a count of two or more (events.same_victims_there; 1.0: no such rule)."""
    join_followup: float
    """The similarity that joins a story at any distance in time when the article tells
    the month of a story's article's event day, at its place, and counts the same victims
    (events.followed_up; 1.0: no such rule)."""
    join_told_day: float
    """The similarity that joins a story further than `near_days` away when the article
    tells a story's article's event day among its days (events.tells_their_day): the
    told day brings it as near as a report of those days (1.0: no such rule)."""
    join_person: float
    """The similarity that joins a story at any distance in time, whatever day each
    tells, when the article names one of the people a story's article says were harmed,
    arrested or charged, by a name of the story's own (events.shared_people; 1.0: no such
    rule)."""
    join_part: float
    """As `join_person`, when the person is named in the same part on both sides (victim
    with victim, accused with accused, as the parse reads them: events.shared_part; 1.0:
    no such rule)."""
    join_aged: float
    """The similarity that joins a story at any distance in time, whatever day each
    tells, when the article shares with it a person of the story's own named with an
    age by one side or both (as `join_named`) and places its event nowhere else than the
    story's articles do (events.placed_elsewhere): a late follow-up (a bond hearing, an
    indictment, a sentencing) names the victim or the accused, is dated by its own day
    and shares little else with the first reports (1.0: no such rule)."""
    join_toll: float
    """The similarity that joins a story at any distance in time, whatever day each
    tells, when the article states a harm count of `toll_least` or more that is the
    story's own (events.own_toll: "49 killed", told by few articles but the story's) and
    places its event nowhere else than the story's articles do (1.0: no such rule)."""
    toll_least: int
    join_brief: float
    """The similarity at which an article kept out of every story joins the one story of
    its days whose articles its victims and its day or place agree with (`briefs`; 1.0:
    no such rule)."""
    learned_at: float
    """The probability at which the learned model (`learned.py`) joins a story the rules
    keep the article out of (above 1.0: never)."""
    learned_weights: tuple[tuple[str, float], ...]
    """(feature, weight) of the learned model, fitted by bench/stories_refit.py."""
    learned_intercept: float
    people_apart_below: float
    """Below this similarity an article does not join a story whose articles name the
    people harmed, arrested or charged, none of them those it names, or give the victims'
    ages, none of them those it gives (0.0: no such rule)."""
    named_apart_below: float
    """Below this similarity with a report of a story that names its victims, none of
    them those the article names, the article does not join that story
    (`named_apart.names_other_victims`; 0.0: no such rule)."""
    victims_apart_below: float
    """Below this similarity an article does not join a story whose articles that give
    their victims' ages and event day all give other ages and another day (one day apart
    is enough: `apart.other_victims_another_day`; 0.0: no such rule)."""
    streets_apart_below: float
    """Below this similarity an article does not join a story of its days whose articles
    place their event on other streets of the city it places its own in, on the same
    day (`streets.on_other_streets`; 0.0: no such rule)."""
    hours_apart_below: float
    """Below this similarity an article does not join a story of its days whose articles
    telling clock times of its day all tell other hours of it (`clock.at_other_hours`;
    0.0: no such rule)."""
    harmed_over_day: int
    """An article that tells as many of who was harmed as a story's article (events.same_harm
    `least`) joins it though it tells another event day: a day misread (an arrest's, a
    hearing's) more often than two events with the same victims."""
    candidates_near: int
    """How many more stored articles published within `near_days`, best text match first,
    an article is compared with (0: none)."""
    candidates: int
    """How many stored articles, best text match first, an article is compared with."""
    candidate_terms: int
    """How many of an article's terms (rarest first) look up its candidates, at most."""
    candidate_min_terms: int
    """However common its words, an article looks up by at least this many of them."""
    candidate_share: float
    """A term used by more than this share of the articles (and more than `candidates`)
    does not look up candidates: it finds too many to tell stories apart."""
    candidate_postings: int
    """The most stored articles one lookup reads through its terms (their document
    frequencies summed, rarest first; `lookup.within_budget`): what bounds grouping's
    cost per article whatever the size of the database."""
    furniture_min: int
    """A paragraph found word for word in this many articles is page furniture (a syndicated
    article is rarely copied that often into one database; a sign-in prompt is)."""
    lasting_actions: frozenset[str]
    event_kinds: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]
    """(kind, its phrases as word tuples), in the data's order (an earlier kind wins over
    one told by up to `titles.KIND_SHARE` times as many articles)."""
    happening_nouns: frozenset[str] = frozenset()
    """Nouns of an event, its telling or its handling ("battle", "details", "investigation"):
    a noun of a kind before one names the event's kind (`kind_shapes.happening_nouns`)."""
    join_ramp: bool = False
    """Whether the bar between `near_days` and `mid_days` rises with the log of the days
    from `join_near` to `join_mid` rather than in one step: a report four days on (an
    arrest, a charge) is nearer the first reports' days than one of four weeks on."""

    def threshold(self, gap: int | None) -> float:
        """The similarity an article needs to join a story whose closest article is `gap`
        days away (None: a date is unknown)."""
        if gap is None:
            return self.join_undated
        if gap <= self.near_days:
            return self.join_near
        if gap <= self.mid_days:
            if not self.join_ramp:
                return self.join_mid
            rise = math.log(gap / self.near_days) / math.log(self.mid_days / self.near_days)
            return self.join_near + (self.join_mid - self.join_near) * rise
        return self.join_far


def from_data(data: dict) -> Settings:
    join = data["join"]
    return Settings(
        near_days=int(data["near_days"]),
        mid_days=int(data["mid_days"]),
        join_near=float(join["near"]),
        join_mid=float(join["mid"]),
        join_far=float(join["far"]),
        join_undated=float(join["undated"]),
        story_min=float(join.get("story_min", 0.0)),
        name_share=float(join.get("name_share", 0.0)),
        join_named=float(join.get("join_named", 1.0)),
        span_near_above=float(join.get("span_near_above", 1.0)),
        same_outlet_near=float(join.get("same_outlet_near", 0.0)),
        event_days_apart=int(join.get("event_days_apart", 0)),
        event_apart_below=float(join.get("event_apart_below", 0.0)),
        event_apart_own_below=float(
            join.get("event_apart_own_below", join.get("event_apart_below", 0.0))
        ),
        event_apart_far_below=float(join.get("event_apart_far_below", 0.0)),
        join_event=float(join.get("join_event", 1.0)),
        join_harmed=float(join.get("join_harmed", 1.0)),
        join_harmed_elsewhere=float(join.get("join_harmed_elsewhere", 1.0)),
        join_harmed_later=float(join.get("join_harmed_later", 1.0)),
        join_followup=float(join.get("join_followup", 1.0)),
        join_told_day=float(join.get("join_told_day", 1.0)),
        join_person=float(join.get("join_person", 1.0)),
        join_aged=float(join.get("join_aged", 1.0)),
        join_toll=float(join.get("join_toll", 1.0)),
        toll_least=int(join.get("toll_least", 2)),
        join_brief=float(join.get("join_brief", 1.0)),
        learned_at=float(data.get("learned", {}).get("at", 2.0)),
        learned_weights=tuple(
            (str(k), float(w)) for k, w in data.get("learned", {}).get("weights", {}).items()
        ),
        learned_intercept=float(data.get("learned", {}).get("intercept", 0.0)),
        people_apart_below=float(join.get("people_apart_below", 0.0)),
        named_apart_below=float(join.get("named_apart_below", 0.0)),
        victims_apart_below=float(join.get("victims_apart_below", 0.0)),
        streets_apart_below=float(join.get("streets_apart_below", 0.0)),
        hours_apart_below=float(join.get("hours_apart_below", 0.0)),
        join_part=float(join.get("join_part", 1.0)),
        harmed_over_day=int(join.get("harmed_over_day", 99)),
        candidates_near=int(data.get("candidates_near", 0)),
        candidates=int(data["candidates"]),
        candidate_terms=int(data["candidate_terms"]),
        candidate_min_terms=int(data.get("candidate_min_terms", 0)),
        candidate_share=float(data.get("candidate_share", 1.0)),
        candidate_postings=int(data.get("candidate_postings", 2000)),
        furniture_min=int(data.get("furniture_min", 3)),
        lasting_actions=frozenset(data.get("lasting_actions", [])),
        event_kinds=tuple(
            (kind, tuple(tuple(words(p)) for p in phrases))
            for kind, phrases in data.get("event_kinds", {}).items()
        ),
        happening_nouns=frozenset(data.get("happening_nouns", [])),
        join_ramp=bool(join.get("ramp", False)),
    )


@cache
def default() -> Settings:
    text = resources.files("workbench.data").joinpath("stories.json").read_text("utf-8")
    return from_data(json.loads(text))
