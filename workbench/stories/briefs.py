"""A brief placed by its few facts: the one story of its days they all point to.

A brief ("3 dead, 1 wounded in shooting at suburban apartment", "APD: teen's fatal
shooting an accident") shares few words with the longer reports of its event, too few
for the bar of the same days, however telling what it does say: its victims (an age, a
toll of two or more) and its day or its place. When those agree with one story offered
within days (the same victims, and the same day or the same place, nothing told of
another), and with no other story offered, that story is the brief's event.

A page that lost its article (`headline_place`) tells less still: the place its headline
names, and often no count at all ("Teen shot in southeast Wichita has died"). When one
story offered within its days gives that place as its event place itself, and none
counts another number of the victims its headline counts, it is the page's event
(`headline_agrees`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from workbench.stories.clock import other_hours
from workbench.stories.event_record import EventFacts
from workbench.stories.events import another_day, same_harm, same_victims_there

if TYPE_CHECKING:
    from workbench.stories.event_reading import Events
    from workbench.stories.settings import Settings
    from workbench.stories.weighing import Offer


def facts_agree(mine: EventFacts, told: Sequence[EventFacts], apart: int) -> bool:
    """Whether a story article counts this article's victims (`events.same_harm`: a
    telling fact, no other place) and tells its day, or its place (the town or spot
    itself, not only a county around both) and no other day, and no article of the story
    tells another day (`events.another_day`) or another hour of its day
    (`clock.other_hours`)."""
    if another_day(mine, told, apart):
        return False
    return any(
        same_harm(mine, [o])
        and (mine.same_day(o) or (_same_spot(mine, o) and not (mine.day and o.day)))
        and not other_hours(mine, o)
        for o in told
    )


def headline_fits(found: Offer, events: Events | None) -> bool:
    """Whether a lost page and the offered story agree by the page's headline place
    (`headline_agrees`), whichever came first: the page offered a story placed where
    its headline names, or an article offered a story of such a page placed where the
    article places its event. The headline must tell someone harmed
    (`Events.harm_headlines`): one of a sentencing or a lawsuit in a town is of any of
    the town's shootings."""
    if events is None:
        return False
    if found.article.lost:
        harm = events.harm_headlines([found.article.source_id])
        return bool(harm) and headline_agrees(found.mine, found.told)
    lost = events.lost_pages(m.source_id for m in found.members)
    lost &= events.harm_headlines(lost)
    return any(
        headline_agrees(told, [found.mine])
        for member, told in zip(found.members, found.told, strict=True)
        if member.source_id in lost
    )


def lost_page_later(found: Offer, events: Events | None, settings: Settings) -> bool:
    """Whether a lost page published weeks on (past `near_days`, within `mid_days`) agrees
    with the offered story by its headline: it places its event where a story article
    does and counts the same victims by an age or a toll of two or more
    (`events.same_victims_there`), and the story counts no other number in a role the
    headline counts (`other_toll`): an arrest's or a charge's headline ("Teen arrested in
    <town> shooting of 7-year-old") names the place and the victim and nothing else of
    the first reports."""
    gap = found.gap
    if not (found.article.lost and events is not None and gap is not None):
        return False
    if not settings.near_days < gap <= settings.mid_days or not found.mine.place:
        return False
    if other_toll(found.mine, found.told) or not events.harm_headlines([found.article.source_id]):
        return False
    return same_victims_there(found.mine, found.told)


def headline_agrees(mine: EventFacts, told: Sequence[EventFacts]) -> bool:
    """Whether a story article gives as its event place the place a lost page's headline
    names (that place itself: a city around a headline's quarter holds that city's every
    shooting of the days), and no article of the story counts another number in a role
    the headline counts (`other_toll`)."""
    if not mine.place or mine.day or other_toll(mine, told):
        return False
    return any(o.place == mine.place for o in told)


def other_toll(mine: EventFacts, told: Sequence[EventFacts]) -> bool:
    """Whether the story counts a role the article counts ("hit:3") and never the
    article's number: a triple shooting is not the same night's quadruple one."""
    counts = [f for f in mine.harmed if not f.startswith("age:")]
    theirs = set().union(*(o.harmed for o in told)) if told else set()
    return any(
        f not in theirs and any(t.split(":")[0] == f.split(":")[0] for t in theirs) for f in counts
    )


def _same_spot(mine: EventFacts, other: EventFacts) -> bool:
    """Whether the two give one event place, or one names the other's (a county read for
    both, "Orange County" of Orlando and of Laguna Niguel, is no event's spot)."""
    return bool(mine.place and other.place) and (
        mine.place == other.place or mine.place in other.named or other.place in mine.named
    )
