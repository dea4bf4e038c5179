"""Do they disagree? Comparing the values of two claims already known to be about one thing.

Each value becomes what it can honestly mean: a figure with its hedge ("around 24",
"over 60") becomes an interval in a base unit, a date becomes the span of days its
wording allows, a place becomes a name in a web of places known to contain one
another. Two claims disagree only when those meanings cannot both be true.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime

from workbench.claim_spans import claim_at
from workbench.findings.claim_views import same_entity
from workbench.findings.clocks import HALF_DAY_MINUTES, clock_bound, open_clock
from workbench.findings.place_levels import Places, named_beside
from workbench.models import Claim
from workbench.vocabulary import Vocabulary, fold, words

APPROXIMATE = 0.10
"""How far "about N" reaches either side of N."""
CONVERTED_SLACK = 0.5
"""A figure converted from another unit is rounded: allow half its last digit."""
TIME_TOLERANCE_MINUTES = 30
VAGUE_SUBSET_LIMIT = 10
"""A vague count below this ("a few", "several") never contradicts a figure."""
VAGUE_PENALTY = 0.8
"""A vague count ("dozens") against a figure is weaker evidence of a real dispute."""

AGREE, CONFLICT, WITHIN, UNRELATED = "agree", "conflict", "within", "unrelated"


@dataclass(slots=True)
class Verdict:
    relation: str
    severity: float = 0.0
    """How far apart the values are, in [0, 1] (0 for agreement)."""
    note: str = ""
    ratio: float = 1.0
    """For quantities: how many times larger one figure is than the other."""


# --- quantities ---------------------------------------------------------------------------


@dataclass(slots=True)
class Range:
    low: float
    high: float
    dimension: str
    shown: str
    """The value as a reader should see it: "about 24", "over 60", "3 km"."""
    vague: bool = False
    """A word rather than a figure ("several", "dozens")."""

    @property
    def typical(self) -> float:
        if math.isinf(self.high):
            return self.low
        if self.low <= 0 < self.high:
            return self.high
        return (self.low + self.high) / 2


def _number(value: object) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        return None


def format_number(x: float) -> str:
    if math.isinf(x):
        return "∞"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.3g}" if abs(x) < 1000 else f"{x:,.0f}"


def _hedge_of(claim: Claim, vocab: Vocabulary) -> str | None:
    """What the claim's qualifier means, from its value or the words around the figure. A
    singular mention ("the teen", "a man") states no number for a word before it to
    qualify: "to hear about the teen's death" is no "about one"."""
    given = claim.value.get("hedge")
    if given:
        return vocab.hedge(str(given))
    if claim.implicit:
        return None
    at = claim_at(claim)
    lead = words(claim.text)[:3]
    tail = words(claim.sentence[:at])[-3:] if at >= 0 else []
    for size in (3, 2, 1):
        for phrase in (" ".join(lead[:size]), " ".join(tail[-size:])):
            meaning = vocab.hedge(phrase) if phrase else None
            if meaning:
                return meaning
    return None


def quantity_range(claim: Claim, vocab: Vocabulary) -> Range | None:
    """The interval a quantity claim allows, in its dimension's base unit."""
    value = claim.value
    low, high = _number(value.get("low")), _number(value.get("high"))
    if low is None and high is None:
        low = high = _number(value.get("value"))
    if low is None and high is None:
        return None
    unit_name = value.get("unit")
    unit = vocab.unit(unit_name)
    if unit is not None:
        dimension, factor = unit
    else:
        dimension, factor = (fold(str(unit_name)) if unit_name else "count"), 1.0
    meaning = _hedge_of(claim, vocab)
    number = low if low is not None else high
    assert number is not None
    shown_number = format_number(number)
    if low is not None and high is not None and low != high:
        shown_number = f"{format_number(low)}–{format_number(high)}"
    if low is None:
        low = 0.0
    if high is None:
        high = math.inf  # "over 60", "at least 80": no upper bound
    if low == high:
        if meaning == "approximate" or (meaning is None and value.get("exact") is False):
            spread = max(abs(low) * APPROXIMATE, 1.0 if dimension == "count" else 0.0)
            low, high = low - spread, high + spread
        elif meaning == "at_least":
            high = math.inf
        elif meaning == "at_most":
            low = 0.0
    shown = " ".join(claim.text.split())
    if not any(c.isdigit() for c in shown):
        # "around two dozen men": say what the words were read as.
        shown += f" [≈{shown_number}]"
    vague = bool(value.get("vague")) or (meaning is None and value.get("exact") is False)
    return Range(low * factor, high * factor, dimension, shown, vague=vague)


