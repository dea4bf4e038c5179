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
The weight of each kind of mention is `place_weights`'.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from workbench.claims.city_anaphora import city_mentions
from workbench.claims.place_containment import as_named, inside, nearest_container
from workbench.claims.place_names import ordinary_word
from workbench.claims.place_people import hometowns, people_names, place_key
from workbench.claims.place_weights import (
    AREAS,
    HARM_FACTOR,
    HOMETOWN_FACTOR,
    MOTION,
    NESTING,
    REPEAT_FACTOR,
    TOWN_CUES,
    US_STATES,
    a_state,
    located_by_words,
    mention_level,
    town_rank,
    within_county,
)
from workbench.claims.sequels import place_of_arrest
from workbench.models import Claim


def _area_told_with_harm(best: tuple[float, Claim, str], harm: set[int]) -> bool:
    """A named area ("Mead Valley", "the Union Area") in a sentence that counts victims."""
    _, claim, level = best
    kind = (claim.value.get("type") or "").split()[-1:]
    area = level == "spot" and bool(kind) and kind[0] in AREAS and claim.sentence_id in harm
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
    said: str = "",
) -> tuple[str | None, str | None]:
    """(place, container) of the event, from the article's place claims in text order;
    `harm`: the sentences that count victims, `happened`: those that tell where the event
    happened ("The shooting happened ... in Marksville"); `address`: the page's web
    address, whose words may name the city a big city's part is in ("abc7chicago.com").
    Only an article read with its page (`address` given) nests a big city's parts by the
    table (a part over its city too); grouping's and the finder's facts do not yet.
    `said`: the article's text, which may name the part's city where no claim is
    ("Pittsburgh Public Safety spokeswoman ... said")."""
    nested = address is not None
    place, container = _told_place(claims, harm, happened, nested)
    if not nested:
        return as_city(place), as_city(container)
    if place is not None:  # the city or borough a big city's part is in
        told = {c.sentence for c in claims} | {c.value.get("name") or "" for c in claims}
        told.add(said)
        container = nearest_container(place, container, "\n".join(sorted(told)), address or "")
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
    towns = [p for p in places if mention_level(p)[1] == "town" and not p.value.get("within")]
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
        weight, level = mention_level(claim)
        words = name.casefold().split()
        if not words or weight == 0 or (len(words) == 1 and words[0] in people):
            continue
        if ordinary_word(claim.value, context):
            continue  # "Shooting death of ...", "Sheriff’s Office": no name
        if level == "town" and claim.value.get("cue") in TOWN_CUES and place_of_arrest(claim):
            weight = MOTION  # where someone was arrested, as far as where someone went
        key = place_key(name)
        if (key, claim.start) in seen:
            continue  # "Wayne" and "Wayne County" read from one mention
        seen.add((key, claim.start))
        if claim.sentence_id in harm and not claim.value.get("dateline"):
            weight *= HARM_FACTOR  # a dateline heads the text; the sentence's syntax is its own
        elif claim.sentence_id in happened and located_by_words(claim):
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
    elif level == "jurisdiction" or a_state(claim):
        # A county or a state contains its towns, areas and towns' agencies (NESTING).
        towns = [
            k
            for k in votes
            if k != winner and within_county(*best[k]) and best[k][0] >= NESTING * best[winner][0]
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
            k
            for k in votes
            if k != winner and any(mention_level(m)[1] in wider for m in mentions[k])
        ]
        if around:
            outer = max(around, key=lambda k: (town_rank(best[k]), votes[k], -order[k]))
            container = best[outer][1].value.get("name")
    if container is None:  # "in East Flatbush, Brooklyn": last, as it is a state as often
        container = next(filter(None, (_written_in(m) for m in mentions[winner])), None)
    if level == "town" and _no_finer_than_state(container, claim):
        container = _county_named(winner, best, votes, homes) or container
    return claim.value.get("name"), container


def _no_finer_than_state(container: str | None, claim: Claim) -> bool:
    """No container, or only the state a dateline or a name gives ("EDMONTON, Ky.")."""
    if container is None:
        return True
    state = claim.value.get("container") if claim.value.get("dateline") else None
    return container == state or container.casefold() in US_STATES


def _county_named(
    winner: str, best: dict[str, tuple[float, Claim, str]], votes: dict[str, float], homes: set
) -> str | None:
    """A county the article names as a place (not an agency, not a home: "in Metcalfe
    County") at least NESTING as strongly as the winning town: the county around it
    ("EDMONTON, Ky." and "in Metcalfe County"), nearer than a state."""
    floor = NESTING * best[winner][0]
    counties = [
        k
        for k, (weight, claim, level) in best.items()
        if k != winner
        and k not in homes
        and level == "jurisdiction"
        and claim.value.get("type") == "county"
        and not _names_on(claim)  # "the Chaves County Sheriff": an office
        and weight >= floor
    ]
    if not counties:
        return None
    return best[max(counties, key=lambda k: votes[k])][1].value.get("name")
