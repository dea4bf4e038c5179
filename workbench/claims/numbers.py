"""Numbers as journalists write them: digits, words, dozens and vague counts.

Each match is an atom with an interval (low == high when the text gives one number); the
quantity extractor adds hedges, ranges and units around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.claims.words import WORD_RUN, finditer_at, fold_case, wordset

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
SHORT_SCALES = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "t": 1_000_000_000_000,
}

# Counts that name a range rather than a number (low, high): conventional readings.
VAGUE = {
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999),
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "millions": (2_000_000, 9_999_999),
    "billions": (2_000_000_000, 9_999_999_999),
    "a handful": (2, 6),
    "a couple": (2, 3),
    "a few": (2, 5),
    "several": (3, 9),
}

_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
# "and" joins number words only after a scale: "two hundred and fifty", not "ten and fifteen".
_AFTER_SCALE = "(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion))"
_WORDNUM = (
    rf"(?:(?:a|an)\s+(?=(?:hundred|thousand|million|billion|trillion)\b))?"
    rf"(?:{_WORD})\b(?:(?:{_AFTER_SCALE}\s+and\s+|\s+|-)(?:{_WORD})\b)*"
)
DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3}){2,}(?![\d,.])"  # spaced thousands: "1 414 021"
    r"|\d+(?:\.\d+)?"
)
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion)"
_VAGUE = "|".join(re.escape(v) for v in sorted(VAGUE, key=len, reverse=True))
_DOZEN = rf"(?:(?:half\s+a|a|an|{_WORD}|\d+)[\s-]+)?dozen\b(?!s)"

_VSCALE = (
    r"(?:a\s+few|several|a\s+couple\s+of|some|many)\s+(?:hundred|thousand|million|billion)\b(?!s)"
)
_FRACTION_WORDS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}
_SMALL = "one|two|three|four|five|six|seven|eight|nine|a|an"
_HALF_SCALE = (
    rf"(?:(?:{_SMALL})\s+and\s+)?(?:a\s+)?half(?:\s+an?|\s+of\s+a)?[\s-]+"
    r"(?:dozen|hundred|thousand|million|billion|trillion)\b"
)
_WORD_FRACTION = rf"(?:{_SMALL})[\s-]+(?:{'|'.join(_FRACTION_WORDS)})\b"
_DIGIT_FRACTION = r"(?<![\w/])(?:\d+\s+)?\d{1,2}/\d{1,2}(?![\w/])"
ATOM_RE = re.compile(
    rf"(?P<halfscale>\b{_HALF_SCALE})"
    rf"|(?P<fraction>\b{_WORD_FRACTION}|{_DIGIT_FRACTION})"
    rf"|(?P<vscale>\b{_VSCALE})"
    rf"|(?P<vague>\b(?:{_VAGUE})\b)"
    rf"|(?P<dozen>\b{_DOZEN})"
    rf"|(?P<digits>(?<![\w.,])(?:{DIGITS})(?:\s+{_SCALE_WORD}\b(?:\s+{_SCALE_WORD}\b)?)?)"
    rf"|(?P<words>\b{_WORDNUM}(?:\s+{_SCALE_WORD}\b)?)",
    re.IGNORECASE,
)

# Every atom begins a word: one of these, or digits.
_FIRST_WORDS = frozenset([*UNITS, *TENS, *SCALES, *(v.split()[0] for v in VAGUE)]) | wordset(
    "a an half some many dozen"
)


@dataclass(frozen=True, slots=True)
class Atom:
    start: int
    end: int
    low: float
    high: float
    vague: bool
    form: str
    """'digits', 'words', 'dozen' or 'vague'."""

    @property
    def text_value(self) -> float:
        return self.low


def words_to_number(text: str) -> float | None:
    """'twenty-seven' -> 27, 'two hundred and fifty' -> 250, 'a million' -> 1e6."""
    total = 0
    current = 0
    seen = False
    for part in re.split(r"[\s-]+", fold_case(text)):
        if part in ("and", ""):
            continue
        if part in ("a", "an"):
            current = current or 1
            continue
        if part in UNITS:
            current += UNITS[part]
        elif part in TENS:
            current += TENS[part]
        elif part == "hundred":
            current = (current or 1) * 100
        elif part in SCALES:
            total += (current or 1) * SCALES[part]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def digits_to_number(text: str) -> float:
    """'1,200' -> 1200, '1.5 million' -> 1500000, '1 414 021' -> 1414021."""
    text = re.sub(r"(?<=\d)[ \u00a0\u202f](?=\d{3})", "", text)
    parts = text.split()
    value = float(parts[0].replace(",", ""))
    for scale in parts[1:]:
        value *= SCALES[fold_case(scale)]
    return value


def tidy(value: float) -> int | float:
    """An int when the value is whole, else a float rounded to 6 significant digits."""
    if value == int(value):
        return int(value)
    return float(f"{value:.6g}")


def _fraction(text: str) -> float | None:
    """ "2 1/2" -> 2.5, "3/4" -> 0.75, "two thirds" -> 0.667."""
    digits = re.fullmatch(r"(?:(\d+)\s+)?(\d{1,2})/(\d{1,2})", text)
    if digits:
        whole, num, den = digits.groups()
        if int(den) == 0 or int(num) >= int(den):
            return None  # "24/7", "9/11": not a fraction
        return int(whole or 0) + int(num) / int(den)
    head, tail = re.split(r"[\s-]+", fold_case(text))[:2]
    n = 1 if head in ("a", "an") else UNITS.get(head)
    return None if n is None else n / _FRACTION_WORDS[tail]


def parse_atom(match: re.Match[str]) -> Atom | None:
    text = match.group()
    form = match.lastgroup or ""
    if form == "halfscale":
        # "half a million" = 0.5 million; "one and a half million" = 1.5 million.
        words = fold_case(text).replace("-", " ").split()  # "a half-dozen"
        factor = 12 if words[-1] == "dozen" else SCALES[words[-1]]
        whole = UNITS.get(words[0], 1) if words[1:2] == ["and"] else 0
        value = (whole + 0.5) * factor
        return Atom(match.start(), match.end(), value, value, False, "words")
    if form == "fraction":
        value = _fraction(text)
        if value is None:
            return None
        return Atom(match.start(), match.end(), value, value, False, "fraction")
    if form == "vscale":
        # "a few hundred", "several thousand": a vague count of a scale.
        head, scale = fold_case(text).rsplit(None, 1)
        head = " ".join(head.split()).removesuffix(" of")
        low, high = VAGUE.get(head, (2, 9))
        factor = SCALES[scale]
        return Atom(match.start(), match.end(), low * factor, high * factor, True, "vague")
    if form == "vague":
        low, high = VAGUE[" ".join(fold_case(text).split())]
        return Atom(match.start(), match.end(), low, high, True, form)
    if form == "dozen":
        head = fold_case(text).rsplit("dozen", 1)[0].strip(" -")
        if not head or head in ("a", "an"):
            n = 1.0
        elif head.startswith("half"):
            n = 0.5
        elif head[0].isdigit():
            n = float(head)
        else:
            n = words_to_number(head) or 0
        if not n:
            return None
        return Atom(match.start(), match.end(), n * 12, n * 12, False, form)
    if form == "digits":
        value = digits_to_number(text)
        return Atom(match.start(), match.end(), value, value, False, form)
    value = words_to_number(text)
    if value is None:
        return None
    return Atom(match.start(), match.end(), value, value, False, "words")


def find_atoms(text: str) -> list[Atom]:
    atoms = []
    starts = [
        m.start()
        for m in WORD_RUN.finditer(fold_case(text))
        if m.group() in _FIRST_WORDS or m.group()[0].isdecimal()
    ]
    for match in finditer_at(ATOM_RE, text, starts):
        atom = parse_atom(match)
        if atom is not None:
            atoms.append(atom)
    return atoms


def looks_like_year(text: str) -> bool:
    """A bare four-digit number a news text would use as a year."""
    return bool(re.fullmatch(r"(1[5-9]\d\d|20\d\d)", text))
