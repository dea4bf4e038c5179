"""Whether an article joins one story: the similarity its distance in time asks, lowered by
evidence that both tell one event (`evidence`), and the facts that keep it out however alike.

`grouping.place` weighs every story an article's candidates belong to here, then picks one.
What keeps it out: another event day told, other people named, other victims on another day
or at another place told by a report of the same days, a city's other streets or other hours
of its day, and, from afar, no name of the story's own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workbench.stories.apart import (
    other_named_another_day,
    other_victims_another_day,
    other_victims_elsewhere,
)
from workbench.stories.briefs import lost_page_later
from workbench.stories.clock import at_other_hours
from workbench.stories.events import (
    NONE,
    EventFacts,
    Events,
    another_day,
    by_a_recalled_day,
    of_its_news,
    of_other_days,
    other_people,
    placed_elsewhere,
    same_harm,
)
from workbench.stories.evidence import evidence
from workbench.stories.learned import features, probability
from workbench.stories.lookup import days_between
from workbench.stories.names import (
    named_from_afar,
    own_names,
    shares_a_name,
    without_towns,
)
from workbench.stories.people import without_places
from workbench.stories.placed import Article, Index, Member, own_outlet
from workbench.stories.settings import Settings
from workbench.stories.similarity import Vectors
from workbench.stories.streets import on_other_streets


@dataclass(frozen=True, slots=True)
class Offer:
    """One story an article may join, as its candidates matched it."""

    article: Article
    members: list[Member]
    """The story's articles among the candidates."""
    told: list[EventFacts]
    """Their event facts, in the same order."""
    mine: EventFacts
    """The article's event facts."""
    closest: Member
    together: float
    """The closest article's similarity, or the story's centroid's when higher."""
    centroid: float
    gap: int | None
    """Days to the nearest matched article (None: no dates)."""
    span: int | None
    """Days to the earliest matched article, or to the nearest when very alike
    (`span_near_above`; see `needs_a_name`)."""


@dataclass(frozen=True, slots=True)
class Weighed:
    """An article against one story: whether it joins, and whether by evidence that both
    tell one event (which wins over alike words, see `grouping.place`)."""

    offer: Offer
    joins: bool
    evident: bool
    kin: bool = False
    """Whether a new story of the article may join this story's thread (`kin`)."""
    recalled: bool = False
    """Whether its only evidence is the story's event day among the article's days besides
    its own (`events.by_a_recalled_day`), the story's reports of other days than the
    article's (`near_days`): weaker than any other story's evidence."""


def offer(
    article: Article,
    found: Sequence[tuple[float, Member]],
    centroid: float | None,
    facts: Mapping[int, EventFacts],
    settings: Settings,
) -> Offer:
    """A story as matched by its closest article, or by all its articles together (a
    report may take something from each earlier one), at the closest article's distance
    (`centroid`: the story's, None when not known)."""
    score, member = max(found, key=lambda f: (f[0], -f[1].source_id))
    gaps = [days_between(article.published, m.published) for _s, m in found]
    known = [g for g in gaps if g is not None]
    gap = min(known) if known else None
    centroid = score if centroid is None else centroid
    together = max(score, centroid)
    span = (gap if together >= settings.span_near_above else max(known)) if known else None
    return Offer(
        article=article,
        members=[m for _s, m in found],
        told=[facts.get(m.source_id, NONE) for _s, m in found],
        mine=facts.get(article.source_id, NONE),
        closest=member,
        together=together,
        centroid=centroid,
        gap=gap,
        span=span,
    )


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
    return own_outlet(article, members) and score < settings.same_outlet_near