def _precision(x: float) -> float:
    """Half the last significant digit of a stated figure ("2" -> 0.5, "150" -> 5)."""
    if x == 0:
        return 0.5
    if float(x).is_integer():
        n, step = int(abs(x)), 1
        while n and n % 10 == 0:
            n //= 10
            step *= 10
        return step / 2
    decimals = len(repr(float(x)).split(".")[1])
    return 0.5 * 10 ** (-decimals)


def _stated(claim: Claim, vocab: Vocabulary) -> tuple[float, float]:
    """(unit factor, figure) as the text wrote them, before any conversion."""
    value = claim.value
    given = value.get("given") if isinstance(value.get("given"), dict) else {}
    unit = vocab.unit(given.get("unit") or value.get("unit"))
    figure = _number(given.get("low")) or _number(value.get("low")) or _number(value.get("high"))
    return (unit[1] if unit else 1.0), figure or 0.0


def compare_quantities(a: Claim, b: Claim, vocab: Vocabulary) -> Verdict:
    if a.value.get("part_of") or b.value.get("part_of"):
        # "Forty of the injured" counts a part of a group, not the group: it can neither
        # contradict the group's size nor another part of it.
        return Verdict(UNRELATED)
    ra, rb = quantity_range(a, vocab), quantity_range(b, vocab)
    if ra is None or rb is None or ra.dimension != rb.dimension:
        return Verdict(UNRELATED)
    weak = [r for r in (ra, rb) if r.vague]
    lo_a, hi_a, lo_b, hi_b = ra.low, ra.high, rb.low, rb.high
    stated_a, stated_b = _stated(a, vocab), _stated(b, vocab)
    if not math.isclose(stated_a[0], stated_b[0]):
        # One figure is probably a rounded conversion of the other: allow its last digit.
        slack_a = _precision(stated_a[1]) * stated_a[0]
        slack_b = _precision(stated_b[1]) * stated_b[0]
        lo_a, hi_a, lo_b, hi_b = lo_a - slack_a, hi_a + slack_a, lo_b - slack_b, hi_b + slack_b
    eps = 1e-9 * max(1.0, abs(hi_a if not math.isinf(hi_a) else lo_a))
    if hi_a + eps < lo_b or hi_b + eps < lo_a:
        ta, tb = abs(ra.typical), abs(rb.typical)
        severity = 1.0 if not ta or not tb else min(1.0, abs(math.log(ta / tb)) / math.log(2))
        if any(r.high < VAGUE_SUBSET_LIMIT for r in weak):
            # "several governments" is usually a few of them, not a rival total.
            return Verdict(UNRELATED)
        ratio = max(ta, tb) / min(ta, tb) if ta and tb else math.inf
        return Verdict(CONFLICT, severity, note="vague" if weak else "", ratio=ratio)
    return Verdict(AGREE)


# --- places -------------------------------------------------------------------------------


def place_name(claim: Claim) -> str:
    return str(claim.value.get("name") or claim.text)


# A compass point's postal abbreviation ("NW area", "SE Portland") is that point spelled out.
_COMPASS = {"N": "North", "S": "South", "E": "East", "W": "West"}
_COMPASS.update({a + b: _COMPASS[a] + _COMPASS[b].lower() for a in "NS" for b in "EW"})


def _spelled(name: str) -> str:
    return " ".join(_COMPASS.get(w.replace(".", ""), w) for w in name.split())


def compare_places(a: Claim, b: Claim, places: Places) -> Verdict:
    name_a, name_b = place_name(a), place_name(b)
    if same_entity(_spelled(name_a), _spelled(name_b)):
        return Verdict(AGREE)
    if same_entity(name_a, name_b):
        return Verdict(AGREE)
    if places.contains(name_a, name_b):
        return Verdict(WITHIN, note=f"{name_b} lies within {name_a}")
    if places.contains(name_b, name_a):
        return Verdict(WITHIN, note=f"{name_a} lies within {name_b}")
    if places.named_together(name_a, name_b) or named_beside(a, name_b) or named_beside(b, name_a):
        return Verdict(UNRELATED)
    if places.is_container(name_a) or places.is_container(name_b):
        return Verdict(UNRELATED)  # a city against a site of unknown whereabouts: coarser
    if not places.one_level(name_a, name_b):
        # A town against a district ("the Eastfield district"), or a bare name no source
        # gave a level: no rival answer to where.
        return Verdict(UNRELATED)
    return Verdict(CONFLICT, 1.0)


# --- dates --------------------------------------------------------------------------------

_GRAIN = {
    "year": 0,
    "season": 1,
    "quarter": 1,
    "month": 2,
    "week": 3,
    "day": 4,
    "time": 5,
    "hour": 5,
    "minute": 5,
}
COARSEST_EVENT_GRAIN = _GRAIN["month"]
"""Dates this coarse or coarser (a month, a season, a year) do not date a report's news."""
_YEAR = re.compile(r"\b(1[5-9]|2[0-9])\d\d\b")


