"""How places relate: which contains which, which are named together, and at what level.

Two places answer "where?" as rivals only at one level: two towns, or two districts of a
town. A county against a town, a town against its state, a street against its district
contain or cross one another; and a name the text gives bare ("in Brainerd") is as often
a district as a town, so it says no level. The level of a name is what some source in the
corpus calls it: a noun around it ("the Eastfield district", "the city of Lorton"), a
container ("a district of Lorton"), a dateline (a town), the jurisdiction word in its own
name ("Cook County"), the street word that ends it ("Dodds Ave.").
"""

from __future__ import annotations

import re

from workbench.claims.number_forms import _STREET
from workbench.findings.claim_views import normalize_name, same_entity
from workbench.models import Claim

DISTRICT, SETTLEMENT, STREET, WIDE, SITE = "district", "settlement", "street", "wide", "site"
RIVAL_LEVELS = frozenset((DISTRICT, SETTLEMENT))
"""The levels at which two places can dispute where one event happened."""

_SETTLEMENTS = frozenset(("city", "town", "village", "township", "borough", "municipality"))
_DISTRICTS = frozenset(
    ("neighborhood", "neighbourhood", "district", "suburb", "quarter", "area", "slum")
) | frozenset(("shantytown", "barrio", "favela"))
_JURISDICTIONS = frozenset(
    ("county", "parish", "state", "province", "region", "governorate", "prefecture")
)
"""The claims' place nouns for areas wider than a town: in a name's own words ("Bexar
County Criminal District") they say the name is of that breadth, whatever noun follows."""

# A name that itself ends in a thoroughfare ("Dodds Ave.", "Chicago Street area") is a
# street, whatever noun the cue read after it: the claims' own street words.
_THOROUGHFARE = re.compile(rf"\b{_STREET}\.?$")


_FOLDED_THOROUGHFARE = re.compile(_THOROUGHFARE.pattern, re.IGNORECASE)


def is_street(name: str, folded: bool = False) -> bool:
    """A name ending in a street's word; `folded`: a lowercased name ("ella street")."""
    return (_FOLDED_THOROUGHFARE if folded else _THOROUGHFARE).search(name.strip()) is not None


def claim_level(claim: Claim) -> str | None:
    """The level one place claim gives its name, or None when it gives none (a bare name)."""
    name = str(claim.value.get("name") or claim.text).strip()
    if is_street(name):
        return STREET
    if any(w in _JURISDICTIONS for w in name.casefold().split()):
        return WIDE
    kind = claim.value.get("type")
    if kind in _DISTRICTS:
        return DISTRICT
    if kind in _SETTLEMENTS:
        return SETTLEMENT
    if kind in _JURISDICTIONS:
        return WIDE
    if kind is not None:
        return SITE  # a park, a base, a hospital, an agency: a thing, not an answer to where
    if claim.value.get("container"):
        return DISTRICT
    return SETTLEMENT if claim.value.get("dateline") else None


def place_level(claim: Claim) -> str | None:
    """How fine a place is by its own claim: a district (or a place told with its
    container), a settlement, "any" (a bare name: a town or a district, whichever the other
    is), or None (a county, a street, a building, an agency: each contains or names other
    things than the event's town, so it disputes none)."""
    level = claim_level(claim)
    if level == STREET:
        return None
    if level == DISTRICT or claim.value.get("container"):
        return DISTRICT
    if level is None:
        return "any"
    return level if level == SETTLEMENT else None


def named_beside(claim: Claim, other: str) -> bool:
    """The claim's own sentence names the other place too ("the area of Mill and Harbor
    streets", "in Northgate, a few blocks from Riverbend"): its source sees both as one
    scene's (a corner, a neighbourhood and its city), so the two are no rivals, even when
    only one was read as a place."""
    name = other.strip()
    return bool(name) and re.search(rf"\b{re.escape(name)}\b", claim.sentence or "") is not None


class Places:
    """What the corpus says about how places relate: containment, co-mention and level.

    Learned from the claims themselves: an extractor's `container` ("Vaulx, a
    district of Lyon"), a source naming two places for the same event,
    which that source at least does not see as a contradiction, and the level each
    source gives a name (`claim_level`).
    """

    def __init__(self) -> None:
        self.parents: dict[str, set[str]] = {}
        self.together: set[frozenset[str]] = set()
        self.levels: dict[str, set[str]] = {}
        """Each name's levels, as the sources that gave it one did."""

    @staticmethod
    def key(name: str) -> str:
        return normalize_name(name)

    def add_container(self, name: str, container: str) -> None:
        self.parents.setdefault(self.key(name), set()).add(self.key(container))

    def add_level(self, name: str, level: str | None) -> None:
        if level is not None:
            self.levels.setdefault(self.key(name), set()).add(level)

    def one_level(self, a: str, b: str) -> bool:
        """Two names some source put at one rival level (two towns, two districts), neither
        ever put at a level that contains or crosses the other's (a county, a street). A
        site's noun (a town called "X Park", "the Lorton airbase") says nothing either way."""
        levels_a = self.levels.get(self.key(a), set())
        levels_b = self.levels.get(self.key(b), set())
        if (levels_a | levels_b) & {STREET, WIDE}:
            return False
        return bool(levels_a & levels_b & RIVAL_LEVELS)

    def add_together(self, names: list[str]) -> None:
        keys = sorted({self.key(n) for n in names})
        for i, x in enumerate(keys):
            for y in keys[i + 1 :]:
                self.together.add(frozenset((x, y)))

    def contains(self, outer: str, inner: str) -> bool:
        """True when `inner` lies within `outer`, following the chain of containers."""
        target, seen = self.key(outer), set()
        stack = [self.key(inner)]
        while stack:
            current = stack.pop()
            for parent in self.parents.get(current, ()):
                if parent == target or same_entity(parent, target):
                    return True
                if parent not in seen:
                    seen.add(parent)
                    stack.append(parent)
        return False

    def is_container(self, name: str) -> bool:
        """Named as containing some other place: a coarser answer, not a rival one."""
        key = self.key(name)
        return any(key in parents for parents in self.parents.values())

    def named_together(self, a: str, b: str) -> bool:
        return frozenset((self.key(a), self.key(b))) in self.together
