"""The event an article reports: its date and its place, read from its claims.

A report of one incident names other times and places too (a hometown, a court date, an
earlier shooting); the event's are the ones told with the event: the dates of the
sentences that count its victims, the place most of its mentions point to
(`event_place`). Of the dates told with the victims the earliest is the event's: the later ones are
its sequels (a body found the next day, a death in hospital, an arrest). A stories or
conflicts stage reads these; the quality bench measures them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.claims.event_place import event_place
from workbench.claims.roles import HARM_ROLES
from workbench.models import Claim


@dataclass(frozen=True, slots=True)
class Event:
    date: str | None
    date_basis: str | None
    """'text' when the article dates the event, 'published' for its publication date."""
    place: str | None
    container: str | None = None


_EVENT_WORDS = re.compile(
    r"\b(?:happened|occurred|took\s+place|broke\s+out|erupted|started|began|rang\s+out"
    r"|(?:shots?|gunfire|shooting|incident)\s+(?:was\s+|were\s+)?(?:fired|reported))\b",
    re.I,
)
"""A sentence that tells when the event happened, so its date is the event's even with no
count in it ("The shooting happened about 10:45 p.m. Monday")."""
_EVENT_NOUNS = re.compile(
    r"\b(?:shooting|shootout|gunfire|incidents?|attack|massacre|slaying|killing)\b", re.I
)
_NEAR = 25
"""How close (characters) an event noun must be to a date to be dated by it: "the Sunday
shooting", "in an apparent shootout early Monday", but not "a gun found Wednesday a few
houses away from the shooting"."""


def _tells_event(claim: Claim) -> bool:
    """The date's sentence tells when the event happened, or names it right by the date."""
    if _EVENT_WORDS.search(claim.sentence):
        return True
    at = claim.sentence.find(claim.text)
    if at < 0:
        return False
    near = claim.sentence[max(0, at - _NEAR) : at + len(claim.text) + _NEAR]
    return _EVENT_NOUNS.search(near) is not None


def _day(claim: Claim) -> str | None:
    value = claim.value
    if not value.get("resolved") or value.get("granularity") not in ("day", "minute"):
        return None
    if value.get("granularity") == "minute" and value.get("day_basis") != "text":
        return None  # a time of day alone says nothing of the day
    return str(value.get("start") or "")[:10] or None


def event_of(claims: Sequence[Claim], published: str | None) -> Event:
    """The date and place of the event a source's claims report."""
    ordered = sorted(claims, key=lambda c: c.start)
    harm = {c.sentence_id for c in ordered if c.kind == "quantity" and c.role in HARM_ROLES}
    dates = [c for c in ordered if c.kind == "date" and _day(c)]
    past = [c for c in dates if published is None or (_day(c) or "") <= published]
    told = [c for c in past if not c.value.get("telling")] or past
    event = harm | {c.sentence_id for c in told if _tells_event(c)}
    told = [c for c in told if c.sentence_id in event] or told
    first = min(told, key=lambda c: _day(c) or "") if told else None
    date, basis = (_day(first), "text") if first else (published, "published")
    place, container = event_place(ordered, harm)
    return Event(date, basis if date else None, place, container)
