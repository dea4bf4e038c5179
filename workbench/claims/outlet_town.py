"""The town a local outlet is named after, when the article names it as a place.

"baltimoresun.com", "fresnobee.com", "orlandosentinel.com": a local paper's web address
opens with its city's name, and a neighbourhood it reports with no town ("shot in
Charles Village") is in that city. No list of outlets or towns: the town is a place the
article itself names ("in Baltimore", "Orlando police") whose letters open a part of the
address; an address that opens with no named place (a station's call letters, "wcvb")
gives none. It contains the event's place as the station's tagline does (`event_place`),
never votes, and is trusted below the dateline, which the report writes itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from urllib.parse import urlsplit

from workbench.models import Claim, Source

_SHORTEST = 4
"""Letters a town's name must have to be read in an address ("Gary" opens "garypost";
"Ada" would open "adage")."""


def _address_parts(source: Source) -> list[str]:
    """The parts of the outlet's host name before its domain suffix ("baltimoresun")."""
    host = source.outlet or ""
    if "/" in host or not host:
        host = urlsplit(source.url or "").hostname or host
    parts = host.casefold().split(".")
    return [p for p in parts[:-1] if p not in ("www", "m", "mobile", "amp")]


def _letters(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.casefold())


def outlet_town(source: Source, claims: Sequence[Claim]) -> Claim | None:
    """A place claim of the article whose name opens the outlet's address, as a claim
    cued `outlet` (the longest such name: "Kansas City" over "Kansas")."""
    parts = _address_parts(source)
    if not parts:
        return None
    named = [
        c
        for c in claims
        if c.kind == "place"
        and not c.value.get("destination")
        and c.value.get("cue") not in ("tagline", "outlet")
        and len(_letters(c.value.get("name") or "")) >= _SHORTEST
        and any(p.startswith(_letters(c.value["name"])) for p in parts)
    ]
    if not named:
        return None
    town = max(named, key=lambda c: len(c.value["name"]))
    value = {"name": town.value["name"], "container": None, "type": "city", "cue": "outlet"}
    return replace(town, value=value)
