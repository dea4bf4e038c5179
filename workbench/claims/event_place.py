"""Where the event happened, weighed over every place an article names.

A report names many places: the town where it happened, the dateline of the office that
filed it, the police that handle it, a street, the hospital the victims were taken to,
the hometown of a victim, a court. Each mention votes for its name with a weight that
says how often that kind of mention is the event's place (a town after "in" more than a
venue after "at", a hospital or a destination after "taken to" not at all), counted
double in a sentence that counts the victims or tells where it happened ("The shooting
happened ... in Marksville"; not an agency that shares it). The name with most votes is
the event's place; a street, venue or neighbourhood is given inside the town or the jurisdiction
the article names ("East Flatbush" in "Brooklyn"), so the two read as one nested place.
A name the article uses for a person ("Lindsay, 24") is not a place, and a dateline that
names a victim's home ("TAMPA - A Tampa resident was shot in Orlando") weighs less: a
local paper reports its own people's misfortunes elsewhere. A dateline is not part of the
sentence it heads, so the town that sentence gives the event outweighs it, and the
dateline becomes the wider place. A county or a state contains its towns and areas: when one
wins and a town or an area ("Mead Valley") is named at least half as strongly, that is the
place and the county or state its container. A town after a named thing ("34th District Court in
Romulus") says where that thing is, so it weighs less, but it contains that thing when the
thing is the place. A station's tagline town ("... - Memphis, Tennessee", `title_event`)
never votes: it contains a place the article gives with no town ("Berclair"), and is the
place when the article names none. The town a local outlet is named after
("baltimoresun.com", `outlet_town`) contains such a place too, trusted below the dateline
the report writes itself and above the tagline (the outlet's address is the paper's own
town; a station's tagline names the market it covers, often a region of many towns).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from workbench.claims.city_anaphora import city_mentions
from workbench.claims.place_containment import as_named, inside, nearest_container
from workbench.claims.place_cues import NEAR_OF
from workbench.claims.place_names import ordinary_word
from workbench.claims.place_people import hometowns, people_names, place_key
from workbench.claims.sequels import place_of_arrest
from workbench.claims.words import wordset
from workbench.models import Claim

_TOWN_CUES = (
    wordset("in near outside inside across throughout through around into over toward towards")
    | {
        "as far as",
        "as far away as",
    }
    | NEAR_OF
)
_TOWNS = frozenset((None, "city", "town", "village", "township", "borough", "municipality"))
_AREAS = frozenset(("neighborhood", "district", "suburb", "area", "quarter", "valley"))
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


def _level(claim: Claim) -> tuple[float, str]:
    """(weight, level) of one mention; level 'town', 'jurisdiction' or 'spot'."""
    value = claim.value
    kind, cue = value.get("type"), value.get("cue")
    kind = kind.split()[-1] if kind and kind.split()[-1] in _NOWHERE | _AREAS else kind
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
    if kind == "county":
        return JURISDICTION, "jurisdiction"
    if kind in _AREAS:
        return JURISDICTION, "spot"
    if cue == "motion":
        return MOTION, "town"
    if cue == "scene" and kind is None:
        return SCENE, "town"  # "the Orlando shooting"
    if kind in _TOWNS and (kind is not None or cue in _TOWN_CUES or cue is None):
        return TOWN, "town"  # "the town of Lingle", "in Lingle"
    return SPOT, "spot"


def _a_state(claim: Claim) -> bool:
    """A mention that names a state of the Union ("in Louisiana")."""
    return (claim.value.get("name") or "").casefold() in US_STATES


def _located_by_words(claim: Claim) -> bool:
    """A place the sentence's own words locate (after "in", "at", "near", a place noun),
    not an agency or a dateline that only share the sentence."""
    return claim.value.get("cue") != "agency" and not claim.value.get("dateline")


def _within_county(weight: float, claim: Claim, level: str) -> bool:
    """A mention of what a county contains: a town, a named area ("Mead Valley"), or a
    town's agency ("Toledo police"; "Lucas County sheriff" is the county's own)."""
    if level == "town" or (level == "spot" and weight >= JURISDICTION):
        return True
    words = (claim.value.get("name") or "").split()
    return claim.value.get("cue") == "agency" and bool(words) and words[-1].casefold() not in _WIDE


def _area_told_with_harm(best: tuple[float, Claim, str], harm: set[int]) -> bool:
    """A named area ("Mead Valley", "the Union Area") in a sentence that counts victims."""
    _, claim, level = best
    kind = (claim.value.get("type") or "").split()[-1:]
    area = level == "spot" and bool(kind) and kind[0] in _AREAS and claim.sentence_id in harm
    return area and not _names_on(claim)


_NAME_ON = re.compile(r"\s+[A-Z]")


def _names_on(claim: Claim) -> bool:
    """The mention's place noun heads a longer name written on after it ("the Allegheny
    County District Attorney", "Valley Medical Center"): an office, not an area. Not in a
    title, whose Title Case capitalises every word ("In Strip District Shooting")."""
    if claim.value.get("title"):
        return False
    at = claim.sentence.find(claim.text)
    return at >= 0 and _NAME_ON.match(claim.sentence, at + len(claim.text)) is not None


def _written_in(claim: Claim) -> str | None:
    """The place a mention says contains it: by a possessive ("Seattle’s Capitol Hill")
    or after a comma ("East Flatbush, Brooklyn", `places`)."""
    return claim.value.get("container") or claim.value.get("written_in")


def _written_inside(
    winner: str, best: dict[str, tuple[float, Claim, str]], mentions: dict[str, list[Claim]]
) -> list[str]:
    """The places one of whose mentions is written inside the winner ("East Flatbush,
    Brooklyn", "Seattle’s Capitol Hill") and named at least NESTING as strongly."""
    floor = NESTING * best[winner][0]
    return [
        k
        for k, told in mentions.items()
        if k != winner
        and best[k][0] >= floor
        and any(place_key(_written_in(m) or "") == winner for m in told)
    ]


def _nested(inner: Claim, outer: Claim) -> bool:
    """`outer` is the town written right after `inner` ("Harry Maze Playground in
    Brooklyn", "Eastwood Street in Detroit"): the town the place is in."""
    return (
        bool(outer.value.get("within"))
        and outer.sentence_id == inner.sentence_id
        and 0 <= outer.start - inner.end <= 4
    )


def _located_in(mentions: Sequence[Claim], places: Sequence[Claim]) -> str | None:
    """The town the place is written in, if one of its mentions says."""
    after = next((p for m in mentions for p in places if _nested(m, p)), None)
    return after.value.get("name") if after is not None else None


def _town_rank(best: tuple[float, Claim, str]) -> int:
    """How surely a mention names a town that may contain the event's spot: a town, or a
    town's own agency ("Chicago Police", never a county's or a state's), over a wider
    jurisdiction, over a place someone went to ("taken to X Medical Center")."""
    weight, claim, level = best
    if claim.value.get("cue") == "motion":
        return 0
    town_agency = claim.value.get("cue") == "agency" and _within_county(weight, claim, level)
    return 2 if level == "town" or town_agency else 1


def _told_container(mentions: Sequence[Claim]) -> str | None:
    """The place one of the winner's mentions gives as containing it ("Seattle’s Capitol
    Hill neighborhood"), where the strongest mention gives none ("the Capitol Hill
    shooting")."""
    return next((m.value["container"] for m in mentions if m.value.get("container")), None)


_DISTRICT = re.compile(r"(?:,\s*)?\b(?:D\.\s?C\b\.?|DC|District of Columbia)$")
CAPITAL = "Washington, D.C."


def as_city(name: str | None) -> str | None:
    """The District of Columbia is the city of Washington: a place the District names
    ("D.C. police", "in Southwest D.C.") is in the city the reports and the records call
    Washington."""
    if not name or "washington" in name.casefold():
        return name
    m = _DISTRICT.search(name)
    if m is None:
        return name
    rest = name[: m.start()].strip()
    return f"{rest} {CAPITAL}" if rest else CAPITAL


def event_place(
    claims: Sequence[Claim],
    harm: set[int],
    happened: frozenset[int] | set[int] = frozenset(),
    address: str | None = None,
) -> tuple[str | None, str | None]:
    """(place, container) of the event, from the article's place claims in text order;
    `harm`: the sentences that count victims, `happened`: those that tell where the event
    happened ("The shooting happened ... in Marksville"); `address`: the page's web
    address, whose words may name the city a big city's part is in ("abc7chicago.com").
    Only an article read with its page (`address` given) nests a big city's parts by the
    table (a part over its city too); grouping's and the finder's facts do not yet."""
    nested = address is not None
    place, container = _told_place(claims, harm, happened, nested)
    if not nested:
        return as_city(place), as_city(container)
    if place is not None:  # the city or borough a big city's part is in
        said = {c.sentence for c in claims} | {c.value.get("name") or "" for c in claims}
        container = nearest_container(place, container, "\n".join(sorted(said)), address or "")
    return as_city(as_named(place)), as_city(as_named(container))


def _wide(name: str) -> bool:
    """A county or a parish: wider than the town an outlet is named after."""
    return name.split()[-1].casefold() in ("county", "parish")


_NO_VOTE = frozenset(("tagline", "outlet"))
"""Places the report is filed from, not told in its text: a station's tagline town, the
town its outlet is named after (`outlet_town`)."""


def _told_place(
    claims: Sequence[Claim], harm: set[int], happened: frozenset[int] | set[int], nested: bool
) -> tuple[str | None, str | None]:
    places = [c for c in claims if c.kind == "place" and c.value.get("cue") not in _NO_VOTE]
    station = next(
        (c for c in claims if c.kind == "place" and c.value.get("cue") == "tagline"), None
    )
    outlet = next((c for c in claims if c.kind == "place" and c.value.get("cue") == "outlet"), None)
    place, container = _voted_place(claims, places, harm, happened, nested)
    if container is None and place is not None and outlet is not None and not _wide(place):
        town = outlet.value["name"]  # below the dateline (`_voted_place`), above a tagline
        container = town if place_key(town) != place_key(place) else None
    if station is None or (container is not None and place is not None):
        return place, container
    town = station.value["name"]
    if place is None:
        return town, station.value.get("container")
    return place, town if place_key(town) != place_key(place) else None


def _parts_named(winner: str, best: dict[str, tuple[float, Claim, str]]) -> list[str]:
    """The places named at least NESTING as strongly as the winner that the table nests in it."""
    weight, claim, _ = best[winner]
    whole = claim.value.get("name") or ""
    return [
        k
        for k, (w, c, _) in best.items()
        if k != winner and w >= NESTING * weight and inside(c.value.get("name") or "", whole)
    ]


def _voted_place(
    claims: Sequence[Claim],
    places: list[Claim],
    harm: set[int],
    happened: frozenset[int] | set[int] = frozenset(),
    nested: bool = False,
) -> tuple[str | None, str | None]:
    """(place, container) by the votes of the place mentions; `nested`: see `event_place`."""
    towns = [p for p in places if _level(p)[1] == "town" and not p.value.get("within")]
    places += city_mentions(claims, towns)  # "on the city's west side"
    if not places:
        return None, None
    sentences = {c.sentence for c in claims if not c.headline}  # a title's capitals lie
    people = people_names(sentences)
    context = "\n".join(sorted(sentences))  # the sentences that tell something
    homes = hometowns({c.value.get("name") or "" for c in places} - {""}, sentences)
    weights: dict[str, list[float]] = defaultdict(list)
    best: dict[str, tuple[float, Claim, str]] = {}
    seen: set[tuple[str, int]] = set()
    mentions: dict[str, list[Claim]] = defaultdict(list)
    for claim in places:
        name = claim.value.get("name") or ""
        weight, level = _level(claim)
        words = name.casefold().split()
        if not words or weight == 0 or (len(words) == 1 and words[0] in people):
            continue
        if ordinary_word(claim.value, context):
            continue  # "Shooting death of ...", "Sheriff’s Office": no name
        if level == "town" and claim.value.get("cue") in _TOWN_CUES and place_of_arrest(claim):
            weight = MOTION  # where someone was arrested, as far as where someone went
        key = place_key(name)
        if (key, claim.start) in seen:
            continue  # "Wayne" and "Wayne County" read from one mention
        seen.add((key, claim.start))
        if claim.sentence_id in harm and not claim.value.get("dateline"):
            weight *= HARM_FACTOR  # a dateline heads the text; the sentence's syntax is its own
        elif claim.sentence_id in happened and _located_by_words(claim):
            weight *= HARM_FACTOR  # "The shooting happened ... in Marksville"
        if key in homes and claim.value.get("dateline"):
            weight *= HOMETOWN_FACTOR  # "TAMPA - A Tampa resident was shot in Orlando"
        weights[key].append(weight)
        mentions[key].append(claim)
        if key not in best or weight > best[key][0]:
            best[key] = (weight, claim, level)
    if not weights:
        return None, None
    # The strongest mention decides; more mentions only break near-ties, so an office
    # named in every paragraph ("Wayne County Prosecutor") does not outvote the town.
    votes = {k: max(w) + REPEAT_FACTOR * (sum(w) - max(w)) for k, w in weights.items()}
    order = {key: best[key][1].start for key in votes}
    winner = max(votes, key=lambda k: (votes[k], -order[k]))
    _, claim, level = best[winner]
    outer_name = None
    inner = _written_inside(winner, best, mentions) if level != "spot" else []
    parts = _parts_named(winner, best) if nested else []
    if parts:
        # The winner is a city the article names a part of ("New York" and "East
        # Flatbush", `place_containment`): the part is where it happened.
        outer_name = claim.value.get("name")
        winner = max(parts, key=lambda k: (votes[k], -order[k]))
        _, claim, level = best[winner]
    elif inner:
        # The article writes a place inside the winner ("in Bloomfield, New Jersey bar"
        # against "a bar in New Jersey"): the two name one place, the finer is it.
        outer_name = claim.value.get("name")
        winner = max(inner, key=lambda k: (votes[k], -order[k]))
        _, claim, level = best[winner]
    elif level == "jurisdiction" or _a_state(claim):
        # A county or a state contains its towns, areas and towns' agencies (NESTING).
        towns = [
            k
            for k in votes
            if k != winner and _within_county(*best[k]) and best[k][0] >= NESTING * best[winner][0]
        ]
        if towns:
            outer_name = claim.value.get("name")
            winner = max(towns, key=lambda k: (votes[k], -order[k]))
            _, claim, level = best[winner]
    elif claim.value.get("dateline"):
        # A dateline contains the named area the victims' sentence gives ("RIVERSIDE" and
        # "shot in semi-rural Mead Valley"): the report is filed from the town near it.
        areas = [k for k in votes if k != winner and _area_told_with_harm(best[k], harm)]
        if areas:
            outer_name = claim.value.get("name")
            winner = max(areas, key=lambda k: (votes[k], -order[k]))
            _, claim, level = best[winner]
    container = (
        claim.value.get("container")
        or outer_name
        or _told_container(mentions[winner])
        or _located_in(mentions[winner], places)
    )
    filed = next((p for p in places if p.value.get("dateline")), None)
    if container is None and filed is not None and place_key(filed.value["name"]) != winner:
        container = filed.value["name"]  # a local report is filed from the city around it
    if container is None:
        # A place may be named at many levels ("the Orlando shooting", "Orlando police"):
        # any of its mentions may make it wider than the winner.
        wider = ("town", "jurisdiction") if level == "spot" else ("jurisdiction",)
        around = [
            k for k in votes if k != winner and any(_level(m)[1] in wider for m in mentions[k])
        ]
        if around:
            outer = max(around, key=lambda k: (_town_rank(best[k]), votes[k], -order[k]))
            container = best[outer][1].value.get("name")
    if container is None:  # "in East Flatbush, Brooklyn": last, as it is a state as often
        container = next(filter(None, (_written_in(m) for m in mentions[winner])), None)
    return claim.value.get("name"), container
