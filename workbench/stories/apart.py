"""Facts that keep an article out of a story of the same days however alike: other
victims on another day or at another place, told by ages or by names.

Two shootings of one city's weekend, or two towns' accidents of one day, are told in one
outlet's template; a toll in common ("one killed") says nothing. `weighing.weigh` asks
these below `victims_apart_below`; either fact alone is often a misreading, so each rule
asks two.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.stories.events import HARM_MOST, EventFacts, days_apart, other_victims


def other_victims_another_day(mine: EventFacts, told: Sequence[EventFacts]) -> bool:
    """Whether this article and the story's articles that give their victims' ages and
    their event's day all give other ages (`other_victims`) and another day, one day
    apart at least (and one does). Either alone is often a misreading: a day told of an
    arrest or a hearing, an age of another victim or of the accused; both together are
    another incident (round-ups, which give every age of a weekend, left out)."""
    if not (mine.day and aged(mine)):
        return False
    dated = [o for o in told if o.day and aged(o)]
    return bool(dated) and all(
        (days_apart(mine.day, o.day) or 0) >= 1 and other_victims(mine, o) for o in dated
    )


def other_victims_elsewhere(mine: EventFacts, told: Sequence[EventFacts]) -> bool:
    """Whether this article and the story's articles that give their victims' ages and
    their event's place all give other ages (`other_victims`) and another place (one
    neither is within nor names: `EventFacts.same_place`; or another quarter of the city
    both are in: `EventFacts.other_quarter`). Either alone is often a
    misreading (a hospital's town, an outlet's; an accused's age); both together are
    another incident."""
    if not (mine.places() and aged(mine)):
        return False
    placed = [o for o in told if o.places() and aged(o)]
    return bool(placed) and all(
        (not mine.same_place(o) or mine.other_quarter(o)) and other_victims(mine, o) for o in placed
    )


def aged(facts: EventFacts) -> bool:
    """Gives a victim's age, and is no round-up (`events.HARM_MOST`)."""
    return len(facts.harmed) <= HARM_MOST and any(f.startswith("age:") for f in facts.harmed)


def other_named_another_day(mine: EventFacts, others: Sequence[EventFacts]) -> bool:
    """Whether this article and the others that name their victims and tell their event's
    day all name other victims (no word of a name in common) on another day (neither
    telling the other's: `EventFacts.same_day`): a blog's page of one victim of a city's
    weekend beside another shooting's reports. Either alone is often a misreading (the
    accused read as a victim, a day told of an arrest); both together are another
    incident."""
    if not (mine.day and mine.victims):
        return False
    words = {w for v in mine.victims for w in v.split()}
    named = [o for o in others if o.day and o.victims]
    return bool(named) and all(
        not mine.same_day(o) and not words & {w for v in o.victims for w in v.split()}
        for o in named
    )
