"""A story's readable title, made from its articles: "shooting · Elmira · 2016-06-05".

The event's kind is the kind most of the articles' headings and leads name; the place is
the place the articles' openings name most often; the date is the day the first article
says the event happened, else the day it was published.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from workbench.stories.settings import Settings
from workbench.vocabulary import words

EVENT_DATE_DAYS = 7
"""A date the text gives this many days or fewer before publication may be the event's."""


@dataclass(slots=True)
class TitleMaterial:
    """What one article contributes to its story's title."""

    heading: str
    lead: str
    published: str | None
    places: list[str] = field(default_factory=list)
    """Places its opening names, in order."""
    event_dates: list[str] = field(default_factory=list)
    """Days (ISO) its text says something happened."""


def event_kind(materials: Sequence[TitleMaterial], settings: Settings) -> str | None:
    """The kind of event most articles name in their heading or lead."""
    votes: Counter[str] = Counter()
    for material in materials:
        found = _kinds_in(f"{material.heading} {material.lead}", settings)
        votes.update(found)
    if not votes:
        return None
    rank = {kind: i for i, (kind, _) in enumerate(settings.event_kinds)}
    return min(votes, key=lambda k: (-votes[k], rank[k]))


def _kinds_in(text: str, settings: Settings) -> set[str]:
    tokens = words(text)
    grams = {tuple(tokens[i : i + n]) for n in (1, 2, 3) for i in range(len(tokens) - n + 1)}
    return {kind for kind, phrases in settings.event_kinds if any(p in grams for p in phrases)}


def _place(materials: Sequence[TitleMaterial]) -> str | None:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    shown: dict[str, str] = {}
    for material in materials:
        for place in dict.fromkeys(material.places):
            key = " ".join(words(place))
            if not key:
                continue
            counts[key] += 1
            first.setdefault(key, len(first))
            shown.setdefault(key, place.strip())
    if not counts:
        return None
    return shown[min(counts, key=lambda k: (-counts[k], first[k]))]


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text and len(text) >= 10 else None
    except ValueError:
        return None


def _date(materials: Sequence[TitleMaterial]) -> str | None:
    dated = sorted((m for m in materials if _day(m.published)), key=lambda m: m.published)
    if not dated:
        return None
    first = dated[0]
    published = _day(first.published)
    assert published is not None
    days = Counter(
        d
        for text in first.event_dates
        if (d := _day(text)) and published - timedelta(days=EVENT_DATE_DAYS) <= d <= published
    )
    if days:
        return max(days, key=lambda d: (days[d], d)).isoformat()
    return published.isoformat()


def story_title(materials: Sequence[TitleMaterial], settings: Settings) -> str:
    """Kind · place · date, as far as the articles tell; the first heading otherwise."""
    parts = [p for p in (event_kind(materials, settings), _place(materials)) if p]
    when = _date(materials)
    if not parts:
        heading = next((m.heading.strip() for m in materials if m.heading.strip()), "")
        parts = [" ".join(heading.split()[:8]) or "untitled"]
    return " · ".join([*parts, *([when] if when else [])])