def _when(value: object) -> datetime | None:
    if not value:
        return None
    text = str(value)
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    for size in (10, 7, 4):
        try:
            part = text[:size]
            if size == 7:
                return datetime.fromisoformat(part + "-01")
            if size == 4:
                return datetime(int(part), 1, 1)
            return datetime.fromisoformat(part)
        except ValueError:
            continue
    return None


@dataclass(slots=True)
class Span:
    start: datetime
    end: datetime
    grain: int
    year_stated: bool

    def days(self) -> tuple[date, date]:
        return self.start.date(), self.end.date()


def date_span(claim: Claim) -> Span | None:
    value = claim.value
    start = _when(value.get("start") or value.get("date"))
    end = _when(value.get("end")) or start
    if start is None or end is None:
        return None
    grain = _GRAIN.get(str(value.get("granularity") or "day"), 4)
    stated = bool(_YEAR.search(claim.text))
    return Span(start, max(start, end), grain, stated)


def _shift_year(d: date, year: int) -> date:
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February
        return d.replace(year=year, day=28)


_DAY_WORDS = frozenset(
    (
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("today", "yesterday", "tonight", "tomorrow"),
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december"),
        *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
    )
)
_NUMERIC_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}")


def _within_bound(a: Span, b: Span, bound: int) -> bool:
    """`b`'s hour lies on the side of `a`'s that `a`'s bound leaves open (the hours of
    the day only: the days of two clocks are often guesses)."""
    minutes = (b.start - a.start).total_seconds() / 60 % (24 * 60)
    signed = minutes - 24 * 60 if minutes > 12 * 60 else minutes
    return bound != 0 and signed * bound >= 0


def time_of_day_only(claim: Claim) -> bool:
    """A time of day with no day named ("9:15 p.m.", "early morning"): its day is only
    the reader's guess, so it never disputes a date, nor a time told on another day."""
    span = date_span(claim)
    if span is None or span.grain != _GRAIN["time"]:
        return False
    text = claim.text.casefold()
    return not (_DAY_WORDS.intersection(re.findall(r"[a-z]+", text)) or _NUMERIC_DATE.search(text))


def compare_dates(a: Claim, b: Claim) -> Verdict:
    sa, sb = date_span(a), date_span(b)
    if sa is None or sb is None:
        return Verdict(UNRELATED)
    if time_of_day_only(a) != time_of_day_only(b):
        return Verdict(UNRELATED)  # a time of day without a date never conflicts with a date
    if sa.grain == _GRAIN["time"] and sb.grain == _GRAIN["time"]:
        if _within_bound(sa, sb, clock_bound(a)) or _within_bound(sb, sa, clock_bound(b)):
            return Verdict(AGREE)  # "before 4 a.m." and "about 2:45 a.m.": one night
        minutes = abs((sa.start - sb.start).total_seconds()) / 60
        if time_of_day_only(a):  # both: only the clocks are told, the days are guesses
            minutes = min(minutes % (24 * 60), -minutes % (24 * 60))
        if open_clock(a) or open_clock(b):  # "2:46" beside "2:48 p.m.": the same afternoon
            minutes = min(minutes, abs(minutes - HALF_DAY_MINUTES))
        if minutes > TIME_TOLERANCE_MINUTES:
            return Verdict(CONFLICT, min(1.0, 0.3 + minutes / (24 * 60)))
        return Verdict(AGREE)
    (a0, a1), (b0, b1) = sa.days(), sb.days()
    if a0 <= b1 and b0 <= a1:
        return Verdict(AGREE)
    # A year the text never states was guessed from the publication date: a
    # difference in that guess alone is not a disagreement between sources.
    for guessed, other in ((sa, sb), (sb, sa)):
        if guessed.year_stated or guessed.grain == _GRAIN["year"]:
            continue
        g0, g1 = guessed.days()
        o0, o1 = other.days()
        for year in range(o0.year, o1.year + 1):
            s0, s1 = _shift_year(g0, year), _shift_year(g1, year + (g1.year - g0.year))
            if s0 <= o1 and o0 <= s1:
                return Verdict(UNRELATED)
    gap = min(abs((b0 - a1).days), abs((a0 - b1).days))
    return Verdict(CONFLICT, min(1.0, 0.4 + gap / 30))


def compare(a: Claim, b: Claim, vocab: Vocabulary, places: Places) -> Verdict:
    if a.kind != b.kind:
        return Verdict(UNRELATED)
    if a.kind == "quantity":
        return compare_quantities(a, b, vocab)
    if a.kind == "place":
        return compare_places(a, b, places)
    if a.kind == "date":
        return compare_dates(a, b)
    return Verdict(UNRELATED)
