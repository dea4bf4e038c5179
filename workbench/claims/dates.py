"""Dates and times: found by our own patterns, resolved against the publication date.

Patterns decide what is a date and how precise it is; `date_resolve` decides which day it
is (dateparser with the source's publication date as RELATIVE_BASE). Relative expressions
in a source with no publication date stay unresolved and say why: never guessed from today.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Any

from workbench.claims import date_forms, date_periods, holidays
from workbench.claims.date_resolve import WEEKDAY as _WEEKDAY
from workbench.claims.date_resolve import YEAR as _YEAR
from workbench.claims.date_resolve import fix_weekday, resolve, resolve_time
from workbench.claims.words import MONTHS, fold_case

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_FUZZY_WEEKDAY = r"[A-Z][a-z]{3,9}day"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))"
_NUMWORD = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|a few|several|many)"
)
_AFTER_THE = r"(?<=[Tt]he\s)(?:previous|following)"
"""'previous' and 'following' date a weekday only after 'the' ("the following Monday");
without it they are prepositions ("taken following Saturday's shooting": that Saturday)."""
_TIME = (
    r"(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"
    r"|\d{1,2}:\d{2}(?:\s*(?:GMT|UTC|[A-Z]{2,4}T)\b)?|\bnoon\b|\bmidnight\b)"
)

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b")),
    # Before the month-day-year it contains: "Saturday July 4, 2015" is one day, not two.
    ("weekday_date", re.compile(rf"\b{_WEEKDAY},?\s+{_MONTH}\s+{_DAYNUM}(?:,?\s+{_YEAR})?\b")),
    ("month_day_year", re.compile(rf"\b{_MONTH}\s+{_DAYNUM},?\s+{_YEAR}\b")),
    ("day_month_year", re.compile(rf"\b{_DAYNUM}\s+(?:of\s+)?{_MONTH}\s*,?\s+{_YEAR}\b")),
    ("month_year", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b(?![.,]\d)")),
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
            rf"\b(?:(?:early|late)\s+)?(?:(?:last|next|this|{_AFTER_THE})\s+)?"
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
            r"(?![.,]\d|%|\s+(?:people|percent|per\s+cent|block)\b)"
        ),
    ),
]

# A cheap first look: a digit, a month, a day name or a relative word, else no date. The
# text is folded first (`fold_case`), which finds exactly what the same pattern with
# IGNORECASE would, several times faster.
DATE_HINT_RE = re.compile(
    r"\d|[a-z][a-z]+day|\b(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)\.|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|noon|midnight|"
    r"\b(?:today|yesterday|tomorrow|tonight|ago|recent|last|next|this|earlier|later|past)\b"
    r"|weekend"
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
    r"is\s+to|are\s+to|was\s+to|were\s+to|next)\b(?!-)",
    re.I,
)
"""Words of what is still to come ("would-be" is not one)."""
PAST_RE = re.compile(r"\b(?:was|were|had|did)\b|\b[a-z]{2,}ed\b")
"""A verb in the past tense, so a day without a year is one gone by."""
_TOLD_ON = re.compile(
    r"\b(?:said|says|say|revealed|announced|told|confirmed|added|stated|testified|released)"
    r"(?:\s+(?:on|late|early|this|last))?\s+$",
    re.I,
)
"""'police said Tuesday': the day of the telling, not of the event."""
_TOLD_AFTER = re.compile(
    r"\s+(?:said|says|revealed|announced|told|confirmed|added|stated|testified)\b", re.I
)
"""'A hospital spokeswoman on Sunday said ...', 'Police Tuesday announced ...': a day written
right before the verb of telling is that verb's, the telling's day too."""
_POSSESSIVE = re.compile(r"['’]s\b")
"""'police said Tuesday's shooting ...': a day owning a noun names that noun's day, not the
telling's."""
_STAMP = re.compile(
    r"\b(?:posted|published|updated|modified)(?:\s+on)?:?\s+(?:[\w,.:]+\s+){0,6}$", re.I
)
"""'Posted: Sunday, March 16, 2014 12:58 PM EDT Updated: Monday, April 28': a page's stamp
of when it was published or updated (scraped with the text), the telling's day too."""


_PAST_CLAUSE = re.compile(
    r"\b(?:after|when|since|because)\s+(?:\w+\s+){0,3}?(?:being|having|was|were|had)\b", re.I
)
"""A clause of its own in the past ("after being shot", "when he was hit")."""


def _future(text: str, start: int, end: int) -> bool:
    """A word of what is to come near the date, in the date's own clause: "is expected to
    survive after being shot ... on Sunday afternoon" tells a past Sunday, the clause
    between the cue and the date its own past."""
    for m in FUTURE_RE.finditer(text, max(0, start - 80), end + 30):
        if m.start() >= start or not _PAST_CLAUSE.search(text, m.end(), start):
            return True
    return False


