"""Grouping's per-article material made ahead of time, by the workers that extract claims.

An article's paragraph keys, its matching terms (with no page furniture left out) and its
event facts depend on its own text (and claims) only, so the extraction workers make them
beside the claims and the one writer keeps them here until grouping reads them: the main
process then only joins them. A TEMP table: it lives as long as this connection (the
ingest that filled it), takes no migration, and never outlives the grouping run it was
made for. Conflict finding reads the event facts too, before they are dropped.
"""

from __future__ import annotations

from collections.abc import Iterable

from workbench.store.base import StoreBase

_CHUNK = 500


class StoryFeatureStore(StoreBase):
    """Story features by content hash, for the grouping run of this connection."""

    def _features_table(self) -> None:
        self.db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS story_features "
            "(digest TEXT PRIMARY KEY, checksum TEXT NOT NULL, keys TEXT NOT NULL, "
            "terms TEXT NOT NULL, events TEXT NOT NULL)"
        )

    def keep_story_features(self, rows: Iterable[tuple[str, str, str, str, str]]) -> None:
        """Keep (content hash, checksum of title and text, paragraph keys, terms, event
        facts) rows."""
        rows = list(rows)
        if not rows:
            return
        self._features_table()
        with self.db.atomic():
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO temp.story_features VALUES (?, ?, ?, ?, ?)", rows
            )

    def story_features(self, digests: Iterable[str]) -> dict[str, tuple[str, str, str, str]]:
        """content hash -> (checksum, keys, terms, event facts) of those kept."""
        self._features_table()
        wanted = sorted(set(digests))
        found: dict[str, tuple[str, str, str, str]] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            sql = (
                "SELECT digest, checksum, keys, terms, events FROM temp.story_features "
                f"WHERE digest IN ({','.join('?' * len(chunk))})"
            )
            found.update((d, (c, k, t, e)) for d, c, k, t, e in self.db.execute(sql, chunk))
        return found

    def story_events(self, digests: Iterable[str]) -> dict[str, tuple[str, str]]:
        """content hash -> (checksum, event facts) of those kept: what conflict finding
        reads (each source's event facts, `findings.event_facts`), without the terms."""
        self._features_table()
        wanted = sorted(set(digests))
        found: dict[str, tuple[str, str]] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            sql = (
                "SELECT digest, checksum, events FROM temp.story_features "
                f"WHERE digest IN ({','.join('?' * len(chunk))})"
            )
            found.update((d, (c, e)) for d, c, e in self.db.execute(sql, chunk))
        return found

    def forget_story_features(self, digests: Iterable[str] | None = None) -> None:
        """Drop what was kept (grouping and conflict finding have read it), or only these
        articles' (their claims changed since it was made: made again from those kept)."""
        self._features_table()
        if digests is None:
            self.db.execute("DELETE FROM temp.story_features")
            return
        wanted = sorted(set(digests))
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            self.db.execute(
                f"DELETE FROM temp.story_features WHERE digest IN ({','.join('?' * len(chunk))})",
                chunk,
            )
