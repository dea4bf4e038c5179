"""What grouping places and what it reads: an article waiting for its story, the placed
articles it may join, where it goes, and the index of placed articles the store provides."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Member:
    """A placed article, as a candidate for a new one to join."""

    source_id: int
    story_id: int
    thread_id: int
    published: str | None
    terms: tuple[str, ...]
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """An article waiting for its story."""

    source_id: int
    published: str | None
    terms: tuple[str, ...]
    copy_of: int | None = None
    outlet: str | None = None
    lost: bool = False
    """Its page lost the article (`features.article_lost`): matched on its headline."""


def own_outlet(article: Article, members: Sequence[Member]) -> bool:
    """Whether every matched article of the story is the article's own outlet's: its
    reports of its town share its template, its town's names and its spokespeople."""
    return article.outlet is not None and all(m.outlet == article.outlet for m in members)


@dataclass(frozen=True, slots=True)
class Placement:
    source_id: int
    story_id: int | None
    """None: a new story."""
    thread_id: int | None
    """For a new story: the thread it joins (None: a thread of its own)."""
    score: float
    how: str
    """'grouping', 'copy' or 'new'."""
    closest: int | None = None
    """The placed article it matched best."""


class Index(Protocol):
    """What grouping needs to know of the articles already placed (the store provides it)."""

    def document_count(self) -> int: ...

    def document_frequencies(self, terms: Iterable[str] | None = None) -> Mapping[str, int]: ...

    def candidates(self, terms: Sequence[str], limit: int) -> list[Member]: ...

    def member(self, source_id: int) -> Member | None: ...
