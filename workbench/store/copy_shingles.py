"""Copy detection's shingle postings: which sources hold each sampled shingle, in an indexed
table, so a new article looks up its own few hundred shingles and the cost of an ingest does
not grow with the database (the whole index was once loaded into memory for each ingest)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from workbench.store.base import StoreBase
from workbench.store.copies_schema import METHOD_KEY, insert_copy_shingles

_LOOKUP = (
    "SELECT j.value, (SELECT CASE WHEN count(*) > ? THEN '' ELSE group_concat(source_id) END "
    "FROM (SELECT source_id FROM copy_shingles WHERE shingle = j.value LIMIT ?)) "
    "FROM json_each(?) AS j"
)
_ALL = 2**62


class CopyShingleStore(StoreBase):
    """The copy index's postings (the `ingest.copies.Postings` protocol, given `keep`)."""

    def copy_postings(
        self, shingles: Iterable[int], most: int | None = None
    ) -> dict[int, Sequence[int]]:
        """The sources posted under each of these shingles (one indexed query).

        With `most`, a shingle posted under more than `most` sources (boilerplate, whose
        sources never matter) comes back as `most + 1` zeros: its postings are counted in
        SQLite, not handed to Python one row each. On templated text they are most of a
        lookup's rows and grow with the database until every such shingle is full (2,900
        rows a lookup at the generator's 500th article, 4,800 at its 3,950th, four in five
        of them boilerplate), which made copy detection grow faster than the corpus."""
        over, limit = (_ALL, -1) if most is None else (most, most + 1)
        full = (0,) * limit
        found: dict[int, Sequence[int]] = {}
        for shingle, ids in self.db.conn.execute(
            _LOOKUP, [over, limit, json.dumps(list(shingles))]
        ):
            if ids is not None:  # '': more than `most`
                found[shingle] = list(map(int, ids.split(","))) if ids else full
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

    def forget_copy_shingles(self, first: int) -> None:
        """Drop the shingles of the sources from id `first` on (inside the caller's
        transaction): their texts changed, and copy detection walks them again."""
        self.db.execute("DELETE FROM copy_shingles WHERE source_id >= ?", [first])
        self.db.execute("DELETE FROM copy_indexed WHERE source_id >= ?", [first])
