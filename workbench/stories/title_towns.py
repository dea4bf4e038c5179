"""Which names are towns, for a story's title: the names the database gives or types as
towns, the headings' capitalised words that name one, and the wider places (states, the
nation) no title shows. Split from `titles` so the title's assembly reads apart from the
lookups of names it rests on."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence, Set
from typing import TYPE_CHECKING

from workbench.claims.datelines import AGENCY_NOUNS
from workbench.claims.place_weights import US_STATES
from workbench.vocabulary import fold, words

if TYPE_CHECKING:
    from workbench.stories.titles import TitleMaterial

TOWN_KINDS = frozenset(("city", "town", "village", "township", "borough", "municipality"))
WIDE_KINDS = frozenset(("county", "parish"))
"""Kinds of place claims that name a town (or a county), whatever else the text names."""
WIDER_KINDS = frozenset(("state", "province", "region", "governorate", "prefecture", "country"))
"""Kinds of place wider than a county: never a story's place ("Kentucky State" of
"Kentucky State Police", "Ohio State" of a university)."""
SEPARATOR = re.compile(r"\s+[-|«»–—]\s+")
"""What sets a site's or an author's name after a headline ("... - KSLA News 12")."""
NATION = frozenset(("america", "united states", "united states of america", "usa", "u s"))
"""The nation's names ("arrived in America"): wider than any state, no story's place."""
COMPASS = frozenset(
    words("north south east west northeast northwest southeast southwest northern southern")
    + words("eastern western")
)
"""A name of compass points alone ("Northwest" of "in the northwest", "near Northwest
...") is a side of some town, no place of its own."""
DANGLING = frozenset(words("a an and as at by for from in into of on or the to with"))
"""Function words: a heading cut short must not end on one ("... lead peace walk in"), and
a town in a heading's capitals opens its run or follows one ("Shooting In Dunmore")."""


def name_key(name: str) -> str:
    """A name as compared: its words, folded."""
    return " ".join(words(name))


def wider(key: str, kind: str | None) -> bool:
    """Whether the name is a state's, a region's or the nation's, typed so ("Kentucky
    State" of "Kentucky State Police"; not "Philadelphia" of "the Philadelphia region") or
    by its name whatever its type ("in Georgia", "arrived in America")."""
    if key in US_STATES or key in NATION:
        return True
    return kind in WIDER_KINDS and key.split()[-1] == kind.split()[-1]


def town_names(rows: Iterable[tuple[str, str | None, str | None]]) -> frozenset[str]:
    """The names (name, kind, cue) given as towns and not through an agency: a dateline,
    "in Wichita", "the city of Wichita"."""
    named = [
        (name, kind)
        for name, kind, cue in rows
        if cue != "agency" and (cue in ("dateline", "in") or kind in TOWN_KINDS | WIDE_KINDS)
    ]
    # "Pitt County" as a title shows it (`_as_written`), "Pitt" as an agency's holds it.
    return frozenset(key for name, kind in named for key in town_keys(name, kind))


def typed_town_names(rows: Iterable[tuple[str, str | None, str | None]]) -> frozenset[str]:
    """The names (name, kind, cue) the database types as towns or counties, or reads as a
    dateline, not through an agency nor only after "in" ("in Custody" is no town's): what
    a heading's capitalised words must be to name the story's town (`heading_town`)."""
    named = [
        (name, kind)
        for name, kind, cue in rows
        if cue != "agency" and (cue == "dateline" or kind in TOWN_KINDS | WIDE_KINDS)
    ]
    return frozenset(key for name, kind in named for key in town_keys(name, kind))


_NUMBERS = frozenset(words("one two three four five six seven eight nine ten"))
_NO_TOWN = COMPASS | DANGLING | _NUMBERS
"""Words a heading capitalises that name no town alone: sides, function words, numbers
("One killed ...", "By ...")."""
_CAPITALISED = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}")
"""A run of one to three capitalised words: a name a heading may hold."""


def heading_town(materials: Sequence[TitleMaterial], towns: Set[str]) -> str | None:
    """The town the headings name most often, by capitalised words that the database types
    as a town (`typed_town_names`): a page that lost its article keeps only its heading's
    claims, and headings yield no place claim ("Toddler dies in <town> after argument"), so
    a story of such pages had no place at all. Not a word the texts also write in lower
    case ("One dead ..."), nor a surname after a given name ("<Name> <Surname> Obituary")."""
    lower = {w for m in materials for w in re.findall(r"\b[a-z][\w'’-]*", f"{m.heading} {m.lead}")}
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for material in materials:
        found = towns_named(material.heading, towns)
        found = {k: v for k, v in found.items() if not set(k.split()) <= lower}
        for key, name in found.items():
            shown.setdefault(key, name.title() if name.isupper() and len(name) > 4 else name)
        counts.update(found.keys())
    order = list(shown)
    return shown[max(counts, key=lambda k: (counts[k], -order.index(k)))] if counts else None


def towns_named(heading: str, towns: Set[str]) -> dict[str, str]:
    """The towns (key -> name as written) a heading's capitalised runs name (`_towns_in`),
    the site's name after it left out, and not a run whose words the heading also writes
    in lower case."""
    head = SEPARATOR.split(heading.strip())[0]
    lower = set(re.findall(r"\b[a-z][\w'’-]*", head))
    found = {key: name for run in _CAPITALISED.findall(head) for key, name in _towns_in(run, towns)}
    return {k: v for k, v in found.items() if not set(k.split()) <= lower}


def _towns_in(run: str, towns: Set[str]) -> list[tuple[str, str]]:
    """The towns (key, name) a run of capitalised words holds, the longest first, each
    opening the run or after a function word ("In", "Of"): after another name it is a
    surname ("Ann Mitchell")."""
    parts = run.split()
    found: list[tuple[str, str]] = []
    for size in range(len(parts), 0, -1):
        for start in range(len(parts) - size + 1):
            if start and fold(parts[start - 1]) not in DANGLING:
                continue
            after = parts[start + size] if start + size < len(parts) else ""
            if after and fold(after) not in DANGLING | AGENCY_NOUNS:
                continue  # the first words of a longer name ("Little Cesar's")
            name = " ".join(parts[start : start + size]).strip(".'’-")
            key = name_key(name)
            if key in towns and not wider(key, None) and not set(key.split()) <= _NO_TOWN:
                found.append((key, name))
        if found:
            return found
    return found


def town_keys(name: str, kind: str | None) -> set[str]:
    """A town's name, and with its type ("pitt county"); a county's without it too: the
    agency of "Pitt County" may be "Pitt" ("Pitt deputies")."""
    key, kind_key = name_key(name), name_key(kind or "")
    if kind in (TOWN_KINDS | WIDE_KINDS) - {"city"} and key.endswith(f" {kind_key}"):
        return {key, key.removesuffix(f" {kind_key}")}
    return {key, f"{key} {kind_key}".strip()}
