"""Grouping's full-text rankings read on a connection of their own, read-only: a worker's,
while the one writer places articles (`stories.ranked`).

A plain sqlite3 connection, not a `Store`: a worker only reads, and opening a store
checks the schema and may migrate it, which is the writer's business.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

RANK_SQL = (
    "SELECT rowid FROM story_documents_fts WHERE story_documents_fts MATCH ? ORDER BY rank, rowid"
)
"""Every document matching, best first: the store's candidate query (`StoryStore.candidates`)
without its joins to the placements and its limit, which only the writer can apply."""


def match_query(terms: Sequence[str]) -> str:
    """The full-text query that finds the documents holding any of the terms."""
    return " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)


class StoryReader:
    """The story documents as the writer's grouping run sees them: every new article's
    terms are counted before the first is placed, so they stay fixed during the run."""

    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self.conn.execute("PRAGMA busy_timeout = 10000")

    def frequencies(self) -> tuple[dict[str, int], int]:
        """How many documents use each term, and how many documents there are (as
        `StoryStore.document_frequencies` and `document_count` read them)."""
        frequency = dict(self.conn.execute("SELECT term, documents FROM story_terms"))
        count = self.conn.execute("SELECT count(*) FROM story_documents").fetchone()[0]
        return frequency, count

    def terms(self, source_id: int) -> tuple[str, ...]:
        row = self.conn.execute(
            "SELECT tokens FROM story_documents WHERE source_id = ?", [source_id]
        ).fetchone()
        return tuple(row[0].split()) if row else ()

    def ranked(self, query: str) -> list[int]:
        """The source ids of the documents matching `query`, best first."""
        return [row[0] for row in self.conn.execute(RANK_SQL, [query])] if query else []

    def close(self) -> None:
        self.conn.close()
