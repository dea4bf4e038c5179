"""Date forms the main patterns miss: days ahead, a bare day of the month, a day written in
words, a day-month-year with a month abbreviation, a month/day/year in numbers, a holiday
(`holidays`), and a weekday that contradicts its date.

"in two weeks", "two days from now" count from the publication date; "the 18th" is that
day of the publication's month (the month before when it would lie ahead, unless the text
speaks of what is to come); "May twenty-nine"; "05-Aug-2016"; "06/24/2013". "Monday, Oct.
12, 2016" when 12 October 2016 was a Wednesday: the claim says so, so a wrong date is seen,
not hidden.
"""

from __future__ import annotations

import calendar
import itertools
import re
from datetime import date, timedelta
from typing import Any

from workbench.claims import holidays
from workbench.claims.date_resolve import resolve as resolve_expression
from workbench.claims.numbers import UNITS, words_to_number
from workbench.weekday_checks import EVENT_WEEKDAY
from workbench.weekday_checks import claim_weekday_warning as claim_weekday_warning
from workbench.weekday_checks import weekday_warning as weekday_warning

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ABBR = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_N = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNIT = r"(?P<unit>day|week|month|year)s?"
_DAY_WORDS = (
    r"(?:(?:twenty|thirty)[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth"
    r"|(?:twenty|thirty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|" + "|".join(k for k in UNITS if k not in ("zero",))
)
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy_abbrev", re.compile(rf"\b(?P<d>\d{{1,2}})-(?P<m>{_ABBR})-(?P<y>\d{{4}})\b")),
    # "On 06/24/2013", "6/24/13": month first, as American reports and police logs write it
    # (of the corpus's 214 such dates none has a first number above 12).
    (
        "mdy_numeric",
        re.compile(
            r"(?<![\d/.])(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>\d{4}|\d{2})"
            r"(?![\d/])"
        ),
    ),
    (
        "ahead",
        re.compile(
            rf"\bin\s+(?P<n>{_N})\s+{_UNIT}\b(?!\s+(?:that|which|when|where|of|in\s+which)\b)"
            rf"|\b(?P<n2>{_N})\s+(?P<unit2>day|week|month|year)s?"
            r"\s+from\s+now\b",
            re.IGNORECASE,
        ),
    ),
    ("month_wordday", re.compile(rf"\b(?P<m>{_MONTHS})\s+(?P<d>{_DAY_WORDS})\b(?![\s-]\w+ago)")),
    (
        "ordinal_day",
        # "the 18th" but not "the 22nd homicide": no common noun after the day, nor a name
        # it numbers ("the 4th Ward", "the 18th & Vine District")
        re.compile(
            r"\bthe\s+(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of|century)\b)"
            r"(?!\s*&|\s+[A-Z])"
            r"(?!\s+(?!(?:at|in|and|or|when|after|before|this|that|to|from|until)\b)[a-z])"
        ),
    ),
]
_ABBR_DAYS = {
    "mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday",
    "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday", "fri": "Friday",
    "sat": "Saturday", "sun": "Sunday",
}  # fmt: skip
# "about 10 p.m. Sun.", "on Wed.": an abbreviated weekday, only after a time or "on", where
# "Sun." cannot be a newspaper and "Sat." cannot be a verb.
PATTERNS.append(
    (
        "weekday_abbrev",
        re.compile(
            r"(?:(?<=[ap]\.m\.\s)|(?<=\b[ap]m\s)|(?<=\bon\s)|(?<=\bearly\s)|(?<=\blate\s))"
            r"(?P<d>Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\."
        ),
    )
)
PATTERNS.append(("holiday", holidays.PATTERN))  # "on Christmas Eve", "the Fourth of July"
KINDS = frozenset(kind for kind, _ in PATTERNS)
FIRST = frozenset(("holiday",))
"""Forms that hold a main pattern's match ("Easter Sunday", "Fourth of July"): read first."""


def _day(d: date) -> dict[str, Any]:
    iso = d.isoformat()
    return {"start": iso, "end": iso, "granularity": "day", "resolved": True, "reason": None}


def _unresolved(reason: str) -> dict[str, Any]:
    return {"start": None, "end": None, "granularity": "day", "resolved": False, "reason": reason}


def _word_day(text: str) -> int | None:
    words = re.split(r"[\s-]+", text.casefold())
    if words[-1] in ORDINAL_WORDS:
        return (words_to_number(words[0]) or 0) * (len(words) > 1) + ORDINAL_WORDS[words[-1]]
    value = words_to_number(" ".join(words))
    return int(value) if value else None


def _month_number(text: str) -> int:
    """A month written as a number ("06") or abbreviated ("Aug")."""
    return int(text) if text.isdigit() else list(calendar.month_abbr).index(text[:3].title())


def _full_year(text: str) -> int:
    """A year of four digits, or of two ("6/24/13"): 00-68 this century, 69-99 the last."""
    year = int(text)
    return year if len(text) == 4 else year + (2000 if year < 69 else 1900)


