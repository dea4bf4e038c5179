"""Parses: what the parser gave for each sentence, kept so a re-analysis does not parse again.

Keyed by a hash of the sentence and the model (`workbench.parse.parse_key`), not by source:
a sentence shared by two articles (a copy, a wire story) is parsed once. The rows are
derived data, safe to drop at any time (`clear_parses`).
"""

from __future__ import annotations

from collections.abc import Iterable

from workbench.store.base import StoreBase

_CHUNK = 500  # SQLite's default limit on bound parameters is far above this


class ParseStore(StoreBase):
    """The per-sentence parse cache (the `parse.ParseCache` protocol)."""

    def cached_parses(self, keys: Iterable[str]) -> dict[str, str]:
        wanted = list(keys)
        found: dict[str, str] = {}
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i : i + _CHUNK]
            sql = f"SELECT key, data FROM parses WHERE key IN ({','.join('?' * len(chunk))})"
            found.update(self.db.execute(sql, chunk).fetchall())
        return found

    def save_parses(self, rows: Iterable[tuple[str, str]]) -> None:
        with self.db.atomic():
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO parses (key, data) VALUES (?, ?)", list(rows)
            )

    def clear_parses(self) -> int:
        """Drop every cached parse; returns how many there were."""
        count = self.db["parses"].count
        self.db.execute("DELETE FROM parses")
        return count
