"""How outlets say a value and a date: hedged counts, two units, relative days."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from corpus_names import AP_MONTHS, MONTHS, WEEKDAYS, Fact, number_words

# --- quantities -------------------------------------------------------------------------

UNIT_PAIRS = {
    "km": ("kilometers", "km", "miles", 0.621371),
    "kmh": ("kilometers per hour", "km/h", "mph", 0.621371),
    "mm": ("millimeters", "mm", "inches", 0.0393701),
    "m": ("meters", "m", "feet", 3.28084),
    "ha": ("hectares", "ha", "acres", 2.47105),
}


def nice_value(value: float) -> float:
    """Round a drawn value the way a reporter would give it."""
    if value >= 10000:
        return round(value, -3)
    if value >= 1000:
        return round(value, -2)
    if value >= 100:
        return round(value, -1)
    return round(value)


def fmt(n: float) -> str:
    if abs(n - round(n)) < 1e-9:
        return f"{round(n):,}"
    return f"{n:,.1f}"


def draw_value(fact: Fact, rng: random.Random) -> float:
    # Log-uniform: small and large events are both common.
    import math

    lo, hi = math.log(fact.low), math.log(fact.high)
    return nice_value(math.exp(rng.uniform(lo, hi)))


@dataclass
class Said:
    """One way of stating a value: the phrase, and whether it holds the true value exactly."""

    phrase: str
    style: str
    value: float


def say_count(n: float, rng: random.Random, exact: bool = False) -> Said:
    """A count as a reporter writes it: exact, in words, hedged, or vague (all true to n)."""
    n = int(n)
    styles = (
        ["exact"]
        if exact
        else ["exact", "exact", "words", "around", "more", "least", "nearly", "vague"]
    )
    style = rng.choice(styles)
    if style == "words" and n <= 99:
        if n == 24:
            return Said("two dozen", style, n)
        if n == 12:
            return Said("a dozen", style, n)
        return Said(number_words(n), style, n)
    if style == "around":
        if 22 <= n <= 26:
            return Said(rng.choice(["around two dozen", "about two dozen"]), style, n)
        shown = nice_value(n * rng.uniform(0.96, 1.04)) if n >= 100 else n
        return Said(f"{rng.choice(['around', 'about', 'some', 'roughly'])} {fmt(shown)}", style, n)
    if style == "more" and n >= 12:
        floor = nice_value(n * rng.uniform(0.7, 0.92))
        if floor < n:
            return Said(f"{rng.choice(['more than', 'over'])} {fmt(floor)}", style, n)
    if style == "least":
        return Said(f"at least {fmt(n)}", style, n)
    if style == "nearly" and n >= 15:
        ceiling = nice_value(n * rng.uniform(1.02, 1.08))
        if ceiling > n:
            return Said(f"{rng.choice(['nearly', 'almost'])} {fmt(ceiling)}", style, n)
    if style == "vague":
        if 24 <= n < 100:
            return Said("dozens of", style, n)
        if 200 <= n < 1000:
            return Said("hundreds of", style, n)
        if 2000 <= n < 10000:
            return Said("thousands of", style, n)
    return Said(fmt(n), "exact", n)


def say_measure(fact: Fact, v: float, rng: random.Random, form: str | None = None) -> Said:
    """A measure in one unit, the other, or both ('3 kilometers (2 miles)')."""
    unit = fact.unit
    if unit == "pct":
        return Said(
            rng.choice(
                [
                    f"{fmt(v)} percent",
                    f"{fmt(v)}%",
                    f"about {fmt(v)}%",
                ]
            ),
            "pct",
            v,
        )
    if unit == "years":
        return Said(
            f"{number_words(int(v)) if v < 20 and rng.random() < 0.5 else fmt(v)} years",
            "years",
            v,
        )
    if unit == "usd":
        if rng.random() < 0.5:
            return Said(f"${fmt(v)} million", "usd", v)
        return Said(f"{fmt(v)} million dollars", "usd", v)
    long, short, other, factor = UNIT_PAIRS[unit]
    w = v * factor
    w_shown = round(w) if w >= 10 else round(w, 1)
    form = form or rng.choice(["both", "both", "base", "short", "other"])
    if form == "both":
        return Said(f"{fmt(v)} {long} ({fmt(w_shown)} {other})", "both", v)
    if form == "short":
        return Said(f"{fmt(v)} {short}", "short", v)
    if form == "other":
        return Said(f"{fmt(w_shown)} {other}", "other", v)
    return Said(f"{fmt(v)} {long}", "base", v)


def odd_value(true: float, rng: random.Random) -> float:
    """A value plainly incompatible with the truth and with every hedge of it."""
    factor = rng.choice([rng.uniform(1.7, 3.2), rng.uniform(0.25, 0.55)])
    value = nice_value(true * factor)
    if abs(value - true) < max(3, true * 0.4):
        value = nice_value(true * 2.5) if true >= 2 else true + 5
    return max(value, 1)


# --- dates ------------------------------------------------------------------------------


def as_written(phrase: str, sentence: str) -> str:
    """The phrase as it stands in the sentence (capitalised when it opens it)."""
    return phrase if phrase in sentence else phrase[:1].upper() + phrase[1:]


def weekday(d: dt.date) -> str:
    return WEEKDAYS[d.weekday()]


def say_date(event: dt.date, published: dt.date, rng: random.Random) -> str:
    """The event's day as an outlet writing on `published` would put it."""
    delta = (published - event).days
    explicit = [
        f"on {AP_MONTHS[event.month - 1]} {event.day}",
        f"on {MONTHS[event.month - 1]} {event.day}",
        f"on {event.day} {MONTHS[event.month - 1]}",
    ]
    wd = weekday(event)
    if delta == 0:
        options = [f"early {wd}", f"on {wd}", f"on {wd} morning", f"late on {wd}"]
    elif delta == 1:
        options = [f"on {wd}", f"late {wd}", "yesterday", f"on {wd} night"]
    elif delta < 7:
        options = [f"on {wd}", f"last {wd}"]
    else:
        options = []
    return rng.choice(options * 2 + explicit)


def say_past(published: dt.date, rng: random.Random) -> tuple[str, int]:
    """A date for background history: a year, or 'last May'."""
    if rng.random() < 0.5:
        year = published.year - rng.randint(2, 12)
        return f"in {year}", year
    month = rng.randint(1, 12)
    return f"last {MONTHS[month - 1]}", published.year - 1
