"""Where a page that lost its article happened when its headline names no place: its
outlet's area.

A lost page (`features.article_lost`) tells its event in its headline alone, and many
headlines name no place ("Boy, 5, in hospital after weekend shooting", "Victim named in
double shooting"). A local outlet reports its own area: the place its other reports in the
database give their events most often (strictly more often than any other, by two reports
at least) is where such a page's event happened, unless the page says otherwise. The page
and the one story of its days reported in that area, whichever was placed first, whose
counts agree with its headline's (the same age, a toll of two or more, no other toll),
are one event (`area_fits`), as a brief and its story are (`grouping.by_facts`): an area
holds several shootings in a few days, told apart by their victims; a headline of no
count ("man charged in brother's death") is as much any other's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from workbench.stories.briefs import other_toll
from workbench.stories.event_record import EventFacts
from workbench.stories.events import same_harm
from workbench.stories.placed import Article, Index, Member
from workbench.stories.title_towns import wider

if TYPE_CHECKING:
    from workbench.stories.event_reading import Events
    from workbench.stories.settings import Settings
    from workbench.stories.weighing import Offer

AREA_LEAST = 2
"""How many of an outlet's reports must place their event in its area, at least."""
AREA_REPORTS = 100
"""How many of an outlet's latest reports its area is read from, at most: one page placed
into a large database reads a bounded number of its outlet's reports."""
AREA_LOOKUP = 20
"""How many articles of a page's days that write its outlet's area (best full-text match
first), or of a report's days (the nearest in time first), are read for the ones that fit."""


def outlet_area(events: Events, outlet: str | None) -> str | None:
    """The place (folded, as `EventFacts` holds it) the outlet's reports in the database
    give as their event's place or its container most often, by `AREA_LEAST` reports at
    least and more than any other place; None when none stands out (a national outlet's
    reports are of every state). States are no area: they hold every town's events."""
    if not outlet:
        return None
    areas = events.areas
    if outlet not in areas:
        read = getattr(events.source, "outlet_sources", None)
        items = read(outlet, AREA_REPORTS) if read else []
        counts: Counter[str] = Counter()
        for facts in events.of(items).values():
            counts.update({p for p in facts.places() if not wider(p, None)})
        ranked = counts.most_common(2)
        top = ranked[0] if ranked else None
        second = ranked[1][1] if len(ranked) > 1 else 0
        areas[outlet] = top[0] if top and top[1] >= AREA_LEAST and top[1] > second else None
    return areas[outlet]


def placeless_page(article: Article, events: Events | None) -> str | None:
    """The area of a lost page whose facts place it nowhere and count its victims (an
    age or an exact toll, in a headline telling someone harmed); else None."""
    if not (article.lost and events is not None):
        return None
    mine = events.of([(article.source_id, article.published)])[article.source_id]
    if mine.places() or not mine.harmed:
        return None
    if not events.harm_headlines([article.source_id]):
        return None
    return outlet_area(events, article.outlet)


def area_fits(found: Offer, events: Events | None) -> bool:
    """Whether a placeless lost page (`placeless_page`) and the offered story agree by
    the page's outlet's area, whichever was placed first: the page offered a story one of
    whose articles places its event there (its place or its container), or an article
    placed there offered a story of such a page; no article counting another number in a
    role the page's headline counts (`briefs.other_toll`), nor other ages."""
    if events is None:
        return False
    area = placeless_page(found.article, events)
    if area is not None:
        return _agree(found.mine, found.told) and any(area in o.places() for o in found.told)
    if found.article.lost or not found.mine.places():
        return False
    pages = _placeless_pages(found.members, events)
    return any(
        pages.get(member.source_id) in found.mine.places() and _agree(told, [found.mine])
        for member, told in zip(found.members, found.told, strict=True)
    )


def _agree(page: EventFacts, told: Sequence[EventFacts]) -> bool:
    """Whether an article counts the page's victims as the page does (`same_harm`: an
    age, a toll of two or more, two counts in common; no other ages) and none counts
    another number in a role the page counts: a big city's area holds several
    shootings a day, told apart by their victims."""
    return same_harm(page, told) and not other_toll(page, told)


def _placeless_pages(members: Sequence[Member], events: Events) -> dict[int, str]:
    """Those of these articles that are placeless lost pages, with their outlet's area."""
    lost = events.lost_pages(m.source_id for m in members)
    found = {}
    for member in members:
        if member.source_id in lost:
            page = Article(member.source_id, member.published, (), None, member.outlet, True)
            if (area := placeless_page(page, events)) is not None:
                found[member.source_id] = area
    return found


def placed_in_area(
    article: Article,
    offered: Sequence[Member],
    index: Index,
    settings: Settings,
    events: Events | None,
) -> list[Member]:
    """The articles of the article's own days (`near_days`) that the full-text ranking did
    not offer, one side a placeless lost page and the other placed in its outlet's area:
    the page's, placed there; or the article's, placeless pages of outlets whose area is
    where it places its event. A headline of common words shares none of its event's
    reports' rarer ones."""
    if not (article.published and events is not None):
        return []
    seen = {m.source_id for m in offered} | {article.source_id}
    area = placeless_page(article, events)
    lookup = getattr(index, "candidates_near", None)
    if area is not None and lookup:
        days = lookup(area.split(), article.published, settings.near_days, AREA_LOOKUP)
        found = [m for m in days if m.source_id not in seen]
        told = events.of([(m.source_id, m.published) for m in found])
        return [m for m in found if area in told[m.source_id].places()]
    mine = events.of([(article.source_id, article.published)])[article.source_id]
    near = getattr(getattr(index, "store", index), "placed_near", None)
    if article.lost or not mine.places() or near is None:
        return []
    # The days' nearest placed articles, their pages read before any outlet's area: one
    # report reads a few pages' texts and their outlets' reports, not the days' every one.
    ids = [s for s, _ in near(article.published, settings.near_days, AREA_LOOKUP) if s not in seen]
    lost = events.lost_pages(ids)
    members = [m for s in ids if s in lost and (m := index.member(s))]
    pages = _placeless_pages(members, events)
    return [m for m in members if pages.get(m.source_id) in mine.places()]
