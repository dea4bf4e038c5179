"""Copy detection's shingle postings: which sources hold each sampled shingle, in an indexed
table, so a new article looks up its own few hundred shingles and the cost of an ingest does
not grow with the database (the whole index was once loaded into memory for each ingest)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from workbench.store.base import StoreBase
from workbench.store.copies_schema import METHOD_KEY, insert_copy_shingles

_LOOKUP = (
    "SELECT shingle, source_id FROM copy_shingles WHERE shingle IN (SELECT value FROM json_each(?))"
)


class CopyShingleStore(StoreBase):
    """The copy index's postings (the `ingest.copies.Postings` protocol, given `keep`)."""

    def copy_postings(self, shingles: Iterable[int]) -> dict[int, list[int]]:
        """The sources posted under each of these shingles (one indexed query)."""
        found: dict[int, list[int]] = {}
        for shingle, source_id in self.db.conn.execute(_LOOKUP, [json.dumps(list(shingles))]):
            found.setdefault(shingle, []).append(source_id)
        return found

    def add_copy_shingles(self, source_id: int, shingles: Iterable[int], *, keep: int) -> None:
        """Index a source's shingles (inside the caller's transaction, with the source)."""
        insert_copy_shingles(self.db, source_id, shingles, keep)

    def unindexed_copy_sources(self, method: str) -> list[int]:
        """Sources whose shingles are not stored; every one if they were stored by another
        scheme (those postings are dropped: shingles of two schemes never match)."""
        if self.get_meta(METHOD_KEY) != method:
            with self.db.atomic():
                self.db.execute("DELETE FROM copy_shingles")
                self.db.execute("DELETE FROM copy_indexed")
                self.set_meta(METHOD_KEY, method)
        sql = (
            "SELECT s.id FROM sources AS s WHERE NOT EXISTS "
            "(SELECT 1 FROM copy_indexed AS i WHERE i.source_id = s.id) ORDER BY s.id"
        )
        return [row[0] for row in self.db.execute(sql)]
