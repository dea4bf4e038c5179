"""Schema step of copy detection: the per-source shingle blobs become an indexed table of
postings, so that an ingest reads only the new article's shingles."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable

import sqlite_utils

METHOD_KEY = "copy_shingle_method"
"""Meta key: the fingerprint scheme the stored shingles were made by."""

_INSERT = (
    "INSERT OR IGNORE INTO copy_shingles (shingle, source_id) "
    "SELECT j.value, ? FROM json_each(?) AS j WHERE (SELECT count(*) FROM "
    "(SELECT 1 FROM copy_shingles AS c WHERE c.shingle = j.value LIMIT ?)) < ?"
)


def insert_copy_shingles(
    db: sqlite_utils.Database, source_id: int, shingles: Iterable[int], keep: int
) -> None:
    """Post a source under each shingle that has fewer than `keep` sources (beyond that a
    shingle is boilerplate, and knowing that needs no more postings), and mark it indexed."""
    conn = db.conn
    conn.execute(_INSERT, [source_id, json.dumps(list(shingles)), keep, keep])
    conn.execute("INSERT OR IGNORE INTO copy_indexed (source_id) VALUES (?)", [source_id])


def migrate_copy_shingles(db: sqlite_utils.Database) -> None:
    """`copy_shingles` (shingle, source) without rowid, keyed for lookup by shingle, and
    `copy_indexed` (the sources whose shingles are in it, those with none included); the
    stored blobs of the scheme most of them share are moved over, the rest are made again
    by the next ingest."""
    from workbench.ingest.copies import MAX_POSTINGS, unpack  # the core's rule, at need

    db.execute(
        "CREATE TABLE copy_shingles (shingle INTEGER NOT NULL, "
        "source_id INTEGER NOT NULL REFERENCES sources(id), "
        "PRIMARY KEY (shingle, source_id)) WITHOUT ROWID"
    )
    db.execute("CREATE TABLE copy_indexed (source_id INTEGER PRIMARY KEY REFERENCES sources(id))")
    if "copy_fingerprints" not in db.table_names():
        return
    methods = Counter(m for (m,) in db.execute("SELECT method FROM copy_fingerprints"))
    if methods:
        method = methods.most_common(1)[0][0]
        rows = db.execute(
            "SELECT source_id, shingles FROM copy_fingerprints WHERE method = ? ORDER BY source_id",
            [method],
        )
        for source_id, blob in rows.fetchall():
            insert_copy_shingles(db, source_id, unpack(blob), MAX_POSTINGS + 1)
        db["meta"].upsert({"key": METHOD_KEY, "value": method}, pk="key")
    db["copy_fingerprints"].drop()
