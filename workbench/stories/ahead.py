"""Grouping's per-article work, done ahead in the workers that extract claims.

Placing articles is serial (each placement reads the ones before it), but what grouping
reads of one article, its paragraphs' keys and its matching terms, depends on its own text
only. The extraction workers make both beside the claims (`features_row`); grouping then
takes them instead of making them in the main process after every worker is done. The
terms are those with no page furniture left out: an article whose paragraphs turn out to
be furniture (known only once every article is counted) has its terms made again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from workbench.models import Source
from workbench.stories.features import paragraph_keys, story_text
from workbench.stories.similarity import terms

FeaturesRow = tuple[str, str, str, str]
"""(content hash, checksum, paragraph keys, terms), keys and terms joined by spaces."""


def checksum(source: Source) -> str:
    """What the kept features were made from: the title and the text (an article kept under
    the same content hash with another title or text is made again)."""
    material = f"{source.title or ''}\x1f{source.text}".encode()
    return hashlib.sha1(material).hexdigest()


def features_row(source: Source) -> FeaturesRow:
    """An article's paragraph keys and its terms with nothing left out as furniture."""
    keys = paragraph_keys(source.text, source.title)
    found = story_text(source.id, source.text, source.title, source.published)
    return (
        source.content_hash,
        checksum(source),
        " ".join(sorted(keys)),
        " ".join(terms(found.document())),
    )


class Ahead:
    """The features kept for some sources, each checked against the source it is used for."""

    def __init__(self, kept: Mapping[str, tuple[str, str, str]]) -> None:
        self.kept = kept

    def _row(self, source: Source) -> tuple[str, str, str] | None:
        row = self.kept.get(source.content_hash)
        return row if row is not None and row[0] == checksum(source) else None

    def keys(self, source: Source) -> set[str] | None:
        row = self._row(source)
        return None if row is None else set(row[1].split())

    def terms(self, source: Source) -> list[str] | None:
        """The terms with no furniture left out, when kept."""
        row = self._row(source)
        return None if row is None else row[2].split()
