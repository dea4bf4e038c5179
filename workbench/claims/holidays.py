"""Holidays as dates: "on Christmas Eve", "the Fourth of July", "early Easter Sunday".

Reporters date an event by the holiday it fell on as often as by its day, and dateparser
reads none of them. A holiday is a day of the calendar by rule (a fixed day, the nth
weekday of a month, Easter by the Gregorian computus), so it resolves as a day without a
year does: the last one on or before the publication date, or the next one when the text
speaks of what is to come; a year written after it settles it ("Christmas Day 2015").
A bare name ("Christmas", "Halloween") is a date only where a day is meant: after "on",
"during", "over", "last", "this", or before a part of the day ("Thanksgiving night");
"Christmas shopping" and "a Halloween costume" date nothing, and "a New Year's Eve party"
names an occasion that runs past midnight, not the day of what happened at it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from dateutil.easter import easter

from workbench.claims import roles as roles_data
from workbench.claims.roles import HARM_ROLES
from workbench.claims.words import STOP, looks_like_verb


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _nth(month: int, weekday: int, n: int) -> Callable[[int], date]:
    """The nth weekday of a month (n = -1: the last)."""

    def day(year: int) -> date:
        days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month]
        return [d for d in days if d.weekday() == weekday][n]

    return day


def _after_easter(shift: int) -> Callable[[int], date]:
    return lambda year: easter(year) + timedelta(days=shift)


def _thanksgiving(shift: int) -> Callable[[int], date]:
    return lambda year: _nth(11, calendar.THURSDAY, 3)(year) + timedelta(days=shift)


_APOS = "['’]?"
# Name patterns (as written, case-sensitive) and the day each names in a year.
_RULES: list[tuple[str, Callable[[int], date]]] = [
    (rf"New\s+Year{_APOS}s?\s+Eve", _fixed(12, 31)),
    (rf"New\s+Year{_APOS}s?(?:\s+Day)?", _fixed(1, 1)),
    (rf"Valentine{_APOS}s?\s+Day", _fixed(2, 14)),
    (rf"(?:St\.?|Saint)\s+Patrick{_APOS}s?\s+Day", _fixed(3, 17)),
    (r"Good\s+Friday", _after_easter(-2)),
    (r"Easter\s+Monday", _after_easter(1)),
    (r"Easter(?:\s+Sunday)?", _after_easter(0)),
    (r"Cinco\s+de\s+Mayo", _fixed(5, 5)),
    (rf"Mother{_APOS}s?\s+Day", _nth(5, calendar.SUNDAY, 1)),
    (r"Memorial\s+Day", _nth(5, calendar.MONDAY, -1)),
    (rf"Father{_APOS}s?\s+Day", _nth(6, calendar.SUNDAY, 2)),
    (r"Juneteenth", _fixed(6, 19)),
    (r"(?:Fourth|4th)\s+of\s+July|July\s+(?:Fourth|4th)|Independence\s+Day", _fixed(7, 4)),
    (r"Labor\s+Day", _nth(9, calendar.MONDAY, 0)),
    (r"Columbus\s+Day", _nth(10, calendar.MONDAY, 1)),
    (r"Halloween", _fixed(10, 31)),
    (rf"Veterans{_APOS}\s+Day", _fixed(11, 11)),
    (r"Thanksgiving(?:\s+Day)?", _thanksgiving(0)),
    (r"Black\s+Friday", _thanksgiving(1)),
    (r"Christmas\s+Eve", _fixed(12, 24)),
    (r"Christmas(?:\s+Day)?", _fixed(12, 25)),
    (
        r"(?:Martin\s+Luther\s+King(?:\s+Jr\.?)?|MLK)\s+Day",
        _nth(1, calendar.MONDAY, 2),
    ),
    (rf"Presidents{_APOS}?\s+Day", _nth(2, calendar.MONDAY, 2)),
]
_NAMES = [re.compile(rf"(?:{name})$") for name, _ in _RULES]
_PARTS = r"(?:morning|afternoon|evening|night|weekend)"
_ANY = "|".join(f"(?:{name})" for name, _ in _RULES)
PATTERN = re.compile(
    rf"\b(?P<name>{_ANY})\b(?![’']s\b)"
    rf"(?P<part>\s+{_PARTS}\b)?(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
)
_CUE = re.compile(
    r"\b(?P<cue>on|during|over|last|this|next|early|late)\s+(?:the\s+(?:night\s+of\s+)?)?$",
    re.IGNORECASE,
)
HINT = re.compile(
    r"new year|valentine|patrick|easter|good friday|cinco de mayo|mother|memorial day|father"
    r"|juneteenth|july|independence day|labor day|columbus day|halloween|veterans|thanksgiving"
    r"|black friday|christmas|king|mlk|presidents"
)
"""A cheap first look in the case-folded text: no holiday without one of these."""
_SELF_DATED = re.compile(r"(?:Eve|Day|Sunday|Monday|Friday|July|Fourth|4th|Juneteenth)$")
"""Names that say by themselves that they are a day ("Christmas Eve", "Memorial Day")."""


def _occasion(m: re.Match[str]) -> bool:
    """The holiday qualifies a noun other than a harm ("a New Year's Eve party", "the
    Fourth of July fireworks"): it names the occasion, which may run past midnight, not
    the day of what happened there ("a Christmas Eve shooting" is that day)."""
    after = re.match(r"\s+([a-z][a-z-]*)", m.string[m.end() :])
    if after is None or after.group(1) in STOP or looks_like_verb(after.group(1)):
        return False
    noun = after.group(1)
    harms = {n for n, role in roles_data.default().nouns.items() if role in HARM_ROLES}
    return noun not in harms and noun.removesuffix("s") not in harms


def is_date(m: re.Match[str]) -> bool:
    """A holiday named as a day: by the cue before it ("on Christmas", "during the Fourth
    of July fireworks"), by a part of the day or a year after it, or by its own name
    ("Christmas Eve") where it does not only qualify an occasion."""
    name = " ".join(m.group("name").split())
    if m.group("part") or m.group("year"):
        return True
    if _CUE.search(m.string, max(0, m.start() - 24), m.start()) is not None:
        return True
    return bool(_SELF_DATED.search(name)) and not _occasion(m)


def day_rule(name: str) -> Callable[[int], date] | None:
    name = " ".join(name.split())
    return next(
        (rule for pat, (_, rule) in zip(_NAMES, _RULES, strict=True) if pat.match(name)), None
    )


def resolve(m: re.Match[str], published: date | None, future: bool) -> dict[str, Any]:
    """The day the holiday of a match is (unresolved, with the reason, when it cannot be)."""
    rule = day_rule(m.group("name"))
    if rule is None:
        return _unresolved(f"could not read {m.group()!r}")
    if m.group("year"):
        return _day(rule(int(m.group("year"))))
    if published is None:
        return _unresolved("relative date and the source has no publication date")
    cue = _CUE.search(m.string, max(0, m.start() - 24), m.start())
    ahead = future or (cue is not None and cue.group("cue").casefold() == "next")
    years = [rule(y) for y in range(published.year - 1, published.year + 2)]
    if ahead:
        return _day(min(d for d in years if d >= published))
    return _day(max(d for d in years if d <= published))


def _day(d: date) -> dict[str, Any]:
    iso = d.isoformat()
    return {"start": iso, "end": iso, "granularity": "day", "resolved": True, "reason": None}


def _unresolved(reason: str) -> dict[str, Any]:
    return {"start": None, "end": None, "granularity": "day", "resolved": False, "reason": reason}
