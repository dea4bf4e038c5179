"""How strongly one place mention votes for the event's place, by the kind of mention.

A town after "in" names where it happened more often than a venue after "at", an agency
names its jurisdiction, a dateline the office that filed the report, and a hospital or a
destination after "taken to" never the scene. `event_place` weighs every mention by these
levels and weights; grouping's titles read the states and the scene screen from here too.
"""

from __future__ import annotations

from workbench.claims.place_cues import NEAR_OF
from workbench.claims.words import wordset
from workbench.models import Claim

TOWN_CUES = (
    wordset("in near outside inside across throughout through around into over toward towards")
    | {
        "as far as",
        "as far away as",
    }
    | NEAR_OF
)
_TOWNS = frozenset((None, "city", "town", "village", "township", "borough", "municipality"))
AREAS = frozenset(
    ("neighborhood", "district", "suburb", "area", "quarter", "valley", "island", "beach")
)
"""Named areas a town or a county holds ("Mead Valley", "Drummond Island", "Palm Beach"):
places of their own, finer than a dateline's town."""
_WIDE = frozenset(("county", "parish", "state", "borough", "township"))
"""Jurisdictions wider than a town, by the last word of an agency's name."""
_NOWHERE = frozenset(("hospital", "jail", "prison", "court", "station", "county jail"))
"""Where victims are taken and suspects held: never where it happened."""

US_STATES = wordset(
    "alabama alaska arizona arkansas california colorado connecticut delaware florida "
    "georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland "
    "massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio "
    "oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming"
) | {
    "new hampshire", "new jersey", "new mexico", "new york state", "north carolina",
    "north dakota", "south carolina", "south dakota", "west virginia", "rhode island",
    "washington state",
}  # fmt: skip
"""The states of the Union: a state contains its towns, as a county does ("shot in
Louisiana" and "the Marksville shooting" name one place at two levels). New York and
Washington are cities too, so only "New York State" and "Washington State" are states."""

# Weights: how often a mention of each kind names the event's place.
TOWN, JURISDICTION, SPOT, HOMETOWN_FACTOR, HARM_FACTOR = 2.0, 1.5, 0.5, 0.75, 1.5
DATELINE, MOTION, REPEAT_FACTOR, WITHIN = 2.5, 0.3, 0.25, 1.0
SCENE = 1.5
NESTING = 0.5
"""A county contains its towns: a town named at least this share as strongly as the county
that wins is the place, the county its container."""


def never_the_scene(value: dict) -> bool:
    """Whether a place claim's value names where victims were taken or suspects held (a
    hospital, a jail, a destination after "taken to"): never where the event happened."""
    kind = value.get("type")
    return bool(value.get("destination")) or bool(kind and kind.split()[-1] in _NOWHERE)


def mention_level(claim: Claim) -> tuple[float, str]:
    """(weight, level) of one mention; level 'town', 'jurisdiction' or 'spot'."""
    value = claim.value
    kind, cue = value.get("type"), value.get("cue")
    kind = kind.split()[-1] if kind and kind.split()[-1] in _NOWHERE | AREAS else kind
    if value.get("destination") or kind in _NOWHERE:
        return 0.0, "spot"
    if value.get("dateline"):
        return DATELINE, "jurisdiction" if kind == "county" else "town"
    if value.get("within"):
        return WITHIN, "town"  # "District Court in Romulus": where a named thing is
    if cue == "agency":
        return JURISDICTION, "jurisdiction"
    if cue == "owner":
        return TOWN, "town"
    if kind == "county" or (kind or "").startswith("county "):
        return JURISDICTION, "jurisdiction"  # "at a DeKalb County park": in the county
    if kind in AREAS:
        return JURISDICTION, "spot"
    if cue == "motion":
        return MOTION, "town"
    if cue == "scene" and kind is None:
        return SCENE, "town"  # "the Orlando shooting"
    if kind in _TOWNS and (kind is not None or cue in TOWN_CUES or cue is None):
        return TOWN, "town"  # "the town of Lingle", "in Lingle"
    return SPOT, "spot"


def a_state(claim: Claim) -> bool:
    """A mention that names a state of the Union ("in Louisiana")."""
    return (claim.value.get("name") or "").casefold() in US_STATES


def located_by_words(claim: Claim) -> bool:
    """A place the sentence's own words locate (after "in", "at", "near", a place noun),
    not an agency or a dateline that only share the sentence."""
    return claim.value.get("cue") != "agency" and not claim.value.get("dateline")


def within_county(weight: float, claim: Claim, level: str) -> bool:
    """A mention of what a county contains: a town, a named area ("Mead Valley"), or a
    town's agency ("Toledo police"; "Lucas County sheriff" is the county's own)."""
    if level == "town" or (level == "spot" and weight >= JURISDICTION):
        return True
    words = (claim.value.get("name") or "").split()
    return claim.value.get("cue") == "agency" and bool(words) and words[-1].casefold() not in _WIDE


def town_rank(best: tuple[float, Claim, str]) -> int:
    """How surely a mention names a town that may contain the event's spot: a town, or a
    town's own agency ("Chicago Police", never a county's or a state's), over a wider
    jurisdiction, over a place someone went to ("taken to X Medical Center")."""
    weight, claim, level = best
    if claim.value.get("cue") == "motion":
        return 0
    town_agency = claim.value.get("cue") == "agency" and within_county(weight, claim, level)
    return 2 if level == "town" or town_agency else 1
