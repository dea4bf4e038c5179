"""Quantities as intervals: hedges, ranges, percentages, money and measures.

A number atom (numbers.py) grows into a quantity by reading its neighbours: a hedge before
it ("around", "more than") widens or bounds the interval, a second number makes a range, a
unit or currency says what is measured (converted to one base unit), and the noun after it
says what is counted. Numbers that are not claims (years, ordinals, ages, numbers inside
names, clock times and dates, which the caller masks) are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from workbench.claims.hedges import HEDGE_AFTER_RE, HEDGE_BEFORE_RE, HEDGES, bounds
from workbench.claims.number_forms import (
    CHANGE_BEFORE_RE,
    GLUED_SCALE_RE,
    NEGATIVE_BEFORE_RE,
    NOT_A_COUNT_RE,
    bounded_between,
)
from workbench.claims.number_screens import screened_out
from workbench.claims.numbers import SCALES, SHORT_SCALES, find_atoms, looks_like_year, tidy
from workbench.claims.units import (
    CURRENCY_BEFORE_RE,
    CURRENCY_SYMBOLS,
    CURRENCY_WORD_RE,
    CURRENCY_WORDS,
    DIGIT_ONLY,
    MEASURE_RE,
    MEASURES,
    to_base,
)
from workbench.claims.words import (
    Token,
    fold_case,
    tokenize,
)

RANGE_RE = re.compile(r"^\s*(?:-|–|—|\bto\b|\band\b|\bor\b|\bthrough\b|\bthru\b)\s*", re.IGNORECASE)
PERCENT_RE = re.compile(
    r"^\s*(?:(?P<pp>percentage[\s-]points?|pc\s*pts?)|%|percent\b|per\s+cent\b|pc\b)",
    re.IGNORECASE,
)
SHORT_SCALE_RE = re.compile(r"^\s?(?P<s>bn|mn|tn|[kmbt])\b", re.IGNORECASE)
RELATIVE_AFTER_RE = re.compile(
    r"^\s+(?:earlier|later|ago|before|after|previously)\b", re.IGNORECASE
)
# "eight of them", "Forty of the injured": a count taken out of a group.
PARTITIVE_RE = re.compile(r"\s+of\s+(?:the|its|their|his|her|them|those|these|our|us)\b", re.I)
PAREN_RE = re.compile(
    r"^\s*\(\s*(?:about|around|some|roughly|approximately|nearly|almost|over|more than)?\s*"
    r"(?P<num>[\d.,]+(?:\s*(?:million|billion|thousand))?|a\s+few|several|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|a\s+dozen|dozens)?\s*"
    r"(?P<unit>[^()\d]{1,25}?)\s*\)",
    re.IGNORECASE,
)


# A cheap first look: a digit or a number word, else there is no quantity to find. The
# text is folded first (`fold_case`), which finds exactly what the same pattern with
# IGNORECASE would, several times faster.
NUMBER_HINT_RE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|dozens|scores|"
    r"few|several|handful|couple|third|fifth|tenth|quarter)"
)
_DIGIT = re.compile(r"\d")


def may_have_number(text: str) -> bool:
    return _DIGIT.search(text) is not None or NUMBER_HINT_RE.search(fold_case(text)) is not None


@dataclass(slots=True)
class Quantity:
    start: int
    end: int
    value: dict[str, Any]
    counted_end: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _token_index(tokens: list[Token], offset: int) -> int:
    for k, tok in enumerate(tokens):
        if tok.start >= offset:
            return k
    return len(tokens)


def _unit_case_ok(unit: str) -> bool:
    """Short units in their usual case only: "5 g" is grams, "5G" is a network."""
    if fold_case(unit) in ("c", "f", "mw", "gw", "kw"):
        return unit.isupper() or fold_case(unit) in ("mw", "gw", "kw")
    return unit == unit.lower()


def find_quantities(
    text: str, masked: list[tuple[int, int]], tokens: list[Token] | None = None
) -> list[Quantity]:
    """Every quantity claim of one sentence, skipping the masked (date and time) spans."""
    from workbench.claims.frames import counted_after

    if not may_have_number(text):
        return []
    tokens = tokenize(text) if tokens is None else tokens
    masked = masked + [m.span() for m in NOT_A_COUNT_RE.finditer(text)]
    atoms = [a for a in find_atoms(text) if not _overlaps(a.start, a.end, masked)]
    used: set[int] = set()
    found: list[Quantity] = []
    covered = 0
    for idx, atom in enumerate(atoms):
        if idx in used or atom.start < covered:
            continue
        before = text[: atom.start]
        if screened_out(text, atom, tokens):
            continue
        start, end = atom.start, atom.end
        low, high = atom.low, atom.high
        unit: str | None = None
        given: dict[str, Any] | None = None

        currency = CURRENCY_BEFORE_RE.search(before)
        if currency:
            unit = CURRENCY_SYMBOLS.get(fold_case(currency.group("sym") or "")) or (
                (currency.group("code") or "").upper()
            )
            start = currency.start()
        hedge_m = HEDGE_BEFORE_RE.search(text[:start])
        hedge = fold_case(hedge_m.group("hedge")) if hedge_m else None
        hedge_kind = HEDGES.get(hedge) if hedge else None
        if hedge_kind == "from":
            hedge, hedge_kind = None, None
        if hedge_m and hedge_kind:
            start = hedge_m.start("hedge")

        if unit and atom.form == "digits":
            scale = SHORT_SCALE_RE.match(text[end:])
            if scale:
                factor = SHORT_SCALES[fold_case(scale.group("s"))]
                low, high, end = low * factor, high * factor, end + scale.end()
        elif atom.form == "digits":
            glued = GLUED_SCALE_RE.match(text[end:])
            if glued:  # "10k members", "2.33 k visitors"
                factor = SHORT_SCALES[fold_case(glued.group("s") or glued.group("sp"))]
                low, high, end = low * factor, high * factor, end + glued.end()
        negative = NEGATIVE_BEFORE_RE.search(text[:start])
        signed = negative is not None and negative.group()[0] in "-−"
        if negative and (atom.form == "digits" or (atom.form == "words" and not signed)):
            low, high = -high, -low  # "-20C", "minus 15 degrees"
            start = negative.start()

        # A range: "20 to 30", "20-30", "between 20 and 30", "two or three".
        change_from = None
        rng = RANGE_RE.match(text[end:])
        ranged = False
        if rng and idx + 1 < len(atoms):
            nxt_atom = atoms[idx + 1]
            joiner = fold_case(rng.group().strip())
            cur2 = CURRENCY_BEFORE_RE.search(text[: nxt_atom.start])
            gap_ok = nxt_atom.start == end + rng.end() or (
                cur2 is not None and cur2.start() == end + rng.end()
            )
            if gap_ok and joiner == "to" and CHANGE_BEFORE_RE.search(text[: atom.start]):
                change_from = tidy(low)  # "rose from 40 to 75": now 75, 40 before
                low, high = nxt_atom.low, nxt_atom.high
                end = nxt_atom.end
                used.add(idx + 1)
            elif gap_ok and (joiner != "and" or hedge_kind == "between"):
                if nxt_atom.low < low and joiner in ("-", "–", "—"):
                    # "3-1" is a score or a ratio, not a range.
                    used.add(idx + 1)
                    continue
                if nxt_atom.low >= low:
                    factor = 1.0
                    if unit and atom.form == "digits":
                        scale = SHORT_SCALE_RE.match(text[nxt_atom.end :])
                        if scale:
                            factor = SHORT_SCALES[fold_case(scale.group("s"))]
                            end = nxt_atom.end + scale.end()
                    high = nxt_atom.high * factor
                    # "1.5 to 2 million": the scale of the second applies to the first.
                    scale_word = re.search(
                        r"(thousand|million|billion|trillion)",
                        text[nxt_atom.start : nxt_atom.end],
                        re.IGNORECASE,
                    )
                    if (
                        scale_word
                        and not re.search(r"[a-z]", text[atom.start : atom.end], re.I)
                        and low * SCALES[fold_case(scale_word.group(1))] <= high
                    ):
                        low *= SCALES[fold_case(scale_word.group(1))]
                    end = max(end, nxt_atom.end)
                    used.add(idx + 1)
                    ranged = True
        # A bare year is a date, not a count, unless a unit or a plural noun follows.
        bare = atom.form == "digits" and not ranged and not (unit or hedge_kind)
        if bare and looks_like_year(text[atom.start : atom.end]):
            k = _token_index(tokens, atom.end)
            noun, _ = counted_after(tokens, k)
            nxt_word = tokens[k].text if k < len(tokens) else ""
            plural = nxt_word.endswith("s") or noun in ("people", "man", "woman", "child")
            if not (noun and plural) and not PERCENT_RE.match(text[atom.end :]):
                continue

        measure = None
        pct = PERCENT_RE.match(text[end:])
        if not unit and pct:
            unit = "pp" if pct.group("pp") else "%"
            end += pct.end()
        elif not unit:
            cur_word = re.match(r"\s*(?:of\s+)?", text[end:])
            rest = text[end + (cur_word.end() if cur_word else 0) :]
            cw = CURRENCY_WORD_RE.match(rest)
            big = low >= 1_000_000 or atom.form == "vague"
            pounds = re.match(r"pounds\b(?!\s+sterling)", rest, re.IGNORECASE)
            if cw and not (pounds and not big):
                unit = CURRENCY_WORDS[fold_case(cw.group())]
                end += (cur_word.end() if cur_word else 0) + cw.end()
            elif pounds and big:
                unit = "GBP"
                end += (cur_word.end() if cur_word else 0) + pounds.end()
            else:
                sep = re.match(r"(?:\s*-\s*|\s+|)", text[end:])
                gap = sep.group() if sep else ""
                mm = MEASURE_RE.match(text[end + len(gap) :])
                if mm and (
                    fold_case(mm.group()) not in DIGIT_ONLY
                    or (
                        atom.form == "digits"
                        and len(gap.strip(" ")) == 0
                        and len(gap) <= 1
                        and _unit_case_ok(mm.group())
                    )
                ):
                    if RELATIVE_AFTER_RE.match(text[end + len(gap) + mm.end() :]) and not (
                        re.search(r"\bfor\s+$", before)
                    ):
                        continue  # "three days ago", "a few hours earlier": a time, not a count
                    measure = mm.group()
                    end += len(gap) + mm.end()
                elif re.match(r"-?[A-Za-z]", text[end : end + 2]):
                    continue  # "5G", "two-thirds", "one-off": glued to a word, not a count

        more = HEDGE_AFTER_RE.match(text[end:])
        after_kind = None
        if more:
            word = fold_case(more.group("more") or "")
            after_kind = {
                "more": "at_least",
                "so": "around",
                "fewer": "at_most",
                "less": "at_most",
            }.get(word, "at_least")
            end += more.end()

        count = unit is None and measure is None
        kind = hedge_kind if hedge_kind not in (None, "between", "exact") else after_kind
        if atom.vague:
            lo, hi = (low, None) if kind in ("above", "at_least") else (low, high)
        elif ranged:
            lo, hi = low, high
        else:
            lo, hi = bounds(kind, low, high, count) if kind else (low, high)
        exact = not (atom.vague or ranged or kind)

        if measure:
            dimension = MEASURES[fold_case(measure)][0]
            given = {
                "low": tidy(lo) if lo is not None else None,
                "high": tidy(hi) if hi is not None else None,
                "unit": measure,
            }
            base_lo = to_base(lo, measure)[0] if lo is not None else None
            base_hi, unit = to_base(hi, measure) if hi is not None else (None, None)
            if unit is None:
                unit = MEASURES[fold_case(measure)][1]
            lo, hi = base_lo, base_hi
            paren = PAREN_RE.match(text[end:])
            if paren:
                other = MEASURE_RE.fullmatch(paren.group("unit").strip())
                if other and MEASURES[fold_case(other.group())][0] == dimension:
                    end += paren.end()
        value: dict[str, Any] = {
            "low": tidy(lo) if lo is not None else None,
            "high": tidy(hi) if hi is not None else None,
            "unit": unit,
            "counted": None,
            "exact": exact,
            "hedge": hedge or (fold_case(more.group().strip()) if more else None),
        }
        if given:
            value["given"] = given
        if change_from is not None:
            value["from"] = change_from
        if atom.vague:
            value["vague"] = True
        k = _token_index(tokens, end)
        stop = min((s for s, _ in masked if s >= end), default=None)
        noun, noun_end = counted_after(tokens, k, stop)
        if measure and noun and k < len(tokens) and tokens[k].lower == "of":
            noun, noun_end = None, None
        value["counted"] = noun
        if unit is None and measure is None and PARTITIVE_RE.match(text[end:]):
            value["part_of"] = True  # a part of a group, not the group's size
        covered = end
        found.append(Quantity(start, max(end, noun_end or end), value, noun_end))
    return bounded_between(text, found)
