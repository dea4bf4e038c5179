"""The clock times an article tells of its day, and whether two reports of one city's day
tell other hours: two shootings of one city the same day, told in one outlet's template,
share the day, the city, often a street and a toll ("2 hurt"); the hour of each differs
("about 2 a.m.", "at 6:15 p.m.").

Kept apart from `event_record` (the facts) and `weighing` (the rules that ask this), as
`streets` is: reading a time from the date claims and comparing two is one concern.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from workbench.models import Claim
from workbench.stories.event_record import EventFacts
from workbench.stories.streets import a_street_in_common

HOURS_APART = 3.0
"""Two times further apart than this (on the twelve-hour clock) tell two moments of a day."""
EVENT_ROLES = frozenset({"event", "hit", "shots"})
"""The claims' roles of a time's clause that make it the event's own hour ("it happened at",
"was shot at", "shots were fired at"), not a death's, a vigil's or a hearing's."""


def clock_times(claims: Iterable[Claim]) -> tuple[frozenset[str], frozenset[str]]:
    """The clock times the text tells ("YYYY-MM-DDTHH:MM"), and of them those told as the
    event's own (`EVENT_ROLES`)."""
    told, own = set(), set()
    for claim in claims:
        value = claim.value
        if claim.kind != "date" or claim.headline or value.get("granularity") != "minute":
            continue
        if not value.get("resolved") or not (start := str(value.get("start") or ""))[:16]:
            continue
        told.add(start[:16])
        if value.get("clause_role") in EVENT_ROLES:
            own.add(start[:16])
    return frozenset(told), frozenset(own)


def hours_between(a: str, b: str) -> float | None:
    """Hours between two times on the twelve-hour clock: a report's "8:30" may be read in
    the morning where another's is the evening's ("8:30 p.m."), and "midnight" is noon's
    twin."""
    try:
        gap = abs((datetime.fromisoformat(a) - datetime.fromisoformat(b)).total_seconds()) / 3600
    except ValueError:
        return None
    gap %= 12
    return min(gap, 12 - gap)


def other_hours(mine: EventFacts, other: EventFacts) -> bool:
    """Whether two reports of one day tell other hours of it: both tell clock times of a
    day they both tell, one of them as its event's own hour, and no time of one is within
    `HOURS_APART` of a time of the other (a report telling when the shooting happened and
    when the victim died, or when the police were called, shares a time with one telling
    either; a round-up of a city's night tells every hour of it)."""
    if not (mine.event_hours or other.event_hours):
        return False
    days = {t[:10] for t in mine.hours} & {t[:10] for t in other.hours}
    a = [t for t in mine.hours if t[:10] in days]
    b = [t for t in other.hours if t[:10] in days]
    if not (a and b) or not ({t[:10] for t in mine.event_hours | other.event_hours} & days):
        return False
    gaps = [hours_between(x, y) for x in a for y in b]
    return all(g is not None and g > HOURS_APART for g in gaps)


def at_other_hours(mine: EventFacts, told: Sequence[EventFacts]) -> bool:
    """Whether every article of the story telling clock times of this article's day tells
    other hours (`other_hours`), one article at least."""
    days = {t[:10] for t in mine.hours}
    timed = [o for o in told if days & {t[:10] for t in o.hours}]
    return bool(timed) and all(other_hours(mine, o) for o in timed)


def _to_the_minute(time: str) -> bool:
    """A time told to the minute ("3:10 p.m."), not on the hour ("about 2 a.m."), which
    every report of a city's night may tell of another shooting."""
    return not time.endswith(":00")


def the_scene_and_minute(mine: EventFacts, told: Sequence[EventFacts]) -> bool:
    """Whether another article tells this one's event day, names a street of it in common
    and a time of that day to the minute in common: a later report (the arrests a week
    on) recalls when and where the first reports placed the event ("at 3:10 p.m. on
    Spring Street"), though it reads another site as its place ("a shoe store") and
    shares few of their words. Of the tuning development's articles (grouping 150), pairs
    telling so: of one incident, three apart; of two incidents, one (together already)."""
    if not (mine.day and mine.hours and mine.streets):
        return False
    for other in told:
        if not (mine.same_day(other) and a_street_in_common(mine, other)):
            continue
        days = {mine.day, other.day}
        shared = {t for t in mine.hours & other.hours if t[:10] in days and _to_the_minute(t)}
        if shared:
            return True
    return False
