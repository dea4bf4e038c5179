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
A brief kept out of every story joins the one story of its days that its victims and its
day or place agree with, when no other offered story's do (`briefs`); so does, within
weeks, a lost page whose headline gives a story's place and victims; and, within days, a
lost page naming no place and the one story of its outlet's area counting its victims
alike (`outlet_area`).
A round-up (a page telling two or more incidents apart) bridges no article into a story:
an article is weighed against a story's reports of one event, unless round-ups are all
the story has (`bridges`).
A copy joins its original's story. A new story joins the thread of the most similar
earlier story that it would have joined had they been published the same week, and that
shares with it a name of the story's own, places its event nowhere else and tells a month
it tells (`kin`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from workbench.stories.bridges import without_bridges
from workbench.stories.briefs import facts_agree, headline_fits, lost_page_later
from workbench.stories.events import NONE, EventFacts, Events
from workbench.stories.headline_place import placed_there
from workbench.stories.lookup import lookup_terms
from workbench.stories.named_apart import names_other_victims
from workbench.stories.outlet_area import area_fits, placed_in_area
from workbench.stories.placed import Article, Index, Member, Placement
from workbench.stories.settings import Settings
from workbench.stories.similarity import Vectors
from workbench.stories.weighing import Weighed, offer, weigh

__all__ = ["Article", "Index", "Member", "Placement", "near_members", "order", "place"]


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
    members += placed_there(article, members, index, settings, events)
    members += placed_in_area(article, members, index, settings, events)
    if not members:
        return Placement(article.source_id, None, None, 0.0, "new")
    facts: dict[int, EventFacts] = {}
    if events is not None:
        facts = events.of(
            [(article.source_id, article.published), *((m.source_id, m.published) for m in members)]
        )
        members = without_bridges(members, facts, index, events)
    if not members:
        return Placement(article.source_id, None, None, 0.0, "new")
    scores, stories = vectors.similarities(
        (article.source_id, article.terms),
        [(m.source_id, m.terms) for m in members],
        [m.story_id for m in members],
    )
    by_story: dict[int, list[tuple[float, Member]]] = {}
    for member, score in zip(members, scores, strict=True):
        by_story.setdefault(member.story_id, []).append((score, member))
    if events is not None and settings.named_apart_below > 0.0:
        mine = facts.get(article.source_id, NONE)
        by_story = {
            story_id: found
            for story_id, found in by_story.items()
            if not names_other_victims(
                article, mine, story_id, index, events, vectors, settings.named_apart_below
            )
        }
    weighed = [
        weigh(
            offer(article, found, stories.get(story_id), facts, settings),
            index,
            settings,
            vectors,
            events,
        )
        for story_id, found in by_story.items()
    ]
    found = [w for w in weighed if w is not None]
    if events is not None and not any(w.joins for w in found):
        found = by_facts(found, settings, events)
    return choose(article, found, settings)


def by_facts(
    weighed: list[Weighed], settings: Settings, events: Events | None = None
) -> list[Weighed]:
    """A brief kept out of every story (`briefs`): the one story within `near_days`
    whose articles its facts agree with, or a lost page's within `mid_days` placed where
    its headline names with its victims (`lost_page_later`), joined as if by evidence,
    when no other offered story's do."""
    fits = [
        w
        for w in weighed
        if (
            w.offer.gap is not None
            and w.offer.gap <= settings.near_days
            and w.offer.together >= settings.join_brief
            and (
                facts_agree(w.offer.mine, w.offer.told, settings.event_days_apart)
                or headline_fits(w.offer, events)
                or area_fits(w.offer, events)
            )
        )
        or lost_page_later(w.offer, events, settings)
    ]
    if len(fits) != 1:
        return weighed
    return [replace(w, joins=True, evident=True) if w is fits[0] else w for w in weighed]


def choose(article: Article, weighed: Iterable[Weighed], settings: Settings) -> Placement:
    """Of the stories it may join, one whose articles tell the same event (its day and
    place, its victims' month and toll, a person by name) before one alike in words only
    (a same-city report of another victim can be the more alike), and before one whose
    event day the article only recalls (`Weighed.recalled`), then the most alike;
    else a new story, in the thread of the most alike story of its situation (`kin`: a name
    of the story's own, no other place, a month in common)."""
    best: tuple[bool, bool, float, int, Member] | None = None
    thread: tuple[float, int, Member] | None = None
    for w in weighed:
        key = (w.offer.together, -w.offer.closest.source_id, w.offer.closest)
        if w.joins and (best is None or (w.evident, not w.recalled, *key[:2]) > best[:4]):
            best = (w.evident, not w.recalled, *key)
        if w.kin and (thread is None or key[:2] > thread[:2]):
            thread = key
    if best is not None:
        _evident, _own_day, score, _, member = best
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
        # had it been published the same week, naming its own people or places.
        score, _, member = thread
        return Placement(
            article.source_id, None, member.thread_id, round(score, 4), "new", member.source_id
        )
    return Placement(article.source_id, None, None, 0.0, "new")


def order(articles: Iterable[Article]) -> list[Article]:
    """Publication order (undated last), then id: the order articles are placed in."""
    return sorted(articles, key=lambda a: (a.published or "9999-12-31", a.source_id))