def resolve(kind: str, m: re.Match[str], published: date | None, future: bool) -> dict[str, Any]:
    """The day one of these forms names (unresolved, with the reason, when it cannot be)."""
    if kind == "holiday":
        return holidays.resolve(m, published, future)
    if kind in ("dmy_abbrev", "mdy_numeric"):
        month = _month_number(m.group("m"))
        try:
            return _day(date(_full_year(m.group("y")), month, int(m.group("d"))))
        except ValueError:
            return _unresolved(f"no such day: {m.group()!r}")
    if published is None:
        return _unresolved("relative date and the source has no publication date")
    if kind == "weekday_abbrev":
        return resolve_expression("weekday", _ABBR_DAYS[m.group("d").casefold()], published, future)
    if kind == "ahead":
        n_text = (m.group("n") or m.group("n2")).casefold()
        n = int(n_text) if n_text.isdigit() else int(words_to_number(n_text) or 1)
        unit = m.group("unit") or m.group("unit2")
        days = {"day": 1, "week": 7}.get(unit)
        if days is not None:
            return _day(published + timedelta(days=n * days))
        months = n * (12 if unit == "year" else 1)
        year, month = divmod(published.month - 1 + months, 12)
        last = calendar.monthrange(published.year + year, month + 1)[1]
        return _day(date(published.year + year, month + 1, min(published.day, last)))
    if kind == "month_wordday":
        day = _word_day(m.group("d"))
        month = list(calendar.month_name).index(m.group("m"))
        if not day or day > calendar.monthrange(published.year, month)[1]:
            return _unresolved(f"could not read {m.group()!r}")
        return _day(date(published.year, month, day))
    day = int(m.group("d"))
    year, month = published.year, published.month
    if day > published.day and not future:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    if day > calendar.monthrange(year, month)[1]:
        return _unresolved(f"no day {day} in that month")
    return _day(date(year, month, day))


def accepted(kind: str, m: re.Match[str]) -> bool:
    """Whether a match of a form is a date where it stands ("on Halloween", not "a
    Halloween costume")."""
    return kind != "holiday" or holidays.is_date(m)


def possible(kind: str, text: str, folded: str, digit: bool) -> bool:
    """Whether a pattern can match at all (each needs a digit, a month or a key word)."""
    if kind in ("dmy_abbrev", "ordinal_day"):
        return digit
    if kind == "mdy_numeric":
        return "/" in text
    if kind == "weekday_abbrev":
        return "." in text
    if kind == "holiday":
        return holidays.HINT.search(folded) is not None
    if kind == "ahead":
        return " in " in folded or "from now" in folded
    return re.search(_MONTHS, text) is not None


_WEEKDAY_RE = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
_DEICTIC = re.compile(
    r"(?P<today>today|tonight|this (?:morning|afternoon|evening))"
    r"|(?P<yesterday>yesterday|last night)|(?P<tomorrow>tomorrow)",
    re.I,
)


def _deictic_day(expression: str, published: date) -> date | None:
    """The day "today", "yesterday" or "tomorrow" is, by the publication date."""
    m = _DEICTIC.fullmatch(" ".join(expression.split()))
    if m is None:
        return None
    shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[m.lastgroup or "today"]
    return published + timedelta(days=shift)


def _mark(a: Any, b: Any, named: str, actual: str, against: str) -> None:
    for claim in (a, b):
        claim.value.update(weekday_mismatch=actual, weekday_named=named, weekday_against=against)


def mark_weekday_mismatches(text: str, found: list[Any], published: date | None = None) -> None:
    """A weekday that contradicts the day it is given with is marked on both claims, so a
    wrong date is shown, not resolved away: "Monday, Oct. 12, 2016" when that day was a
    Wednesday (against the date), "yesterday (Sunday)" in an article dated a Sunday
    (against the publication date, which is then likely an update's or a scrape's)."""
    for one in found:  # "Monday, Oct. 12, 2016" read as one date
        named = _WEEKDAY_RE.search(text[one.start : one.end])
        start = one.value.get("start")
        if (
            one.kind == "weekday_date"
            and named
            and start
            and re.search(r"\d{4}", one.value.get("expression") or text[one.start : one.end])
        ):
            actual = calendar.day_name[date.fromisoformat(start[:10]).weekday()]
            if actual != named.group(1):
                _mark(one, one, named.group(1), actual, "date")
    for first, second in itertools.pairwise(found):
        gap = text[first.end : second.start]
        named = _WEEKDAY_RE.search(text[first.start : first.end])
        start = second.value.get("start")
        dated = named and start and second.value.get("granularity") == "day"
        if dated and re.fullmatch(r",?\s+", gap) and second.kind not in ("weekday", "relative"):
            actual = calendar.day_name[date.fromisoformat(start[:10]).weekday()]
            if actual != named.group(1):
                _mark(first, second, named.group(1), actual, "date")
            continue
        if published is None or not re.fullmatch(r"\s*[,(]?\s*", gap):
            continue
        pair = {first.kind: first, second.kind: second}
        if set(pair) != {"weekday", "relative"}:
            continue
        said = _WEEKDAY_RE.search(text[pair["weekday"].start : pair["weekday"].end])
        day = _deictic_day(text[pair["relative"].start : pair["relative"].end], published)
        if said is None or day is None:
            continue
        actual = calendar.day_name[day.weekday()]
        if actual != said.group(1):
            _mark(first, second, said.group(1), actual, "publication")


_WEEKDAY_KEYS = ("weekday_mismatch", "weekday_named", "weekday_against")


def with_event_weekday(value: dict[str, Any], dated: dict[str, Any]) -> dict[str, Any]:
    """A claim's value with the weekday contradiction of the date that dates it
    (`mark_weekday_mismatches`), if that date has one: a count dated by "Monday, Oct. 12,
    2016" when that day was a Wednesday shows the check too, so its event date is not
    taken silently."""
    if not dated.get("weekday_mismatch"):
        return value
    return {**value, EVENT_WEEKDAY: {k: dated.get(k) for k in _WEEKDAY_KEYS}}