def _aside(text: str, start: int, end: int) -> bool:
    """A date in numbers inside parentheses: a page's stamp ("(07/06/16) - A jury has been
    selected") or a record's detail ("(DOB 07/19/98)"), never the day the text tells of."""
    return (
        re.search(r"\([^()]*$", text[:start]) is not None
        and re.match(r"[^()]*\)", text[end:]) is not None
    )


@dataclass(slots=True)
class DateMatch:
    start: int
    end: int
    kind: str
    value: dict[str, Any]


def _forms(
    text: str,
    folded: str,
    digit: bool,
    spans: list[tuple[int, int, str]],
    extra: dict[int, tuple[str, re.Match[str]]],
    first: bool,
) -> None:
    """The spans of `date_forms`' patterns that no earlier span overlaps: the forms that
    hold a main pattern's match ("Easter Sunday") first, the others last."""
    for kind, pattern in date_forms.PATTERNS:
        if (kind in date_forms.FIRST) != first:
            continue
        if not date_forms.possible(kind, text, folded, digit):
            continue
        for m in pattern.finditer(text):
            if any(m.start() < oe and os < m.end() for os, oe, _ in spans):
                continue
            if not date_forms.accepted(kind, m):
                continue
            spans.append((m.start(), m.end(), kind))
            extra[m.start()] = (kind, m)


def find_dates(text: str, published: date | None) -> list[DateMatch]:
    """Every date or time expression of one sentence, resolved where it can be."""
    digit = _DIGIT.search(text) is not None
    folded = fold_case(text)
    if (
        not digit
        and not DATE_HINT_RE.search(folded)
        and not AHEAD_HINT_RE.search(folded)
        and not holidays.HINT.search(folded)
    ):
        return []
    possible = _possible_kinds(text, folded, digit)
    spans: list[tuple[int, int, str]] = []
    extra: dict[int, tuple[str, re.Match[str]]] = {}
    _forms(text, folded, digit, spans, extra, first=True)
    for kind, pattern in date_periods.PATTERNS:
        if date_periods.possible(kind, folded):
            for m in pattern.finditer(text):
                if not any(m.start() < oe and os < m.end() for os, oe, _ in spans):
                    spans.append((m.start(), m.end(), kind))
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
    _forms(text, folded, digit, spans, extra, first=False)
    spans.sort()
    found: list[DateMatch] = []
    for s, e, kind in spans:
        if kind == "time":
            continue
        expr = text[s:e]
        # Tense is read near the date, so a planned day and a past one can share a sentence.
        future = _future(text, s, e) or bool(
            re.search(r"\bfor\s+(?:next\s+)?$", text[max(0, s - 12) : s])
        )
        if kind in date_forms.KINDS:
            value = date_forms.resolve(kind, extra[s][1], published, future)
        elif kind in date_periods.KINDS:
            value = date_periods.resolve(kind, expr, published, future)
        else:
            past = not future and PAST_RE.search(text) is not None
            value = resolve(kind, expr, published, future, past)
        value["expression"] = expr
        if (
            (_TOLD_ON.search(text[max(0, s - 30) : s]) and not _POSSESSIVE.match(text, e))
            or _TOLD_AFTER.match(text, e)
            or _STAMP.search(text[max(0, s - 50) : s])
            or (kind == "mdy_numeric" and _aside(text, s, e))
        ):
            value["telling"] = True
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
        if _STAMP.search(text[max(0, s - 50) : s]):
            value["telling"] = True
        found.append(DateMatch(s, e, kind, value))
    found.sort(key=lambda d: d.start)
    _years_before_days(text, found)
    date_forms.mark_weekday_mismatches(text, found, published)
    return found


_YEARLESS = ("month_day", "day_month", "holiday")


def _years_before_days(text: str, found: list[DateMatch]) -> None:
    """A year written right before a day that gives none is that day's year ("the 2014
    July 4 shooting", "the 2011 New Year's Eve slaying"), not the one nearest the
    publication date."""
    for year, day in pairwise(found):
        if year.kind != "year" or day.kind not in _YEARLESS or text[year.end : day.start].strip():
            continue
        value = day.value
        if not value.get("resolved") or value.get("granularity") != "day":
            continue
        told = int(str(year.value["start"])[:4])
        rule = holidays.day_rule(text[day.start : day.end]) if day.kind == "holiday" else None
        try:
            day_of = date.fromisoformat(value["start"][:10])
            when = rule(told) if rule else day_of.replace(year=told)
        except ValueError:  # 29 February
            continue
        value["start"] = value["end"] = when.isoformat()
