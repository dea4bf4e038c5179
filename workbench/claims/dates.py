"""Dates and times: found by our own patterns, resolved by dateparser against publication.

Patterns decide what is a date and how precise it is; dateparser decides which day it is,
with the source's publication date as RELATIVE_BASE. Relative expressions in a source with
no publication date stay unresolved and say why: they are never guessed from today.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

import dateparser
from rapidfuzz import fuzz, process

from workbench.claims import date_forms
from workbench.claims.words import MONTHS, WEEKDAYS, fold_case, wordset

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?"
_FUZZY_WEEKDAY = r"[A-Z][a-z]{3,9}day"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))"
_NUMWORD = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|a few|several|many)"
)
_TIME = (
    r"(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"
    r"|\d{1,2}:\d{2}(?:\s*(?:GMT|UTC|[A-Z]{2,4}T)\b)?|\bnoon\b|\bmidnight\b)"
)

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b")),
    ("month_day_year", re.compile(rf"\b{_MONTH}\s+{_DAYNUM},?\s+{_YEAR}\b")),
    ("day_month_year", re.compile(rf"\b{_DAYNUM}\s+(?:of\s+)?{_MONTH}\s*,?\s+{_YEAR}\b")),
    ("weekday_date", re.compile(rf"\b{_WEEKDAY},?\s+{_MONTH}\s+{_DAYNUM}(?:,?\s+{_YEAR})?\b")),
    ("month_year", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b")),
    # "Feb. 27, 57 people": a number after the day is another figure, unless it is a year.
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAYNUM}\b(?!\s*(?:,\s*)?\d{{4}}\b|[.,]\d)")),
    ("day_month", re.compile(rf"\b{_DAYNUM}\s+(?:of\s+)?{_MONTH}(?![\w])")),
    ("ago", re.compile(rf"\b{_NUMWORD}\s+(?:days?|weeks?|months?|years?)\s+ago\b", re.I)),
    (
        "vague",
        re.compile(
            r"\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last|coming)\s+(?:few\s+)?"
            r"(?:days|weeks|months|years)\b|\brecent\s+(?:days|weeks|months)\b"
            r"|\bearlier\s+this\s+(?:week|month|year)\b|\blater\s+this\s+(?:week|month|year)\b",
            re.I,
        ),
    ),
    ("relative_month", re.compile(rf"\b(?:last|next|this|early|late|mid-?)\s*{_MONTH}(?![\w])")),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?:early|late)\s+)?(?:(?:last|next|this|previous|following)\s+)?"
            rf"(?:{_WEEKDAY}|{_FUZZY_WEEKDAY})"
            rf"(?:{_PART})?(?![\w])"
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?:the\s+day\s+before\s+yesterday|today|yesterday|tomorrow|tonight"
            r"|(?:this|last|next)\s+(?:morning|afternoon|evening|night|week|weekend|month|year)"
            r"|(?:earlier|later)\s+today)\b",
            re.I,
        ),
    ),
    (
        "time",
        re.compile(
            rf"(?<![\w:.]){_TIME}(?:\s*\(\s*{_TIME}\s*\))?"
            r"(?:\s+(?:local\s+time|GMT|UTC))?"
        ),
    ),
    (
        "month",
        re.compile(
            rf"(?:\b(?:in|In|since|Since|until|by|from|of|during|before|after|early|late|mid)\s)"
            rf"(?P<d>{_MONTH})(?![\w])(?!\s+\d)"
        ),
    ),
    (
        "year",
        re.compile(
            rf"(?:(?:\b(?:in|In|since|Since|until|by|from|of|during|before|after|early|late|mid|"
            rf"the|The)|’s|'s)\s)(?P<d>{_YEAR})\b"
            r"(?![.,]\d|%|\s+(?:people|percent|per\s+cent)\b)"
        ),
    ),
]

# A cheap first look: a digit, a month, a day name or a relative word, else no date. The
# text is folded first (`fold_case`), which finds exactly what the same pattern with
# IGNORECASE would, several times faster.
DATE_HINT_RE = re.compile(
    r"\d|[a-z][a-z]+day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|noon|midnight|"
    r"\b(?:today|yesterday|tomorrow|tonight|ago|recent|last|next|this|earlier|later|past)\b"
)
_DIGIT = re.compile(r"\d")
AHEAD_HINT_RE = re.compile(r"\bin \w+ (?:day|week|month|year)|from now")
# Every month pattern is case-sensitive and every month name starts with one of these.
_MONTH_STEM_RE = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_UNIT_WORD_RE = re.compile("day|week|month|year")
_RELATIVE_WORD_RE = re.compile(
    "day|week|month|year|tomorrow|tonight|morning|afternoon|evening|night"
)


def _possible_kinds(text: str, folded: str, digit: bool) -> set[str]:
    """The patterns that can match at all, from what each cannot match without: a digit, a
    month name or a key word (in `folded`, for the case-insensitive patterns). Most
    sentences need only two or three of the patterns run."""
    month = _MONTH_STEM_RE.search(text) is not None
    kinds = set()
    if digit:
        kinds |= {"iso", "year", "time"}
    if month:
        kinds |= {"month", "relative_month"}
        if digit:
            kinds |= {"month_day_year", "day_month_year", "month_year", "month_day", "day_month"}
            if "day" in text:
                kinds.add("weekday_date")
    if "day" in text:
        kinds.add("weekday")
    if "noon" in text or "midnight" in text:
        kinds.add("time")
    if "ago" in folded:
        kinds.add("ago")
    if _UNIT_WORD_RE.search(folded):
        kinds.add("vague")
    if _RELATIVE_WORD_RE.search(folded):
        kinds.add("relative")
    return kinds


FUTURE_RE = re.compile(
    r"\b(?:will|would|shall|planned|plans?|planning|scheduled|ahead\s+of|upcoming|expected\s+to|"
    r"due|set\s+to|called\s+for|calls\s+for|calling\s+for|to\s+be\s+held|intends?\s+to|"
    r"is\s+to|are\s+to|next)\b",
    re.I,
)
_ABBREV = {m[:3]: m for m in MONTHS} | {"sept": "september"}
_NOT_WEEKDAY = wordset(
    "today holiday birthday weekday midday someday doomsday yesterday payday heyday"
)
_DP_LANGUAGES = ["en"]
_NEUTRAL_BASE = datetime(2000, 1, 1)


@dataclass(slots=True)
class DateMatch:
    start: int
    end: int
    kind: str
    value: dict[str, Any]


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


NO_BASE = "relative date and the source has no publication date"


def _resolve(kind: str, expr: str, published: date | None, future: bool) -> dict[str, Any]:
    prefer = "future" if future else "past"
    base = datetime.combine(published, datetime.min.time()) if published else None
    if kind == "iso":
        return _day(date.fromisoformat(expr))
    if kind in ("month_day_year", "day_month_year", "weekday_date", "month_year", "year"):
        if kind == "weekday_date" and not re.search(_YEAR, expr):
            if base is None:
                return _unresolved("day", NO_BASE)
            expr = re.sub(rf"^{_WEEKDAY},?\s+", "", expr)
            kind = "month_day"
        else:
            cleaned = _clean(re.sub(rf"^{_WEEKDAY},?\s+", "", expr))
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
        cleaned = _clean(expr)
        years = [
            _parse(f"{cleaned} {y}", base, "past") for y in range(base.year - 1, base.year + 2)
        ]
        options = [p for p in years if p is not None and (p >= base or not future)]
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


def find_dates(text: str, published: date | None) -> list[DateMatch]:
    """Every date or time expression of one sentence, resolved where it can be."""
    digit = _DIGIT.search(text) is not None
    folded = fold_case(text)
    if not digit and not DATE_HINT_RE.search(folded) and not AHEAD_HINT_RE.search(folded):
        return []
    possible = _possible_kinds(text, folded, digit)
    spans: list[tuple[int, int, str]] = []
    for kind, pattern in PATTERNS:
        if kind not in possible:
            continue
        for m in pattern.finditer(text):
            s, e = m.span("d") if "d" in pattern.groupindex else m.span()
            if any(s < oe and os < e for os, oe, _ in spans):
                continue
            if kind in ("month", "relative_month", "day_month") and text[e - 1 : e] == ".":
                word = re.search(r"(\w+)\.$", text[s:e])
                if word and word.group(1).casefold() in MONTHS:
                    e -= 1  # "in January." ends the sentence; "Jan." is an abbreviation
            expr = text[s:e]
            if kind == "weekday" and not any(fix_weekday(w) for w in expr.split()):
                continue
            if (
                kind == "month"
                and expr.rstrip(".") == "May"
                and re.match(r"\s+(?:be|have|not)\b", text[e:])
            ):
                continue
            if kind == "time" and not re.search(r"[:apmAPMnoigdh]", expr):
                continue
            spans.append((s, e, kind))
    extra: dict[int, tuple[str, re.Match[str]]] = {}
    for kind, pattern in date_forms.PATTERNS:
        if not date_forms.possible(kind, text, folded, digit):
            continue
        for m in pattern.finditer(text):
            if any(m.start() < oe and os < m.end() for os, oe, _ in spans):
                continue
            spans.append((m.start(), m.end(), kind))
            extra[m.start()] = (kind, m)
    spans.sort()
    found: list[DateMatch] = []
    for s, e, kind in spans:
        if kind == "time":
            continue
        expr = text[s:e]
        # Tense is read near the date, so a planned day and a past one can share a sentence.
        future = bool(FUTURE_RE.search(text[max(0, s - 80) : e + 30])) or bool(
            re.search(r"\bfor\s+(?:next\s+)?$", text[max(0, s - 12) : s])
        )
        if kind in date_forms.KINDS:
            value = date_forms.resolve(kind, extra[s][1], published, future)
        else:
            value = _resolve(kind, expr, published, future)
        value["expression"] = expr
        found.append(DateMatch(s, e, kind, value))
    for s, e, kind in spans:
        if kind != "time":
            continue
        days = [d for d in found if d.value["granularity"] == "day" and d.value["resolved"]]
        day: date | None = None
        if days:
            nearest = min(days, key=lambda d: abs(d.start - s))
            day = date.fromisoformat(nearest.value["start"])
        # No day in the sentence: the story gives it (`times.days_for_times`), never the
        # publication date by default.
        value = resolve_time(text[s:e], day, "text" if day else None)
        value["expression"] = text[s:e]
        found.append(DateMatch(s, e, kind, value))
    found.sort(key=lambda d: d.start)
    date_forms.mark_weekday_mismatches(text, found)
    return found
