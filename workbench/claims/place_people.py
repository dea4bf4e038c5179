"""The names an article uses for people, and the towns it gives them as homes.

A place claim's name may be a person's ("Lindsay, 24", "Officer Jane Ruiz") or a victim's
hometown ("a Tampa resident"): neither is where the event happened, so `event_place` weighs
them down. Also the one key a place's spellings share ("Bexar", "Bexar County").
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench import vocabulary
from workbench.claims.datelines import SPELLED
from workbench.claims.words import PREPOSITIONS, TITLES

_NAME = r"[A-Z][a-z’'-]+"
_AGED = re.compile(
    rf"\b({_NAME}(?:\s+{_NAME}){{0,3}}),\s+(?:age\s+)?\d{{1,2}}\b(?![\d,.]\d|[-‐–]\s*year)"
)
"""A name and an age ("Lindsay, 24"); not a place before an age that opens a person's noun
phrase ("Teen shot in Homestead, 15-year-old charged": the age is the next clause's)."""
_TITLED = re.compile(rf"\b([A-Z][a-z]{{1,11}})\.?\s+((?:{_NAME}\s+){{0,2}}{_NAME})")
_SAID = re.compile(rf"\b({_NAME})\s+(?:said|says|told)\b")


def place_key(name: str) -> str:
    """One key for "Bexar", "Bexar County" and "Orlando Police"; and for "Mt. Washington"
    and "Mount Washington" (a dateline's spelling, `datelines.SPELLED`)."""
    words = [SPELLED.get(w, w).casefold() for w in name.casefold().replace("’", "'").split()]
    while len(words) > 1 and words[-1] in ("county", "police", "fire", "sheriff", "department"):
        words.pop()
    return " ".join(words)


def people_names(sentences: set[str]) -> set[str]:
    """Words the article uses as people's names: a name with an age ("Lindsay, 24"),
    after a title ("Officer Jane Ruiz"), or saying something ("Mina said")."""
    names: set[str] = set()
    for text in sentences:
        names |= _sentence_people(text)
    return names


@lru_cache(maxsize=4096)
def _sentence_people(text: str) -> frozenset[str]:
    """One sentence's people's names: kept per sentence, since an article's place is voted
    three times (its claims', its title's dating, grouping's facts) over the same
    sentences."""
    names: set[str] = set()
    for m in _AGED.finditer(text):
        names.update(w.casefold() for w in m.group(1).split())
    for m in _TITLED.finditer(text):
        if m.group(1).casefold() in TITLES:
            names.update(w.casefold() for w in m.group(2).split())
    for m in _SAID.finditer(text):
        before = text[: m.start()].split()[-1:]
        if not before or before[0].casefold() not in PREPOSITIONS:  # "a church in X said"
            names.add(m.group(1).casefold())
    return frozenset(names)


def hometowns(names: set[str], sentences: set[str]) -> set[str]:
    """Names used before a noun of persons: "a Tampa resident", "a Berlin Heights boy"."""
    vocab = vocabulary.default()
    found = set()
    for name in names:
        for text in sentences:
            m = _word_after(name, text)
            if m and (vocab.counted_class(m.group(1)) == "persons" or vocab.role(m.group(1))):
                found.add(place_key(name))
                break
    return found


_EDGE = re.compile(r"\b")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _word_after(name: str, text: str) -> re.Match[str] | None:
    """What `\\bNAME\\s+([a-z]+)\\b` would find (the first place the name stands as a word
    with a lower-case word after it), with no pattern compiled per name: one per name
    was some 3,400 compilations per 1,000 articles, past the `re` module's cache."""
    at = text.find(name)
    while at != -1:
        if _EDGE.match(text, at):
            m = _NEXT_WORD.match(text, at + len(name))
            if m is not None:
                return m
        at = text.find(name, at + 1)
    return None
