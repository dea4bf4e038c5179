"""A brief placed by its few facts: the one story of its days they all point to.

A brief ("3 dead, 1 wounded in shooting at suburban apartment", "APD: teen's fatal
shooting an accident") shares few words with the longer reports of its event, too few
for the bar of the same days, however telling what it does say: its victims (an age, a
toll of two or more) and its day or its place. When those agree with one story offered
within days (the same victims, and the same day or the same place, nothing told of
another), and with no other story offered, that story is the brief's event.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.stories.event_record import EventFacts
from workbench.stories.events import another_day, same_harm


def facts_agree(mine: EventFacts, told: Sequence[EventFacts], apart: int) -> bool:
    """Whether a story article counts this article's victims (`events.same_harm`: a
    telling fact, no other place) and tells its day, or its place (the town or spot
    itself, not only a county around both) and no other day, and no article of the story
    tells another day (`events.another_day`)."""
    if another_day(mine, told, apart):
        return False
    return any(
        same_harm(mine, [o])
        and (mine.same_day(o) or (_same_spot(mine, o) and not (mine.day and o.day)))
        for o in told
    )


def _same_spot(mine: EventFacts, other: EventFacts) -> bool:
    """Whether the two give one event place, or one names the other's (a county read for
    both, "Orange County" of Orlando and of Laguna Niguel, is no event's spot)."""
    return bool(mine.place and other.place) and (
        mine.place == other.place or mine.place in other.named or other.place in mine.named
    )