def weigh(
    found: Offer, index: Index, settings: Settings, vectors: Vectors, events: Events | None
) -> Weighed | None:
    """Whether the article joins the offered story (None: a page that lost its article,
    too far from the story to be weighed at all)."""
    article, members, told, mine = found.article, found.members, found.told, found.mine
    together, gap = found.together, found.gap
    if article.lost and (gap is None or gap > settings.near_days):
        # A headline alone ("2-year-old shot in <county>") fits that county's every
        # such event: from afar it tells one of them only by a person's name, which
        # the database's places (none without claims) tell from a place's.
        places = events.place_names() if events else frozenset()
        afar = without_places(article.terms, places)
        if not (places and named_from_afar(afar, members, told, vectors.frequency, settings)):
            # Weighed by its headline's place and victims alone (`grouping.by_facts`).
            return (
                Weighed(found, False, False) if lost_page_later(found, events, settings) else None
            )
    # An outlet names its town, its hospital and its police in its every report of the
    # town: matched with its own reports alone, a name of the story's own from afar is
    # none of those (in a small database they are named by that outlet's reports alone).
    named = article.terms
    if own_outlet(article, members):
        named = without_towns(named, {p for f in (mine, *told) for p in f.places()})
    bar = evidence(found, named, index, settings, vectors, events)
    joins = together >= bar.threshold and found.centroid >= bar.floor
    if (
        joins
        and not (bar.followup or bar.person)
        and together < _apart_below(found, settings)
        and not same_harm(mine, told, settings.harmed_over_day)
    ):
        # Another day told: the same outlets' template for another incident (unless
        # the same victims are counted: then one day is misread).
        told_day = mine if article.lost else of_its_news(mine, article.published)
        joins = not another_day(told_day, told, settings.event_days_apart)
    if joins and together < settings.people_apart_below and other_people(mine, told):
        # Each names its victims or its accused, or gives its victims' ages, and none
        # in common: a city's two incidents of one day, told in one outlet's template.
        joins = False
    if (
        joins
        and not (bar.followup or bar.person)
        and together < settings.victims_apart_below
        and gap is not None
        and gap <= settings.near_days
        and (
            other_victims_another_day(mine, told)
            or other_victims_elsewhere(mine, told)
            or other_named_another_day(mine, told)
        )
    ):
        # Reports of the same days that tell other victims on another day, or at another
        # place: one city's two shootings of a weekend, or two cities' accidents of a
        # day, told alike (a boy shot by a gun left out). From afar a report tells its own
        # day (a hearing's) and may age others (the accused).
        joins = False
    if joins and not (bar.followup or bar.person) and together < settings.streets_apart_below:
        # Its day's reports in its city, all on other streets: a city's other shooting.
        joins = not (gap is not None and gap <= settings.near_days and on_other_streets(mine, told))
    if joins and not (bar.followup or bar.person) and together < settings.hours_apart_below:
        # Its day's reports, all at other hours of it: a city's other shooting that day,
        # though both name one street (one as the scene, one as a landmark) and a toll.
        joins = not (gap is not None and gap <= settings.near_days and at_other_hours(mine, told))
    towns = events.typed_towns() if events is not None else frozenset()
    own = own_names(named, (mine, *told), towns, found.gap, settings.mid_days)
    if joins and not bar.evident and needs_a_name(article, members, together, found.span, settings):
        joins = shares_a_name(own, members, vectors.frequency, settings)
    if not joins and settings.learned_at <= 1.0:
        # The evidence weighed together, as the development incidents weigh it.
        values = features(found, article.terms, vectors.frequency, settings, events)
        joins = probability(values, settings) >= settings.learned_at
    # A day recalled is another event's when its reports are of other days than the
    # article's: within days, the day read is as often a round-up's other event's.
    # So is the story's event day told among the article's days (`Bar.told_day`) when
    # the article tells its own event day and the story's reports do not: an arrest's
    # report days on recalls the night it is about and a city's other shooting of it.
    recalled = (
        gap is not None
        and gap > settings.near_days
        and (
            (not (bar.followup or bar.person) and by_a_recalled_day(mine, told))
            or (bar.told_day and of_other_days(mine, told))
        )
    )
    return Weighed(found, joins, bar.evident, kin(found, own, vectors, settings), recalled)


def kin(found: Offer, named: Sequence[str], vectors: Vectors, settings: Settings) -> bool:
    """Whether the offered story may be of the article's situation, its thread: alike
    (`join_near`), sharing a name of the story's own (a person, a street, a group: words
    alone, "boy shot by a gun left out", fit every city's such event), placing its event
    nowhere else than the story's articles do, and telling a month they tell (a later
    report of one situation recalls when it began, "last July"; two reports of one month
    tell it both). A thread is one ongoing situation, not every alike event: without the
    name and the place, threads chained a city's (and other cities') unrelated shootings
    over years into one; without the month, one city's shootings years apart stayed
    joined by a spokesman's or a street's name."""
    return (
        found.together >= settings.join_near
        and bool(found.mine.months & {m for f in found.told for m in f.months})
        and not placed_elsewhere(found.mine, found.told)
        and shares_a_name(named, found.members, vectors.frequency, settings)
    )


def _apart_below(found: Offer, settings: Settings) -> float:
    """The similarity below which another event day told keeps the article out: higher
    when only its own outlet's reports match (`event_apart_own_below`: its template),
    and from afar when the article counts its own victims (`event_apart_far_below`)."""
    below = settings.event_apart_below
    if own_outlet(found.article, found.members):
        below = max(below, settings.event_apart_own_below)
    if (
        found.gap is not None
        and found.gap > settings.mid_days
        and any(not f.startswith("age:") for f in found.mine.harmed)
    ):
        # Months on, a report counting the dead or the hurt of another day is of another
        # event of the place told alike (a station's template, a county's agency); a
        # charge's or a hearing's counts none (an age it gives is often the accused's).
        below = max(below, settings.event_apart_far_below)
    return below
