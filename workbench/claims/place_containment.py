"""Which place contains which: big cities' boroughs and neighbourhoods, kept as data.

A report names the event's spot at one level ("in East Flatbush", "in Englewood") where
other reports, the records and the labels name its city ("Brooklyn", "Chicago"); and one
report may name both ("in Brooklyn", then "in East Flatbush"), which only the text's own
order or a gazetteer tells apart (`event_place` reads a county's or a state's nesting from
the words "County" and the states' names; a city's parts have no such mark). The table
(`workbench/data/place_containment.json`: container -> the places inside it, and other
names of a container such as "NYC") gives that nesting for the cities where reports name
parts most. A part sits in a city only when the article names that city, or one around it,
somewhere: "Englewood" is Chicago's in a report that names Chicago, and a town of its own
in one that does not; a name inside two cities ("Hyde Park") is the named one's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from workbench.user_data import packaged

_AGENCY_TAIL = ("police", "fire", "department")


def _fold(name: str) -> str:
    """One key for "the Bronx" and "Bronx", "Chicago Police" and "Chicago" (as
    `place_people.place_key`, which imports the place finder that reads this table)."""
    words = name.casefold().replace("’", "'").split()
    while len(words) > 1 and words[-1] in _AGENCY_TAIL:
        words.pop()
    return " ".join(words[1:] if len(words) > 1 and words[0] == "the" else words)


@cache
def _table() -> tuple[dict[str, tuple[str, ...]], dict[str, str], dict[str, tuple[str, ...]]]:
    """(part -> its containers, alias -> container, container -> every name of it), folded
    keys; containers as written."""
    data = packaged("place_containment.json")
    parents: dict[str, list[str]] = defaultdict(list)
    for city, inside in data["contains"].items():
        for name in inside:
            if city not in parents[_fold(name)]:
                parents[_fold(name)].append(city)
    aliases = {_fold(alias): city for alias, city in data["aliases"].items()}
    spellings: dict[str, list[str]] = defaultdict(list)
    for city in data["contains"]:
        spellings[_fold(city)].append(city)
    for alias, city in data["aliases"].items():
        spellings[_fold(city)].append(alias.removeprefix("the ").removeprefix("The "))
    return (
        {k: tuple(v) for k, v in parents.items()},
        aliases,
        {k: tuple(v) for k, v in spellings.items()},
    )


def canonical(name: str) -> str:
    """The folded key of a place, a container's other name read as it ("NYC": "new york")."""
    key = _fold(name)
    alias = _table()[1].get(key)
    return _fold(alias) if alias else key


def as_named(name: str | None) -> str | None:
    """A container's other name given as the table names it ("NYC": "New York", "KCK":
    "Kansas City"), so reports that write it either way name one place."""
    alias = _table()[1].get(_fold(name)) if name else None
    return alias or name


def known(name: str) -> bool:
    """Whether the table names the place, as a part or as a container ("the Bronx")."""
    key = canonical(name)
    parents, _, spellings = _table()
    return key in parents or key in spellings


def _chain(city: str) -> list[str]:
    """A container and every container around it, nearest first."""
    out, todo = [], [city]
    while todo:
        here = todo.pop(0)
        if canonical(here) in (canonical(c) for c in out):
            continue
        out.append(here)
        todo += _table()[0].get(canonical(here), ())
    return out


def _written(city: str, text: str) -> bool:
    """Whether the text names the container, by any of its names, as a whole word."""
    for name in _table()[2].get(canonical(city), (city,)):
        if re.search(rf"(?<![\w.]){re.escape(name)}(?![\w])", text):
            return True
    return False


_SHORTEST = 5
"""Letters a city's name must have to be read inside a web address ("chicago" in
"abc7chicago.com"; never "nyc" or "kc")."""


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.casefold())


def _addressed(city: str, address: str) -> bool:
    """Whether the page's web address spells the city ("chicagotribune.com",
    "dnainfo.com/chicago/..."): a local outlet's own city, or its section's."""
    letters = _letters(city)
    return len(letters) >= _SHORTEST and letters in address


_COMPASS = frozenset(
    ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")
)


def _parents(name: str) -> tuple[str, ...]:
    """The table's containers of a place; for a part the table does not name, written as a
    side of one it does ("North Austin", "Southwest Englewood"), that part's containers:
    a side of a neighbourhood is in its city."""
    parents = _table()[0]
    key = canonical(name)
    if key in parents:
        return parents[key]
    first, _, rest = key.partition(" ")
    return parents.get(rest, ()) if first in _COMPASS and rest else ()


def container_of(name: str, text: str, address: str = "") -> str | None:
    """The city or borough the table puts the place in, when the text names it or one
    around it (`text`: what the article says, its title and places), or the page's web
    address spells it (`address`); the first such."""
    letters = _letters(address)
    for city in _parents(name):
        if any(_written(c, text) or _addressed(c, letters) for c in _chain(city)):
            return city
    return None


def containers(name: str) -> tuple[str, ...]:
    """The cities or boroughs the table puts a place in, as the table writes them (none
    for a place it does not know as a part; two for a name inside two cities)."""
    return _table()[0].get(canonical(name), ())


def inside(part: str, whole: str) -> bool:
    """Whether the table puts `part` inside `whole`, at any depth ("East Flatbush" inside
    "New York" through Brooklyn)."""
    target = canonical(whole)
    if canonical(part) == target:
        return False
    return any(
        canonical(c) == target
        for city in _table()[0].get(canonical(part), ())
        for c in _chain(city)
    )


def nearest_container(
    place: str, container: str | None, text: str, address: str = ""
) -> str | None:
    """The container the table gives the place, over one the article gives that is wider
    (a dateline's "NEW YORK" for "East Flatbush", whose borough is Brooklyn) or is no city
    the table knows (a county, a state); the article's own when the table has none or
    puts the place elsewhere."""
    city = container_of(place, text, address)
    if city is None or (container is not None and _other_city(city, container)):
        return container
    return city


def _other_city(city: str, container: str) -> bool:
    """Whether the article's container is a city of the table that is not around the
    table's city (a "Hyde Park" in Boston, not Chicago's): the article knows better."""
    key = canonical(container)
    return key in _table()[2] and key != canonical(city) and not inside(city, container)
