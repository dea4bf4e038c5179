"""Which day a date expression names: dateparser against the publication date.

`dates` finds the expressions and says of which kind each is; this resolves one to a day,
a week, a month or a year, or leaves it unresolved with the reason (a relative date in a
source with no publication date is never guessed from today). A time of day is resolved
on the day its sentence or story gives (`resolve_time`).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

import dateparser
from rapidfuzz import fuzz, process

from workbench.claims.words import MONTHS, WEEKDAYS, wordset

YEAR = r"(?:1[5-9]\d\d|20\d\d)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?"
_ABBREV = {m[:3]: m for m in MONTHS} | {"sept": "september"}
_NOT_WEEKDAY = wordset(
    "today holiday birthday weekday midday someday doomsday yesterday payday heyday"
)
_DP_LANGUAGES = ["en"]
_NEUTRAL_BASE = datetime(2000, 1, 1)

_DAY_WORDS = re.compile(
    r"day|week|yesterday|today|tomorrow|tonight|morning|afternoon|evening|night", re.I
)
_HAS_YEAR = re.compile(r"\b\d{4}\b")
_WEEK_ANCHOR = datetime(2001, 1, 1)  # a Monday
_CALENDAR_YEAR = 2004  # a leap year, so every month and day exists


def _parse(expression: str, base: datetime, prefer: str) -> datetime | None:
    """dateparser against `base`, asked in a canonical week or year and shifted back.

    Relative expressions depend only on the base's weekday ("Monday", "3 days ago") or
    on its place in the year ("May", "Jan 10", "last year"), so the cache is keyed by
    that, and a corpus with a thousand publication dates costs a handful of calls.
    """
    if _HAS_YEAR.search(expression):
        return _dateparser(expression, _NEUTRAL_BASE, prefer)
    if _DAY_WORDS.search(expression):
        anchor = _WEEK_ANCHOR + timedelta(days=base.weekday())
        anchor = anchor.replace(hour=base.hour, minute=base.minute)
        parsed = _dateparser(expression, anchor, prefer)
        return parsed + (base - anchor) if parsed else None
    # Without a day number, only the base's month matters.
    day = base.day if re.search(r"\d", expression) else 15
    anchor = base.replace(year=_CALENDAR_YEAR, day=day)
    parsed = _dateparser(expression, anchor, prefer)
    if parsed is None:
        return None
    try:
        return parsed.replace(year=parsed.year + base.year - _CALENDAR_YEAR)
    except ValueError:  # 29 February in a year without one
        return _dateparser(expression, base, prefer)


@lru_cache(maxsize=65536)
def _dateparser(expression: str, base: datetime, prefer: str) -> datetime | None:
    """dateparser, cached by (expression, base date): it is slow per call."""
    return dateparser.parse(
        expression,
        languages=_DP_LANGUAGES,
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": prefer,
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "DATE_ORDER": "MDY",
        },
    )


def fix_weekday(word: str) -> str | None:
    """A weekday name, also misspelt ("Thrusday"), or None."""
    w = word.casefold().rstrip("s") if word.casefold().rstrip("s") in WEEKDAYS else word.casefold()
    if w in WEEKDAYS:
        return w
    if w in _NOT_WEEKDAY or not w.endswith("day"):
        return None
    best = process.extractOne(w, WEEKDAYS, scorer=fuzz.ratio, score_cutoff=85)
    return best[0] if best else None


def _clean(expression: str) -> str:
    """Spell out abbreviated months and drop ordinal suffixes for dateparser."""
    text = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", expression)
    text = re.sub(r"\bof\b", " ", text)

    def month(m: re.Match[str]) -> str:
        word = m.group(1).casefold()
        return _ABBREV.get(word, word)

    text = re.sub(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?=\s|$|,)", month, text)
    return " ".join(text.replace(",", " ").split())


def _day(d: date) -> dict[str, Any]:
    iso = d.isoformat()
    return {"start": iso, "end": iso, "granularity": "day", "resolved": True, "reason": None}


def _month(d: date) -> dict[str, Any]:
    last = calendar.monthrange(d.year, d.month)[1]
    return {
        "start": d.replace(day=1).isoformat(),
        "end": d.replace(day=last).isoformat(),
        "granularity": "month",
        "resolved": True,
        "reason": None,
    }


def _year(y: int) -> dict[str, Any]:
    return {
        "start": f"{y:04d}-01-01",
        "end": f"{y:04d}-12-31",
        "granularity": "year",
        "resolved": True,
        "reason": None,
    }


def _unresolved(granularity: str, reason: str) -> dict[str, Any]:
    return {
        "start": None,
        "end": None,
        "granularity": granularity,
        "resolved": False,
        "reason": reason,
    }


PAST_SLACK_DAYS = 7
"""How far after its publication date a day told as past may lie (a misdated article)."""
NO_BASE = "relative date and the source has no publication date"


def resolve(
    kind: str, expr: str, published: date | None, future: bool, past: bool = False
) -> dict[str, Any]:
    """The day (week, month, year) an expression of a kind names; `future` and `past` say
    the tense it is told in, which settles a day without a year."""
    prefer = "future" if future else "past"
    base = datetime.combine(published, datetime.min.time()) if published else None
    if kind == "iso":
        return _day(date.fromisoformat(expr))
    if kind in ("month_day_year", "day_month_year", "weekday_date", "month_year", "year"):
        if kind == "weekday_date" and not re.search(YEAR, expr):
            if base is None:
                return _unresolved("day", NO_BASE)
            expr = re.sub(rf"^{WEEKDAY},?\s+", "", expr)
            kind = "month_day"
        else:
            cleaned = _clean(re.sub(rf"^{WEEKDAY},?\s+", "", expr))
            if kind == "year":
                return _year(int(cleaned))
            parsed = _parse(cleaned, _NEUTRAL_BASE, prefer)
            if parsed is None:
                return _unresolved("day", f"could not read {expr!r}")
            return _month(parsed.date()) if kind == "month_year" else _day(parsed.date())
    if kind == "vague":
        return _unresolved("vague", f"vague: {expr!r} names no definite date")
    if base is None:
        return _unresolved(
            "day" if kind in ("weekday", "relative", "ago", "month_day", "day_month") else "month",
            NO_BASE,
        )
    if kind in ("month_day", "day_month"):
        # A day with no year is the one nearest the publication date, unless the text
        # says it is still to come.
        # Read as that day in the years around the base, so the cache is keyed by year.
        years = _in_years(_clean(expr), range(base.year - 1, base.year + 2))
        options = [p for p in years if p is not None and (p >= base or not future)]
        if past:  # told as past ("was shot Nov. 9" in July): not months ahead
            options = [p for p in options if (p - base).days <= PAST_SLACK_DAYS] or options
        if not options:
            return _unresolved("day", f"could not read {expr!r}")
        parsed = min(options, key=lambda p: (abs((p - base).days), p))
        return _day(parsed.date())
    if kind in ("month", "relative_month"):
        words = expr.casefold().replace("-", " ").split()
        name = _clean(words[-1])
        qualifier = words[0] if len(words) > 1 else ""
        if qualifier == "last":
            ref = base.replace(day=1) - timedelta(days=1)
            parsed = _parse(name, ref, "past")
        elif qualifier == "next":
            last = calendar.monthrange(base.year, base.month)[1]
            parsed = _parse(name, base.replace(day=last) + timedelta(days=1), "future")
        elif qualifier == "this":
            parsed = _parse(name, base, "future" if future else "past")
        else:
            parsed = _parse(name, base, prefer)
        if parsed is None:
            return _unresolved("month", f"could not read {expr!r}")
        if parsed.month == base.month and parsed.year == base.year - 1 and qualifier != "last":
            parsed = parsed.replace(year=base.year)  # "in May", written in May: this May
        return _month(parsed.date())
    if kind == "weekday":
        words = expr.casefold().split()
        name = next((fix_weekday(w) for w in words if fix_weekday(w)), None)
        if name is None:
            return _unresolved("day", f"could not read {expr!r}")
        if "last" in words or "previous" in words:
            parsed = _parse(name, base, "past")
        elif "next" in words or "following" in words:
            parsed = _parse(name, base, "future")
        elif future:
            # A planned "Wednesday" is the coming one; "Wednesday" written on one is that day.
            parsed = _parse(name, base - timedelta(days=1), "future")
        else:
            parsed = _parse(name, base + timedelta(days=1), "past")
        return _day(parsed.date()) if parsed else _unresolved("day", f"could not read {expr!r}")
    if kind == "ago":
        low = expr.casefold()
        if re.match(r"(a few|several|many)\b", low):
            return _unresolved("vague", f"vague: {expr!r} names no definite date")
        parsed = _parse(low, base, "past")
        if parsed is None:
            return _unresolved("day", f"could not read {expr!r}")
        unit = re.search(r"(day|week|month|year)", low)
        gran = unit.group(1) if unit else "day"
        if gran == "year":
            return _year(parsed.year)
        if gran == "month":
            return _month(parsed.date())
        return _day(parsed.date())
    if kind == "relative":
        low = " ".join(expr.casefold().split())
        if low.endswith(("week", "weekend")):
            parsed = _parse(low.replace("weekend", "week"), base, "past")
            if parsed is None:
                return _unresolved("week", f"could not read {expr!r}")
            monday = parsed.date() - timedelta(days=parsed.weekday())
            return {
                "start": monday.isoformat(),
                "end": (monday + timedelta(days=6)).isoformat(),
                "granularity": "week",
                "resolved": True,
                "reason": None,
            }
        parsed = _parse(low.replace("earlier ", "").replace("later ", ""), base, "past")
        if parsed is None:
            return _unresolved("day", f"could not read {expr!r}")
        if low.endswith("month"):
            return _month(parsed.date())
        if low.endswith("year"):
            return _year(parsed.year)
        return _day(parsed.date())
    return _unresolved("day", f"could not read {expr!r}")


def _in_years(cleaned: str, years: range) -> list[datetime | None]:
    """A month and day read in each of these years. Read once in a leap year and moved to
    each (the year is given, so dateparser's reading of the rest does not depend on it):
    the cache is keyed by the expression with its year, and the years around the
    publication dates of a corpus made each day a dozen calls. Each year is read on its
    own where the leap year's reading cannot be moved (29 February, or a reading that did
    not take the year given)."""
    leap = _parse(f"{cleaned} {_CALENDAR_YEAR}", _NEUTRAL_BASE, "past")
    if leap is None or leap.year != _CALENDAR_YEAR or (leap.month, leap.day) == (2, 29):
        return [_parse(f"{cleaned} {y}", _NEUTRAL_BASE, "past") for y in years]
    return [leap.replace(year=y) for y in years]


_GMT_RE = re.compile(r"(GMT|UTC)")


def _clock(text: str, day: date) -> tuple[int, int] | None:
    expr = re.sub(r"\s*(GMT|UTC|local\s+time|[A-Z]{2,4}T)\s*$", "", text.strip())
    parsed = _parse(expr, _NEUTRAL_BASE, "past")
    return (parsed.hour, parsed.minute) if parsed else None


def resolve_time(expr: str, day: date | None, basis: str | None) -> dict[str, Any]:
    """'2:50 a.m. (06:50 GMT)': one instant, in UTC when the text gives UTC."""
    parts = [p for p in re.split(r"[()]", expr) if p.strip()]
    if day is None:
        value = _unresolved("minute", "a time of day with no day in its sentence")
        value["local"] = parts[0].strip()
        return value
    local = _clock(parts[0], day)
    if local is None:
        return _unresolved("minute", f"could not read {expr!r}")
    when = datetime.combine(day, datetime.min.time()).replace(hour=local[0], minute=local[1])
    value: dict[str, Any] = {
        "granularity": "minute",
        "resolved": True,
        "reason": None,
        "local": f"{local[0]:02d}:{local[1]:02d}",
        "day_basis": basis,
    }
    utc_part = next((p for p in parts if _GMT_RE.search(p)), None)
    if utc_part is not None:
        utc = _clock(utc_part, day)
        if utc is not None:
            if utc_part is parts[0]:
                stamp = when
            else:
                offset = (utc[0] * 60 + utc[1]) - (local[0] * 60 + local[1])
                offset = (offset + 12 * 60) % (24 * 60) - 12 * 60
                stamp = when + timedelta(minutes=offset)
            iso = stamp.strftime("%Y-%m-%dT%H:%MZ")
            value.update(start=iso, end=iso, utc=stamp.strftime("%H:%M"))
            return value
    iso = when.strftime("%Y-%m-%dT%H:%M")
    value.update(start=iso, end=iso)
    return value
