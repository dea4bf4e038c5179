"""The review log's schema steps (kept apart from `schema.py`, which only lists them among
the migrations): verdicts, their links and notes join the hash chain (10); the snapshot
keeps a count's role (15); a note edit says which edit it undoes (16).

Rows logged before it keep their hashes: every review row keeps its place (its `seq` is
its id), and the verdicts, links and notes already written are chained after the last
review row, table by table in id order. A head hash kept before the step is still in the
chain after it.
"""

from __future__ import annotations

import sqlite_utils


def _rebuild_links(db: sqlite_utils.Database) -> None:
    """`verdict_reviews` gets an id (the chain numbers rows per table), rows in order."""
    db.execute("ALTER TABLE verdict_reviews RENAME TO verdict_reviews_old")
    db["verdict_reviews"].create(
        {"id": int, "verdict_id": int, "review_id": int},
        pk="id",
        not_null=["verdict_id", "review_id"],
        foreign_keys=[("verdict_id", "verdicts", "id"), ("review_id", "reviews", "id")],
    )
    db.execute(
        "INSERT INTO verdict_reviews (verdict_id, review_id) "
        "SELECT verdict_id, review_id FROM verdict_reviews_old ORDER BY rowid"
    )
    db.execute("DROP TABLE verdict_reviews_old")
    db.execute("DROP INDEX IF EXISTS idx_verdict_reviews_review_id")
    db["verdict_reviews"].create_index(["verdict_id", "review_id"], unique=True)
    db["verdict_reviews"].create_index(["review_id"])


def chain_decisions(db: sqlite_utils.Database) -> None:
    """Verdicts, verdict links and notes join the review log's chain (see module doc)."""
    from workbench.store.chain import CHAINED, GENESIS, create_triggers, row_hash

    for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
        f"({', '.join('?' * len(CHAINED))})",
        list(CHAINED),
    ).fetchall():
        db.execute(f"DROP TRIGGER {name}")
    _rebuild_links(db)
    db["reviews"].add_column("seq", int)
    db.execute("UPDATE reviews SET seq = id")
    for table in ("verdicts", "verdict_reviews", "notes"):
        columns = db[table].columns_dict
        for column, kind in (("seq", int), ("prev_hash", str), ("hash", str)):
            if column not in columns:
                db[table].add_column(column, kind)
    last = db.execute("SELECT hash, seq FROM reviews ORDER BY id DESC LIMIT 1").fetchone()
    prev, seq = (last[0], int(last[1])) if last else (GENESIS, 0)
    for table in ("verdicts", "verdict_reviews", "notes"):
        cursor = db.conn.cursor()
        cursor.execute(f"SELECT * FROM {table} ORDER BY id")
        names = [d[0] for d in cursor.description]
        links = []
        for values in cursor.fetchall():
            row = dict(zip(names, values, strict=True))
            seq += 1
            digest = row_hash(prev, row, table)
            links.append((seq, prev, digest, row["id"]))
            prev = digest
        db.conn.executemany(
            f"UPDATE {table} SET seq = ?, prev_hash = ?, hash = ? WHERE id = ?", links
        )
    for table in CHAINED:
        db[table].create_index(["seq"], unique=True)
    create_triggers(db)


def add_snapshot_role(db: sqlite_utils.Database) -> None:
    """Schema 15: a review row's snapshot keeps its claim's role and counted noun, so one
    mention counted in two roles ("hit 1", "injured 1") reads as two claims in the log and
    its exports. Adding columns rewrites no row: rows logged before keep both null, and
    their hashes (`chain.row_hash` covers the two only when one is set) still verify."""
    columns = db["reviews"].columns_dict
    for column in ("claim_role", "claim_counted"):
        if column not in columns:
            db["reviews"].add_column(column, str)


def add_note_undo(db: sqlite_utils.Database) -> None:
    """Schema 16: a note edit that takes another back says which (`undo_of`), so an undo
    reads from the database which of a reviewer's note edits still stand, those made
    before the app opened included. Adding the column rewrites no row: rows logged before
    keep it null, and their hashes (`chain.row_hash` covers it only when set) still
    verify."""
    if "undo_of" not in db["notes"].columns_dict:
        db["notes"].add_column("undo_of", int)
    db["notes"].create_index(["reviewer", "id"], if_not_exists=True)
    db["notes"].create_index(["undo_of"], if_not_exists=True)
