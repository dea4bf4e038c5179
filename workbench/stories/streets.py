"""The streets an article places its event on, and whether two reports of one city's day
place theirs on other streets: two shootings of one city the same day, told in one
outlet's template, share the day, the city and most words; their streets differ.

Kept apart from `event_record` (the facts) and `weighing` (the rules that ask this): reading
a street's name and telling two names of one street apart is one concern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

from workbench.claims.number_forms import _STREET
from workbench.models import Claim
from workbench.stories.event_record import EventFacts, telling
from workbench.vocabulary import fold

_ENDS_IN_STREET = re.compile(rf"\b{_STREET}\.?$", re.IGNORECASE)
"""A name ending in one of the claims' own street words ("Harrison Street", "Dodds Ave.")."""
_BARE = re.compile(rf"\s+{_STREET}\.?$|^(?:the\s+)?(?:\d[\d,]*\s+)?(?:block\s+of\s+)?", re.I)
"""What a street's name says besides the street: its street word, a house number, a block."""
_BEARING = re.compile(r"^(?:north|south|east|west|[nsew])\.?\s+", re.IGNORECASE)
"""A bearing before the name ("North Taylor Street"): one report gives it, another not."""
_ALIKE = 90
"""Two names this alike (rapidfuzz ratio) are one street spelled two ways."""


def street_names(claims: Iterable[Claim]) -> frozenset[str]:
    """The streets the text's place claims name (a name ending in a street word), each
    reduced to its bare name ("harrison"); not a place someone was taken to (a
    hospital's street is no scene)."""
    found = set()
    for claim in claims:
        if claim.kind != "place" or claim.headline or claim.value.get("destination"):
            continue
        name = str(claim.value.get("name") or claim.text)
        if _ENDS_IN_STREET.search(name) and (bare := _bare(name)):
            found.add(bare)
    return frozenset(found)


def _bare(name: str) -> str:
    """The street's own name, folded, without its street word, number, block or bearing
    ("the 1200 block of N. Taylor St." -> "taylor"): one place however it is written."""
    text = " ".join(fold(name).replace(".", " ").replace("-", " ").split())
    text = _BARE.sub("", text)
    return _BEARING.sub("", text).strip()


def one_street(a: str, b: str) -> bool:
    """Whether two bare street names are one street: the same, one's words within the
    other's ("martin luther king" and "martin luther king jr"), or spelled alike."""
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa or fuzz.ratio(a, b) >= _ALIKE


def a_street_in_common(mine: EventFacts, other: EventFacts) -> bool:
    """Whether the two name one street: the scene, told more closely than a quarter is
    (one report reads the quarter from a landmark or a cross street, "Ute", another
    gives the city's side, "East Lubbock"; both name "E. 30th St.")."""
    return any(one_street(a, b) for a in mine.streets for b in other.streets)


def other_streets(mine: EventFacts, other: EventFacts) -> bool:
    """Whether two reports place their events on other streets of one city: both name
    streets, no street of one is a street of the other (a report naming both scenes, or
    a street and its cross street where the other names either, is one place), both
    place their events in one city (neither in a quarter or a site the other names),
    and they count none of the same victims (an age, a toll of two or more: one
    event's two streets, its scene and where a victim fell, are told with its one
    toll)."""
    if not (mine.streets and other.streets and mine.same_place(other)):
        return False
    if mine.place != other.place and (mine.place in other.named or other.place in mine.named):
        return False  # the quarter or the site one places it in, the other names: one scene
    if any(telling(f) for f in mine.harmed & other.harmed):
        return False
    return not any(one_street(a, b) for a in mine.streets for b in other.streets)


def on_other_streets(mine: EventFacts, told: Sequence[EventFacts]) -> bool:
    """Whether this article and every article of the story that names a street place
    their events on other streets of their city (`other_streets`), one article at least."""
    placed = [o for o in told if o.streets]
    return bool(placed) and all(other_streets(mine, o) for o in placed)


def recalls_the_scene(mine: EventFacts, told: Sequence[EventFacts]) -> bool:
    """Whether this article tells another article's event day among its days, not as its
    own, at that article's place and on a street of it: a later report (the death of a
    victim weeks on, the arrests) dates itself by its own day and recalls when and where
    the event happened ("the Nov. 2 shooting on Bragg Street"), so another day told is
    its own news, not another event's."""
    if not (mine.day and mine.streets):
        return False
    return any(
        other.day
        and other.day != mine.day
        and other.day in mine.dated
        and mine.same_place(other)
        and a_street_in_common(mine, other)
        for other in told
    )
