"""One night around midnight is one night: two adjacent days that name it do not dispute.

A shooting at half past midnight is told "late Tuesday night" by one outlet and
"Wednesday" (or "early Wednesday") by another; the labels' rule (tests/labelled/gva/README.md)
takes both for one night, a look-alike of time-of-day wording, not a date contradiction.
The time of day is read by dateparser (its part of day: "night" is 20:00, "morning" 9:00;
or the clock), not from a list of the words seen in the news. dateparser does not read the
modifiers "early" and "late", which the date patterns allow before a day (`claims.dates`):
"early" on a day or its morning means its small hours, "late" on a day or its night the
hours before midnight.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from dateparser.date import DateDataParser

from workbench.findings.comparison import date_span
from workbench.models import Claim

NIGHT_FROM = 20
"""The hour a night begins: dateparser's own hour for "night" ("Tuesday night" is 20:00)."""
SMALL_HOURS_UNTIL = 6
"""The hour the small hours end: before it, a time belongs to the night before."""
LATE, EARLY = 23, 3
"""Where "late" and "early" put a day told without a clock: the night before midnight, or
the small hours after it."""

_MODIFIER = re.compile(r"^\s*(early|late)\s+", re.IGNORECASE)
_BASE = datetime(2001, 1, 3, 12, 0)  # any day: only the hour of the parse is read
_PARSER = DateDataParser(
    languages=["en"],
    settings={"RETURN_TIME_AS_PERIOD": True, "RELATIVE_BASE": _BASE, "PREFER_DATES_FROM": "past"},
)


@lru_cache(maxsize=4096)
def _parsed_hour(text: str) -> int | None:
    """The hour of day a date expression tells (its clock or its part of day), or None
    when it tells only a day."""
    data = _PARSER.get_date_data(text)
    if data.date_obj is None or data.period not in ("time", "part_of_day"):
        return None
    return data.date_obj.hour


def hour_told(claim: Claim) -> int | None:
    """The hour of its day a date claim tells, or None for a day told plainly."""
    value = claim.value
    if value.get("granularity") == "minute" and value.get("local"):
        return int(str(value["local"])[:2])
    text = claim.text.strip()
    modifier = _MODIFIER.match(text)
    hour = _parsed_hour(text[modifier.end() :] if modifier else text)
    if modifier is None:
        return hour
    early = modifier.group(1).casefold() == "early"
    if early and (hour is None or hour < 12):  # "early Sunday", "early Sunday morning"
        return EARLY
    if not early and (hour is None or hour >= NIGHT_FROM):  # "late Tuesday", "late ... night"
        return LATE
    return hour


def one_night(a: Claim, b: Claim) -> bool:
    """Two days in a row that tell one night around midnight: the earlier told at night or
    plainly, the later in its small hours or plainly, and at least one of them told by the
    time of day ("late Tuesday night" and "Wednesday"; "Saturday" and "early Sunday
    morning"). "Friday evening" and "Saturday night" are two evenings and still dispute."""
    spans = [date_span(c) for c in (a, b)]
    if any(s is None or s.days()[0] != s.days()[1] for s in spans):
        return False
    (first_day, first), (then_day, then) = sorted(
        ((spans[0].days()[0], a), (spans[1].days()[0], b)), key=lambda p: p[0]
    )
    if (then_day - first_day).days != 1:
        return False
    evening, morning = hour_told(first), hour_told(then)
    at_night = evening is not None and evening >= NIGHT_FROM
    small_hours = morning is not None and morning < SMALL_HOURS_UNTIL
    return (
        (at_night or evening is None)
        and (small_hours or morning is None)
        and (at_night or small_hours)
    )
