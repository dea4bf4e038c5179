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
    r"\b(?:shooting|shootout|gunfire|shots?\s+(?:were\s+)?fired|happened|occurred|took\s+place"
    r"|broke\s+out|incident|attack|massacre|tragedy)\b",
    re.I,
)
"""A sentence that names the event, so its date is the event's even with no count in it."""


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
    event = harm | {c.sentence_id for c in told if _EVENT_WORDS.search(c.sentence)}
    told = [c for c in told if c.sentence_id in event] or told
    first = min(told, key=lambda c: _day(c) or "") if told else None
    date, basis = (_day(first), "text") if first else (published, "published")
    place, container = event_place(ordered, harm)
    return Event(date, basis if date else None, place, container)
