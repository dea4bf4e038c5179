"""The synthetic corpus's records: an event, an article, and the corpus's shape constants."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from corpus_names import Domain

MIN_WORDS = 300
MAX_WORDS = 1500
FIRST_DAY = dt.date(2021, 1, 4)
SPAN_DAYS = 4 * 365
CONFLICT_RATE = 0.55
"""Share of events with one planted conflict."""
COPY_RATE = 0.09
"""Share of articles that are copies of another piece of the same event."""


@dataclass
class Event:
    id: str
    domain: Domain
    city: str
    region: str
    district: str
    other_districts: list[str]
    day: dt.date
    noun: str
    officials: list[tuple[str, str, str]]
    values: dict[str, float]
    population: float
    org: str
    party: str
    river: str
    rally: dt.date
    """A follow-up every outlet names the same way: the coming rally (a future date)."""


@dataclass
class Article:
    id: str
    event: str
    outlet: str | None
    published: dt.date | None
    url: str
    title: str
    paragraphs: list[str]
    junk: list[str] = field(default_factory=list)
    copy_of: str | None = None
    copy_kind: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs + self.junk) + "\n"
