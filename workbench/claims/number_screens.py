"""Numbers that are no claim, told by the characters around them: "Boeing 737", "No. 5",
"the 4th", "Feb. 27", "2:40", "injured.[1]", "a 3-year-old", "ages 14 and 11", "Gage
Smith, 23.", "not one", a bare "one" before no countable noun. `quantities.py` asks this
first of every number atom; what the parse shows ("a 911 call", "shot three times") is
`no_count.py`'s."""

from __future__ import annotations

import re

from workbench.claims.hedges import HEDGES
from workbench.claims.numbers import Atom
from workbench.claims.roles import HARM_ROLES
from workbench.claims.units import MEASURE_RE
from workbench.claims.words import DETERMINERS, MONTHS, Token, fold_case, wordset

ORDINAL_RE = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
AGE_AFTER_RE = re.compile(
    r"^(?:[\s-]+(?:years?|yrs?|months?|weeks?|days?)[\s-]+old\b|-year\b)", re.IGNORECASE
)
AGE_BEFORE_RE = re.compile(
    r"\b(?:aged|ages?(?:\s+of)?)\s+(?:\d{1,3}\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|to\s+|through\s+))*$",
    re.IGNORECASE,
)
"""An age named as such, first or later in a list ("ages 14, 11, 7 and 3")."""
NAME_COMMA_RE = re.compile(r"\b[A-Z][\w'’.-]*,\s*$")
APPOSITION_END_RE = re.compile(r"\s*(?:[;)]|and\b|&|\.?\s*$)")
"""After a name and its comma, what ends an age ("Lindsay, 24 and Duncan, 23.")."""
# A day of the month ("Feb. 27", "Feb. 27-28") even where the date pattern did not take it.
MONTH_DAY_BEFORE_RE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(?:\d{1,2}\s*[-–]\s*)?$"
)
NUMBER_NAME_RE = re.compile(r"(?:\bNo\.?|\bnumber|#|\bNos\.?)\s*$", re.IGNORECASE)
# Singular nouns after a bare "one" that make it a count worth checking.
ONE_NOUNS = wordset(
    "person man woman child boy girl baby soldier officer policeman policewoman civilian "
    "protester demonstrator student worker journalist reporter victim patient passenger "
    "resident death fatality casualty suspect firefighter miner migrant refugee prisoner "
    "hostage player goal vote seat house home building vehicle car truck bus aircraft "
    "plane helicopter ship boat tank"
)
_MONTHS = frozenset(m.capitalize() for m in MONTHS) | wordset(
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
)


def screened_out(text: str, atom: Atom, tokens: list[Token]) -> bool:
    """Whether the number is no claim by what is written around it: a name's number, an
    ordinal, a time or a day of the month, an age, a "not one", a bare "one" before no noun
    worth counting."""
    before, after_text = text[: atom.start], text[atom.end :]
    prev_char = before[-1:] if before else ""
    if atom.form == "digits":
        if (prev_char and prev_char in "#/:") or (prev_char == "-" and before[-2:-1].isalpha()):
            return True
        if prev_char == "[" and after_text[:1] == "]" and before[-2:-1].strip():
            return True  # a reference mark glued to its word: "were injured.[1]"
        if after_text[:1] in (":", "/") and after_text[1:2].isdigit():
            return True
        if ORDINAL_RE.match(after_text):
            return True
        if _is_name_number(text, atom, tokens):
            return True
        if atom.high <= 31 and MONTH_DAY_BEFORE_RE.search(before):
            return True
    if AGE_AFTER_RE.match(after_text) or AGE_BEFORE_RE.search(before):
        return True
    if (
        atom.form == "digits"
        and atom.high < 130
        and re.search(r"\w,\s*$", before)
        and re.match(r"\s*,", after_text)
    ):
        return True  # "The president, 64, is ...": an age in apposition
    if (
        atom.form == "digits"
        and atom.high < 130
        and NAME_COMMA_RE.search(before)
        and APPOSITION_END_RE.match(after_text)
    ):
        return True  # "the death of Gage Smith, 23.", "Lindsay, 24 and Duncan, 23"
    if atom.form == "words" and re.search(r"\bnot\s+$", before, re.IGNORECASE):
        return True  # "not one person was hurt": a zero (claims/word_counts.py)
    if atom.form == "words" and fold_case(text[atom.start : atom.end]) == "one":
        nxt = re.match(r"\s+([a-z]+)(?:\s+([a-z]+))?", after_text)
        words = [w for w in (nxt.groups() if nxt else ()) if w]
        if not any(w in ONE_NOUNS or MEASURE_RE.fullmatch(w) for w in words):
            return not _one_in_a_state(before, after_text)
    return False


CLAUSE_START_RE = re.compile(r"(?:^|[,;:—–]\s*|\b(?:and|while)\s+)$", re.IGNORECASE)
STATE_AFTER_RE = re.compile(
    r"\s+([a-z]+)(?=\s*(?:[,;:.!?—–]|$)|\s+(?:in|at|on|after|near|outside|inside|during)\b)",
    re.IGNORECASE,
)
"""A word with only an end, a stop or a place's preposition after it: said, not a noun's
modifier ("One shot at Kimball High", not "one shot rang out")."""


def _one_in_a_state(before: str, after: str) -> bool:
    """ "One killed, two hurt", "One shot at high school": a bare "one" opening a clause,
    with a harm state written right after it, counts (as "Two shot" does)."""
    from workbench.claims import roles as roles_data

    m = STATE_AFTER_RE.match(after)
    if m is None or not CLAUSE_START_RE.search(before):
        return False
    return roles_data.default().states.get(m.group(1).casefold()) in HARM_ROLES


def token_index(tokens: list[Token], offset: int) -> int:
    """The first token at or after offset (the end when none is)."""
    for k, tok in enumerate(tokens):
        if tok.start >= offset:
            return k
    return len(tokens)


def _is_name_number(text: str, atom: Atom, tokens: list[Token]) -> bool:
    """'Boeing 737', 'Article 5', 'CC BY-SA 1.0': a number right after a capitalised word."""
    if NUMBER_NAME_RE.search(text[: atom.start]):
        return True
    k = token_index(tokens, atom.start)
    if k == 0:
        return False
    prev = tokens[k - 1]
    if prev.end != atom.start - 1 or not prev.is_word or not prev.is_cap:
        return False
    if k - 1 == 0 and fold_case(prev.text) in HEDGES:
        return False
    if prev.text in _MONTHS or fold_case(prev.text) in HEDGES:
        return False
    if fold_case(prev.text) in DETERMINERS:
        return False
    if prev.text.endswith(("'s", "’s")):
        return False
    # Sentence-initial ordinary words ("Only 5 ...") are not names.
    return not (k - 1 == 0 and fold_case(prev.text) in ("only", "just", "some", "all"))
