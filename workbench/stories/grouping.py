"""Placing articles into stories, one at a time, in publication order.

Incremental and deterministic: an article joins the story of the stored article it is
most similar to, when that similarity reaches the threshold for their distance in time
(a follow-up weeks later must say more of the same than a report of the same day);
otherwise it opens a new story. Articles already placed never move, so adding articles
does not reshuffle stories, and the same articles in the same order give the same stories.
An article whose claims tell the same event day and place as a story's article
joins it on far less alike words, at any distance in time (`events`); so does, within
days, one that counts the same victims (an age, "one dead, six hurt"); at any distance,
one that names a person the story's claims say was shot, arrested or charged; within
weeks, one that gives the same place, victims' age or toll and a name of the story's own;
at any distance, one that tells a story's event day among its days as if of those days;
at any distance, one that states a toll few reports state but the story's ("49 killed")
and places its event nowhere else.
An article of the same days as alike as a late report must be is compared though the
ranking of the whole database left it out. Of the stories it may join, one whose articles
tell its event (the same day and place, month and toll, a person named) wins over one
alike in words only. A page that lost its article (its headline all it tells) is matched
only with the reports of its own days, or from afar by a person's name of the story's own.
A copy joins its original's story. A new story joins the thread of the most similar
earlier story that it would have joined had they been published the same week.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from workbench.stories.events import (
    NONE,
    EventFacts,
    Events,
    another_day,
    followed_up,
    other_people,
    own_toll,
    placed_elsewhere,
    same_event,
    same_harm,
    same_victims_there,
    shared_part,
    shared_people,
    tells_their_day,
)
from workbench.stories.lookup import days_between, lookup_terms
from workbench.stories.names import named_from_afar, person_tokens, shares_a_name, without_towns
from workbench.stories.people import PREFIX, mostly_theirs, shares_a_person, without_places
from workbench.stories.settings import Settings
from workbench.stories.similarity import Vectors


@dataclass(frozen=True, slots=True)
class Member:
    """A placed article, as a candidate for a new one to join."""

    source_id: int
    story_id: int
    thread_id: int
    published: str | None
    terms: tuple[str, ...]
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """An article waiting for its story."""

    source_id: int
    published: str | None
    terms: tuple[str, ...]
    copy_of: int | None = None
    outlet: str | None = None
    lost: bool = False
    """Its page lost the article (`features.article_lost`): matched on its headline."""


@dataclass(frozen=True, slots=True)
class Placement:
    source_id: int
    story_id: int | None
    """None: a new story."""
    thread_id: int | None
    """For a new story: the thread it joins (None: a thread of its own)."""
    score: float
    how: str
    """'grouping', 'copy' or 'new'."""
    closest: int | None = None
    """The placed article it matched best."""


class Index(Protocol):
    """What grouping needs to know of the articles already placed (the store provides it)."""

    def document_count(self) -> int: ...

    def document_frequencies(self, terms: Iterable[str] | None = None) -> Mapping[str, int]: ...

    def candidates(self, terms: Sequence[str], limit: int) -> list[Member]: ...

    def member(self, source_id: int) -> Member | None: ...


def needs_a_name(
    article: Article, members: Sequence[Member], score: float, span: int | None, settings: Settings
) -> bool:
    """Whether joining this story takes a shared name besides alike words (`span`: days
    from the story's earliest matched article).

    A later report of an event names someone or somewhere of it; words alone ("overnight
    shooting in <the outlet's city>") fit a new event as well. The span is measured from
    the earliest article, not the nearest, so that a chain of one-day steps ("boy, 16, shot
    in <the city>") cannot carry a story on for weeks; but from the nearest for a report as
    alike as one weeks on must be (`span_near_above`: a suspect's surrender five days on,
    a survivor's story a week on, as alike as that to the reports of the days before). The
    same outlet's report of another incident the same day shares the outlet's city,
    template and spokespeople, so alike words are not enough there either unless they are
    very alike.
    """
    if span is None or span > settings.near_days:
        return True
    same_outlet = article.outlet is not None and all(m.outlet == article.outlet for m in members)
    return same_outlet and score < settings.same_outlet_near


def near_members(
    article: Article,
    keys: Sequence[str],
    offered: Sequence[Member],
    index: Index,
    settings: Settings,
    vectors: Vectors,
) -> list[Member]:
    """The articles of the article's own days (`near_days`) that the full-text ranking of
    the whole database left out of `offered` though they are as alike as a report weeks
    on must be (`join_mid`): older articles sharing its rarer words crowd a same-day
    report that shares only common ones ("critical", "accidental") out of `candidates`."""
    lookup = getattr(index, "candidates_near", None)
    if not (settings.candidates_near and article.published and lookup):
        return []
    seen = {m.source_id for m in offered} | {article.source_id}
    days = lookup(keys, article.published, settings.near_days, settings.candidates_near)
    extra = [m for m in days if m.source_id not in seen]
    alike, _ = vectors.similarities(
        (article.source_id, article.terms), [(m.source_id, m.terms) for m in extra], []
    )
    return [m for m, a in zip(extra, alike, strict=True) if a >= settings.join_mid]


def place(
    article: Article,
    index: Index,
    settings: Settings,
    vectors: Vectors,
    events: Events | None = None,
) -> Placement:
    """Where one article belongs, given the articles placed before it (and, with `events`,
    the event day and place their claims tell)."""
    if article.copy_of is not None:
        original = index.member(article.copy_of)
        # A copy is its original's story, unless the two only share their page furniture:
        # a true copy's heading, lead and names are its original's, so it is as alike as a
        # report must be to join a story from afar.
        alike = (
            original is not None
            and vectors.similarities(
                (article.source_id, article.terms), [(original.source_id, original.terms)], [0]
            )[0][0]
            >= settings.join_far
        )
        if original is not None and alike:
            return Placement(
                article.source_id,
                original.story_id,
                original.thread_id,
                1.0,
                "copy",
                original.source_id,
            )
    keys = lookup_terms(article.terms, vectors.frequency, vectors.documents, settings)
    members = [
        m for m in index.candidates(keys, settings.candidates) if m.source_id != article.source_id
    ]
    members += near_members(article, keys, members, index, settings, vectors)
    if not members:
        return Placement(article.source_id, None, None, 0.0, "new")
    facts: dict[int, EventFacts] = {}
    if events is not None:
        facts = events.of(
            [(article.source_id, article.published), *((m.source_id, m.published) for m in members)]
        )
    mine = facts.get(article.source_id, NONE)
    scores, stories = vectors.similarities(
        (article.source_id, article.terms),
        [(m.source_id, m.terms) for m in members],
        [m.story_id for m in members],
    )
    # A story is matched by its closest article, or by all its articles together (a
    # report may take something from each earlier one), at the closest article's distance.
    best: tuple[bool, float, int, Member] | None = None
    thread: tuple[float, int, Member] | None = None
    by_story: dict[int, list[tuple[float, Member]]] = {}
    afar: tuple[str, ...] | None = None
    """A page that lost its article: its terms less every place the database names."""
    for member, score in zip(members, scores, strict=True):
        by_story.setdefault(member.story_id, []).append((score, member))
    for story_id, found in by_story.items():
        score, member = max(found, key=lambda f: (f[0], -f[1].source_id))
        gaps = [days_between(article.published, m.published) for _s, m in found]
        known = [g for g in gaps if g is not None]
        gap = min(known) if known else None
        centroid = stories.get(story_id, score)
        together = max(score, centroid)
        key = (together, -member.source_id, member)
        span = (gap if together >= settings.span_near_above else max(known)) if known else None
        told = [facts.get(m.source_id, NONE) for _s, m in found]
        if article.lost and (gap is None or gap > settings.near_days):
            # A headline alone ("2-year-old shot in <county>") fits that county's every
            # such event: from afar it tells one of them only by a person's name, which
            # the database's places (none without claims) tell from a place's.
            places = events.place_names() if events else frozenset()
            if afar is None:
                afar = without_places(article.terms, places)
            members_found = [m for _s, m in found]
            if not (
                places and named_from_afar(afar, members_found, told, vectors.frequency, settings)
            ):
                continue
        threshold = settings.threshold(gap)
        # An outlet names its town, its hospital and its police in its every report of the
        # town: matched with its own reports alone, a name of the story's own from afar is
        # none of those (in a small database they are named by that outlet's reports alone).
        named = article.terms
        if article.outlet is not None and all(m.outlet == article.outlet for _s, m in found):
            named = without_towns(named, {p for f in (mine, *told) for p in f.places()})
        # A person named with an age by one side or both (not a place read so: "Grays
        # Ferry, 4,").
        terms = article.terms
        aged = together >= min(settings.join_named, settings.join_aged)
        if aged:
            terms = without_places(terms, {p for f in (mine, *told) for p in f.all_places()})
            aged = shares_a_name(
                terms, [m for _s, m in found], vectors.frequency, settings, PREFIX
            ) or (
                hasattr(index, "placed_users")
                and shares_a_person(
                    terms, [m.terms for _s, m in found], index.placed_users, settings
                )
            )
        if aged and settings.join_named < together < threshold:
            # A person of the story's own (named with an age: the victim, the accused, by
            # one side or both) says more than alike words: a trial months later shares
            # little else.
            threshold = settings.join_named
        agreed = together >= settings.join_event and same_event(mine, told)
        if agreed:
            # The same day and place told by both: a follow-up weeks later, a brief of
            # common words, reports of the event however few words they share.
            threshold = min(threshold, settings.join_event)
        floor = min(settings.story_min, settings.join_event) if agreed else settings.story_min
        if (
            not agreed
            and gap is not None
            and gap <= settings.near_days
            and together >= settings.join_harmed
            and (
                same_harm(mine, told)
                or (
                    together >= settings.join_harmed_elsewhere
                    and same_harm(mine, told, anywhere=True)
                )
            )
        ):
            # The same victims counted (an age, "one dead, six hurt") within days.
            threshold = min(threshold, settings.join_harmed)
            floor = min(floor, settings.join_harmed)
        later = (
            not agreed
            and gap is not None
            and settings.near_days < gap <= settings.mid_days
            and together >= settings.join_harmed_later
            and same_victims_there(mine, told)
            and shares_a_name(named, [m for _s, m in found], vectors.frequency, settings)
        )
        followup = not agreed and together >= settings.join_followup and followed_up(mine, told)
        if followup:
            # The same victims at the same place in the month it tells: a later report
            # (a hearing, an arrest) dated by its own day, naming few of the story's words.
            threshold = min(threshold, settings.join_followup)
            floor = min(floor, settings.join_followup)
        if later:
            # The same place, the same victims' age or toll and a name of the story's own,
            # days or weeks on (an arrest, a charge, a vigil): dated by its own day, like a
            # follow-up, so not kept out by another day told. Further on, one city's "four
            # shot" and its neighbourhood's name recur across years: not enough there.
            threshold = min(threshold, settings.join_harmed_later)
            floor = min(floor, settings.join_harmed_later)
            followup = True
        if (
            not (agreed or followup)
            and gap is not None
            and gap > settings.near_days
            and together >= settings.join_told_day
            and tells_their_day(mine, told)
        ):
            # The story's event day told weeks or months on (a trial, an arrest): as near
            # as a report of those days, dated by its own day like a follow-up.
            threshold = min(threshold, settings.join_told_day)
            floor = min(floor, settings.join_told_day)
            followup = True
        person = False
        for named_in, at in (
            (shared_people, settings.join_person),
            (shared_part, settings.join_part),
        ):
            # The same person killed, hurt, arrested or charged, by name (a trial's, a
            # funeral's report months later, dated by its own day); or in the same part,
            # the victim as the victim, the accused as the accused (a charge's, a plea's
            # report weeks on, named in the part the first reports named them in).
            if (
                not (agreed or followup or person)
                and together >= at
                and shares_a_name(
                    person_tokens(named_in(mine, told)),
                    [m for _s, m in found],
                    vectors.frequency,
                    settings,
                )
            ):
                threshold = min(threshold, at)
                floor = min(floor, at)
                person = True
        if (
            aged
            and not (agreed or followup or person)
            and together >= settings.join_aged
            and facts
            and not placed_elsewhere(mine, told)
            and mostly_theirs(terms, [m.terms for _s, m in found])
        ):
            # That person and no other place: a bond hearing's, an indictment's, a
            # sentencing's report weeks or months on, dated by its own day.
            threshold = min(threshold, settings.join_aged)
            floor = min(floor, settings.join_aged)
            person = True
        if (
            not (agreed or followup or person)
            and together >= settings.join_toll
            and events is not None
            and not placed_elsewhere(mine, told)
            and own_toll(mine, told, events.toll_users(), settings.name_share, settings.toll_least)
        ):
            # A toll few reports state but the story's ("49 killed", "53 hurt"), and no
            # other place: a survivor's, a vigil's report weeks on, dated by its own day.
            threshold = min(threshold, settings.join_toll)
            floor = min(floor, settings.join_toll)
            person = True
        joins = together >= threshold and centroid >= floor
        if (
            joins
            and not (followup or person)
            and together < settings.event_apart_below
            and not same_harm(mine, told, settings.harmed_over_day)
        ):
            # Another day told: the same outlets' template for another incident (unless
            # the same victims are counted: then one day is misread).
            joins = not another_day(mine, told, settings.event_days_apart)
        if joins and together < settings.people_apart_below and other_people(mine, told):
            # Each names its victims or its accused, or gives its victims' ages, and none
            # in common: a city's two incidents of one day, told in one outlet's template.
            joins = False
        if (
            joins
            and not (agreed or followup or person)
            and needs_a_name(article, [m for _s, m in found], together, span, settings)
        ):
            joins = shares_a_name(named, [m for _s, m in found], vectors.frequency, settings)
        # Of the stories it may join, one whose articles tell the same event (its day and
        # place, its victims' month and toll, a person by name) before one alike in words
        # only: a same-city report of another victim can be the more alike.
        evident = agreed or followup or person
        if joins and (best is None or (evident, *key[:2]) > best[:3]):
            best = (evident, *key)
        if together >= settings.join_near and (thread is None or key[:2] > thread[:2]):
            thread = key
    if best is not None:
        _evident, score, _, member = best
        return Placement(
            article.source_id,
            member.story_id,
            member.thread_id,
            round(score, 4),
            "grouping",
            member.source_id,
        )
    if thread is not None:
        # A thread is a situation a story describes: close enough to have joined it,
        # had it been published the same week.
        score, _, member = thread
        return Placement(
            article.source_id, None, member.thread_id, round(score, 4), "new", member.source_id
        )
    return Placement(article.source_id, None, None, 0.0, "new")


def order(articles: Iterable[Article]) -> list[Article]:
    """Publication order (undated last), then id: the order articles are placed in."""
    return sorted(articles, key=lambda a: (a.published or "9999-12-31", a.source_id))
