"""Periods: a weekend, or the part of a week, month or year before or after the telling.

"over the weekend", "last weekend" and "earlier this year" name spans of days, not a day:
a city's weekend toll or a shooting earlier this year is told of another time than the
event's day, and a count told over a period may add up several events. Each resolves to
its first and last day against the publication date; dateparser knows no weekend and no
part of a year, so the calendar gives them. A weekend is Friday to Sunday: the reports'
weekend tolls run from Friday evening ("since Friday evening", the usual police count), and
a day is the finest grain a claim keeps.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Any

from workbench.claims.date_resolve import NO_BASE

WEEKEND_RE = re.compile(
    r"\b(?:(?:over|during|on|at|for|through|throughout|across|in)\s+)?"
    r"(?:the|this\s+past|this|last|next|past)\s+weekend(?![\w-])",
    re.I,
)
"""A weekend the publication date places: "over the weekend", "this past weekend"."""
PART_RE = re.compile(r"\b(?:earlier|later)\s+this\s+(?:week|month|year)\b", re.I)
"""The part of the telling's week, month or year before it or after it."""

WEEKEND = "weekend"
PART = "part"
_FRIDAY, _SATURDAY = 4, 5


def _period(start: date, end: date, granularity: str, kind: str) -> dict[str, Any]:
    return {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "granularity": granularity,
        "resolved": True,
        "reason": None,
        "period": kind,
    }


def weekend(expr: str, published: date, future: bool) -> dict[str, Any]:
    """The Friday-Sunday an expression names: "last" the weekend of the week before the
    publication's, "next" the first not yet begun, otherwise the one begun by the
    publication day (a Monday's "over the weekend": the days just gone), or, told as still
    to come, the nearest not yet over."""
    words = expr.casefold().split()
    friday = published + timedelta(days=_FRIDAY - published.weekday())
    begun = friday if published.weekday() >= _SATURDAY else friday - timedelta(days=7)
    if "last" in words:
        start = friday - timedelta(days=7)
    elif "next" in words:
        start = friday if published.weekday() < _FRIDAY else friday + timedelta(days=7)
    elif future and "past" not in words:
        start = friday
    else:
        start = begun
    return _period(start, start + timedelta(days=2), "week", WEEKEND)


def part(expr: str, published: date) -> dict[str, Any]:
    """ "earlier this year": the 1st of January to the publication day; "later this
    month": the publication day to the month's end."""
    words = expr.casefold().split()
    unit = words[-1]
    if unit == "week":
        first = published - timedelta(days=published.weekday())
        last = first + timedelta(days=6)
    elif unit == "month":
        first = published.replace(day=1)
        last = published.replace(day=calendar.monthrange(published.year, published.month)[1])
    else:
        first, last = date(published.year, 1, 1), date(published.year, 12, 31)
    if words[0] == "earlier":
        return _period(first, published, unit, PART)
    return _period(published, last, unit, PART)


KINDS = (WEEKEND, PART)
PATTERNS = ((WEEKEND, WEEKEND_RE), (PART, PART_RE))
"""Before `dates`' own patterns, which read "this weekend" as a week and "earlier this
year" as vague."""


def possible(kind: str, folded: str) -> bool:
    """Whether a pattern can match the (case-folded) sentence at all."""
    if kind == WEEKEND:
        return "weekend" in folded
    return "this" in folded and ("earlier" in folded or "later" in folded)


def resolve(kind: str, expr: str, published: date | None, future: bool) -> dict[str, Any]:
    """The period a matched expression names, or unresolved with no publication date."""
    if published is None:
        granularity = "week" if kind == WEEKEND else expr.casefold().split()[-1]
        return {
            "start": None,
            "end": None,
            "granularity": granularity,
            "resolved": False,
            "reason": NO_BASE,
            "period": kind,
        }
    if kind == WEEKEND:
        return weekend(expr, published, future)
    return part(expr, published)


def as_event_date(value: dict[str, Any]) -> str | None:
    """The days a resolved date covers as a claim's `event_date`: a day ("2016-02-07"), a
    whole month ("2016-02") or year ("2016"), else an ISO 8601 interval of its first and
    last day ("2016-02-05/2016-02-07": a week, a weekend, the part of a year)."""
    start = str(value.get("start") or "")[:10]
    if not start:
        return None
    end = str(value.get("end") or start)[:10]
    granularity = value.get("granularity")
    if granularity in ("day", "hour", "minute") or end <= start:
        return start
    if granularity == "year" and start[5:] == "01-01" and end == f"{start[:4]}-12-31":
        return start[:4]
    if granularity == "month" and start[8:] == "01" and start[:7] == end[:7]:
        last = calendar.monthrange(int(start[:4]), int(start[5:7]))[1]
        if int(end[8:]) == last:
            return start[:7]
    return f"{start}/{end}"
