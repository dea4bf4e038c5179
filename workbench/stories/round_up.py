"""Whether a page's text tells two or more incidents apart: a round-up (a city's weekend of
shootings, a station's list of a night's), read from the text, not the headline.

A headline counting events ("2 shootings", "weekend violence") is often one event's report;
a report of one event that recalls an earlier one in a sentence is no round-up either
(`tests/labelled/gva/README.md`, "Stories: the story of a round-up page"). A round-up
tells each incident at its own scene: a street, with its own hour or day, and its own
victims. So the text is read as scenes: a sentence naming a street opens the scene of that
street (or returns to one named before), and the harm a sentence counts (killed, hurt,
shot) belongs to the scene of its own sentence or of the sentence just before it that
named one ("At 10:15 p.m. officers went to Alabama Street. Three were hit."). Two scenes
with harm whose clock times are hours apart are two incidents.

One event told at two scenes (the victim found a few streets away, where the car stopped)
is told at one hour, or at one scene's only: no round-up here. Over the tuning
development's 2,870 articles (grouping 160) the reading takes 42 pages, nearly all a
city's night or weekend told incident by incident; days or ages told apart, or three
scenes with harm, took as many more, most of them one event's (a death the next day, a
second victim a street away, a shooter's path).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from workbench.models import Claim
from workbench.stories.clock import HOURS_APART
from workbench.stories.streets import one_street, street_names

HARM = frozenset(("killed", "injured", "hit"))
"""The roles of a count of people harmed (`claims.roles.HARM_ROLES`)."""
REACH = 2
"""Sentences after a street's sentence whose harm still belongs to its scene."""


@dataclass(slots=True)
class Scene:
    """One street's part of a text: its streets, the clock times told there, and whether
    it tells anyone harmed."""

    streets: set[str] = field(default_factory=set)
    times: set[str] = field(default_factory=set)
    harmed: bool = False


def _sentences(claims: Iterable[Claim]) -> list[list[Claim]]:
    """The text's claims by sentence, in the text's order (the headline left out)."""
    by: dict[object, list[Claim]] = {}
    for claim in sorted((c for c in claims if not c.headline), key=lambda c: c.start):
        key = claim.sentence_id if claim.sentence_id is not None else claim.sentence
        by.setdefault(key, []).append(claim)
    return list(by.values())


def _harm(claim: Claim) -> bool:
    return (
        claim.kind == "quantity"
        and claim.role in HARM
        and not claim.derived
        and not claim.value.get("tally")
    )


def _times(sentence: Sequence[Claim]) -> set[str]:
    """The clock times a sentence tells, to the minute ("YYYY-MM-DDTHH:MM")."""
    return {
        str(claim.value.get("start"))[:16]
        for claim in sentence
        if claim.kind == "date"
        and claim.value.get("resolved")
        and claim.value.get("granularity") == "minute"
        and len(str(claim.value.get("start") or "")) >= 16
    }


def scenes_of(claims: Iterable[Claim]) -> list[Scene]:
    """The text's scenes (see the module's docstring), in the order first named."""
    scenes: list[Scene] = []
    current: Scene | None = None
    since = REACH + 1
    for sentence in _sentences(claims):
        streets = street_names(sentence)
        times = _times(sentence)
        if streets:
            current = _scene_of(streets, scenes)
            since = 0
        else:
            since += 1
        if current is None or since > REACH:
            continue
        current.times |= times
        current.harmed = current.harmed or any(_harm(c) for c in sentence)
    return scenes


def _scene_of(streets: set[str] | frozenset[str], scenes: list[Scene]) -> Scene:
    """The scene of a sentence's streets: one named before (scenes a sentence names
    together are one: a street and its cross street), else a new one."""
    named = [s for s in scenes if any(one_street(a, b) for a in streets for b in s.streets)]
    if not named:
        scenes.append(Scene(streets=set(streets)))
        return scenes[-1]
    first = named[0]
    for other in named[1:]:
        first.streets |= other.streets
        first.times |= other.times
        first.harmed = first.harmed or other.harmed
        scenes.remove(other)
    first.streets |= streets
    return first


def apart(a: Scene, b: Scene) -> bool:
    """Whether two scenes with harm are two incidents: each tells clock times, and no time
    of one is within `HOURS_APART` of a time of the other. One text reads its clock one
    way (its "8:30" is its "8:30 p.m."), so the hours are compared as told; a day told
    alone, or other ages, one event's report tells too (the death a day on, the court's
    day; a second victim found a street away)."""
    if not (a.times and b.times):
        return False
    gaps = [hours_apart(x, y) for x in a.times for y in b.times]
    return all(g is not None and g > HOURS_APART for g in gaps)


def hours_apart(a: str, b: str) -> float | None:
    """Hours between two times told ("YYYY-MM-DDTHH:MM")."""
    try:
        return abs((datetime.fromisoformat(a) - datetime.fromisoformat(b)).total_seconds()) / 3600
    except ValueError:
        return None


def tells_incidents_apart(claims: Iterable[Claim]) -> bool:
    """Whether the page's text tells two or more incidents apart (a round-up)."""
    harmed = [s for s in scenes_of(claims) if s.harmed]
    return any(apart(a, b) for i, a in enumerate(harmed) for b in harmed[i + 1 :])
