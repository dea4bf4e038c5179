"""Abbreviations a full stop follows without ending a sentence ("Sgt.", "St.", "U.S.").

The sentence splitter's knowledge, kept apart so that the claims' readers (a speaker's
name after "according to", a place's name) use the same without importing the ingest
package.
"""

from __future__ import annotations

import re


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Never end a sentence: a name or number always follows. With the police and military
# ranks news abbreviates before a name (the AP stylebook's: "Det.", "Cpl.", "Pfc.").
TITLES = _set(
    "mr mrs ms mx dr prof gen lt col maj capt cpt sgt cmdr adm gov sen rep pres rev fr "
    "hon amb supt insp messrs mmes mme mlle sra srta dra "
    "det cpl pfc pvt spc ofc tpr dep atty"
)
NAME_PREFIXES = _set("ste ft mt")
"""Abbreviated words a place's name opens with or holds (Sainte, Fort, Mount: "Sault Ste.
Marie", "Ft. Worth", "Mt. Vernon"): written capitalised before a capitalised word they
never end a sentence. "St." (Saint) is one too, but also a street's word that ends one
("on Main St. The"), so it stays `AMBIGUOUS`."""
PLACE_PREFIXES = NAME_PREFIXES | {"st"}
"""Every abbreviation a place's name may open with or hold: a name never ends on one."""
# May end a sentence, but usually do not: split only before a typical sentence opener.
AMBIGUOUS = _set(
    "jan feb mar apr jun jul aug sep sept oct nov dec inc co corp ltd llc plc bros jr etc "
    "vs approx est dept univ govt a.m p.m am pm sr st no nos vol fig pp art para"
)
OPENERS = _set(
    "the a an he she it they we i you his her its their our this that these those there "
    "but and so yet in on at as after before when while if however meanwhile then some "
    "many most all one two three several no none both each what why how who where"
)
OPEN_CHARS = "\"'“‘([«¿¡"
"""What may open a sentence before its first word."""


def abbreviation_stop(text: str, at: int) -> bool:
    """Is the full stop at `at` an abbreviation's that the splitter would not end a sentence
    at ("Sgt. Danielle Newman", "St. Louis", "J. Gombar")? Lets a later stage read a name
    across it with the splitter's own knowledge, not a list of its own."""
    if text[at : at + 1] != "." or text[at + 1 : at + 2] == ".":
        return False
    nxt = text[at + 1 : at + 41].lstrip().lstrip(OPEN_CHARS)
    if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
        return False
    return not ends_here(text[max(0, at - 60) : at], ".", nxt)


def ends_here(before: str, terminator: str, nxt: str) -> bool:
    """Whether a candidate end (`terminator`) after the text `before` ends a sentence when
    `nxt` follows."""
    if not terminator.startswith(".") or terminator.startswith(".."):
        return True
    token = before.rsplit(None, 1)[-1] if before.strip() else ""
    written = token.lstrip(OPEN_CHARS)
    token = written.lower()
    if token in TITLES or (token in NAME_PREFIXES and written[:1].isupper()):
        return False
    next_word = re.match(r"[\w']+", nxt)
    opener = bool(next_word) and next_word.group(0).lower() in OPENERS
    dotted = re.fullmatch(r"(?:\w\.)+\w", token) is not None
    if token in AMBIGUOUS or dotted or (len(token) == 1 and token.isalpha()):
        return opener
    return True
