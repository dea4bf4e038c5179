"""Hand-built sources and counts for the figure comparison tests (no extractor involved)."""

from __future__ import annotations

import itertools

from workbench.models import Claim, Source
from workbench.stories.events import EventFacts

claim_numbers = itertools.count(1)


def source(
    sid: int, published: str = "2016-06-13", outlet: str | None = None, text: str = "", **kw
) -> Source:
    return Source(
        id=sid,
        file=f"{sid}.txt",
        text=text,
        content_hash=f"h{sid}",
        outlet=outlet or f"outlet{sid}",
        published=published,
        **kw,
    )


def count(
    sid: int,
    role: str,
    value: float,
    text: str,
    *,
    sentence: str | None = None,
    implicit: bool = False,
    noun: str = "people",
    cls: str = "persons",
    high: float | None = None,
    group: dict | None = None,
) -> Claim:
    n = next(claim_numbers)
    return Claim(
        id=f"c{n}",
        source_id=sid,
        kind="quantity",
        text=text,
        start=n * 10,
        end=n * 10 + len(text),
        sentence=sentence or f"{text} were {role}.",
        value={"low": value, "high": value if high is None else high, "exact": True},
        role=role,
        counted={"noun": noun, "class": cls},
        implicit=implicit,
        group=group,
    )


def event_facts(day=None, place=None, dated=(), named=()) -> EventFacts:
    """What a report tells of its event, as the finder's event check reads it."""
    return EventFacts(
        day=day,
        place=place,
        dated=frozenset(dated or ([day] if day else [])),
        named=frozenset(named or ([place] if place else [])),
    )
