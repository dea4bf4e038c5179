"""The streets a sentence places something on, as place claims.

A street is a place, never a count: "shot on Clarke Boulevard", "in the 4200 block of Elm
Drive", "at 212 Oak St.", "near Pine Ln. and Maple Way". The place nouns of `place_cues`
read a street whose word is a common place noun ("Hearne Avenue", "Smith Road"); the other
street words a reporter writes (`number_forms._STREET`: Boulevard, Drive, Lane, Way, the
abbreviations St., Ave., Blvd., Dr.) are read here, by their shape: a capitalised name, a
capitalised street word after it and nothing capitalised on after that ("Elm Street
Elementary", "East St. Louis" are no streets). The words a name of a court, a square or
a trail ends with as often (Court, Place, Way, Circle, Trail, Terrace) are a street only
after "on" or in an address (a house number, "block of"); the others after any locating
word too ("at", "near", "along", "off", "of the intersection of").

Grouping reads these streets (`stories.streets`: two reports of one city's day on other
streets are two events), and the finder's place levels read them as streets, never a
rival of a town. A street weighs little for the event's place (`place_weights.SPOT`).
"""

from __future__ import annotations

import re

from workbench.claims.number_forms import _STREET
from workbench.claims.place_cues import NOT_PLACE, WHEN

_AMBIGUOUS = r"(?:Court|Ct|Place|Pl|Way|Circle|Trail|Terrace)"
"""Street words that end other names as often ("Superior Court", "Times Square Place")."""
_NAME_WORD = r"(?:[A-Z][\w’'-]*|\d+(?:st|nd|rd|th))"
"""A word of a street's name: capitalised, or an ordinal ("18th Street")."""
_BEARING = r"(?:(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|[NSEW])\.?\s+)"
"""A bearing before the name ("North Taylor Avenue", "N. Larch Ave.")."""
_ADDRESS = r"(?:\b(?i:block)\s+of\s+|\b\d+[A-Z]?\s+)"
"""A block or a house number before the name: the name is a street, whatever its word."""
_LOCATING = r"(?:\b(?:on|at|along|near|off|onto|outside|of|and|&)\s+)"
STREET_RE = re.compile(
    rf"(?P<cue>{_ADDRESS}|\b(?P<on>on)\s+|{_LOCATING})(?:the\s+)?"
    rf"(?P<name>{_BEARING}?(?:{_NAME_WORD}\s+){{1,3}}?(?P<word>{_STREET})\b\.?)"
    r"(?![’']s\b|-\w|\s+\d)"
)
"""A cued street: its cue, then its name and street word, not read on into a longer name
nor a number ("County Road 12" is a numbered road, as "Route 66" is)."""


STREET_WORD = re.compile(rf"(?!{_AMBIGUOUS}\b){_STREET}\.?")
"""A word that makes a name a street's as written ("Blvd.", "Drive"), case and all; not
one that ends a court's or a square's name as often ("34th District Court")."""
_NEXT_WORD = re.compile(r"\s*([A-Z][\w’'-]*)")


def _named_on(text: str, end: int) -> bool:
    """A capitalised word right after the street's word, no day's nor month's: a longer
    name ("Elm Street Elementary", "East St. Louis", "Main St. Tuesday" is the street)."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).rstrip(".") not in WHEN


def find_streets(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, cue) of each street the sentence names by its shape: the cue
    says what told it ("on", "address", or the locating word)."""
    found = []
    for m in STREET_RE.finditer(text):
        name = m.group("name").rstrip()
        start, word = m.start("name"), m.group("word")
        first = name.split()[0].rstrip(".")
        if first in NOT_PLACE or first in WHEN or _named_on(text, m.end()):
            continue
        address = not (m.group("on") or re.fullmatch(_LOCATING, m.group("cue")))
        if re.fullmatch(_AMBIGUOUS, word) and not (address or m.group("on")):
            continue  # "at the county's Superior Court": a court's name
        cue = "address" if address else m.group("cue").split()[0].casefold()
        name = name.rstrip(".")
        found.append((start, start + len(name), name, cue))
    return found
