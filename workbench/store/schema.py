"""The schema, its migrations, and opening a database with the settings every use needs.

One SQLite file, opened with sqlite-utils, readable in any SQLite tool: plain table
names, views for the common questions, and an append-only review log guarded by
triggers so that no code path (ours or a user's) can rewrite history.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from workbench.store.chain_schema import add_note_undo, add_snapshot_role, chain_decisions
from workbench.store.connection import StoreError, open_connection
from workbench.store.copies_schema import migrate_copy_shingles
from workbench.store.findings_schema import add_relation_role_features
from workbench.store.page_facts_schema import create_page_facts
from workbench.store.read_only import can_write, connect_read_only
from workbench.store.stories_schema import (
    add_story_undo_columns,
    create_story_conflicts_view,
    migrate_stories,
    migrate_story_paragraphs,
    name_outlets_as_stories_do,
)
from workbench.store.verdict_schema import create_verdict_tables

SCHEMA_VERSION = 18


def utc_now() -> str:
    """The review log's clock: UTC, ISO 8601, to the microsecond so order is never ambiguous."""
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


# --- migrations -------------------------------------------------------------------------


def _migrate_1(db: sqlite_utils.Database) -> None:
    """The first schema: sources, sentences, claims, conflicts, corroborations, reviews."""
    db["sources"].create(
        {
            "id": int,
            "file": str,
            "path": str,
            "outlet": str,
            "url": str,
            "published": str,
            "title": str,
            "format": str,
            "raw": bytes,
            "text": str,
            "content_hash": str,
            "copy_of": int,
            "copy_score": float,
            "word_count": int,
            "removed": str,
            "ingested_at": str,
        },
        pk="id",
        not_null=["file", "raw", "text", "content_hash"],
        foreign_keys=[("copy_of", "sources", "id")],
    )
    db["sources"].create_index(["content_hash"], unique=True)
    db["sentences"].create(
        {
            "id": int,
            "source_id": int,
            "idx": int,
            "paragraph": int,
            "start": int,
            "end": int,
            "text": str,
        },
        pk="id",
        not_null=["source_id", "idx", "start", "end", "text"],
        foreign_keys=[("source_id", "sources", "id")],
    )
    db["sentences"].create_index(["source_id", "idx"], unique=True)
    db["sentences"].enable_fts(["text"], create_triggers=True, tokenize="porter unicode61")
    db["claims"].create(
        {
            "id": str,
            "source_id": int,
            "sentence_id": int,
            "kind": str,
            "text": str,
            "start": int,
            "end": int,
            "sentence": str,
            "frame_action": str,
            "frame_counted": str,
            "frame_subject": str,
            "value": str,
            "event_date": str,
            "event_date_basis": str,
            "attribution": str,
        },
        pk="id",
        not_null=["source_id", "kind", "text", "start", "end", "sentence"],
        foreign_keys=[("source_id", "sources", "id"), ("sentence_id", "sentences", "id")],
    )
    db["claims"].create_index(["source_id", "start"])
    db["claims"].create_index(["kind"])
    for table in ("conflicts", "corroborations"):
        columns: dict[str, Any] = {"id": str, "kind": str, "score": float, "reason": str}
        if table == "conflicts":
            columns["same_day"] = int
        db[table].create(columns, pk="id", not_null=["kind", "score", "reason"])
        link = f"{table[:-1]}_claims"
        db[link].create(
            {f"{table[:-1]}_id": str, "claim_id": str, "position": int},
            pk=(f"{table[:-1]}_id", "claim_id"),
            foreign_keys=[(f"{table[:-1]}_id", table, "id"), ("claim_id", "claims", "id")],
        )
        db[link].create_index(["claim_id"])
    # The review log deliberately has no foreign key to claims: a re-analysis may drop a
    # claim, and the decisions about it must stay. Each row carries a snapshot instead.
    db["reviews"].create(
        {
            "id": int,
            "claim_id": str,
            "status": str,
            "note": str,
            "reviewer": str,
            "at": str,
            "previous_status": str,
            "undo_of": int,
            "claim_kind": str,
            "claim_text": str,
            "sentence": str,
            "source_file": str,
            "outlet": str,
            "url": str,
            "published": str,
            "value": str,
        },
        pk="id",
        not_null=["claim_id", "reviewer", "at"],
    )
    db["reviews"].create_index(["claim_id", "id"])
    db["reviews"].create_index(["undo_of"])
    db.execute(
        "CREATE TRIGGER reviews_no_update BEFORE UPDATE ON reviews "
        "BEGIN SELECT RAISE(ABORT, 'the review log is append-only: UPDATE refused'); END"
    )
    db.execute(
        "CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews "
        "BEGIN SELECT RAISE(ABORT, 'the review log is append-only: DELETE refused'); END"
    )
    db["meta"].create({"key": str, "value": str}, pk="key")
    db.create_view(
        "claim_status",
        """
        SELECT r.claim_id, r.status, r.note, r.reviewer, r.at
        FROM reviews r
        WHERE r.id = (SELECT max(id) FROM reviews WHERE claim_id = r.claim_id)
          AND r.status IS NOT NULL
        """,
    )
    db.create_view(
        "claims_overview",
        """
        SELECT c.id, s.file, s.outlet, s.published, c.kind, c.text, c.value,
               c.frame_action, c.frame_counted, c.attribution, c.event_date,
               st.status, st.note, st.reviewer, c.sentence
        FROM claims c
        JOIN sources s ON s.id = c.source_id
        LEFT JOIN claim_status st ON st.claim_id = c.id
        """,
    )
    db.create_view(
        "conflicts_overview",
        """
        SELECT f.id, f.kind, f.score, f.reason, f.same_day,
               count(fc.claim_id) AS claims,
               count(st.status) AS decided
        FROM conflicts f
        JOIN conflict_claims fc ON fc.conflict_id = f.id
        LEFT JOIN claim_status st ON st.claim_id = fc.claim_id
        GROUP BY f.id
        ORDER BY f.score DESC
        """,
    )
    db.create_view(
        "sources_overview",
        """
        SELECT s.id, s.file, s.outlet, s.url, s.published, s.word_count,
               s.copy_of, c.file AS copy_of_file,
               (SELECT count(*) FROM claims WHERE source_id = s.id) AS claims
        FROM sources s LEFT JOIN sources c ON c.id = s.copy_of
        """,
    )


def _migrate_2(db: sqlite_utils.Database) -> None:
    """Copy detection's sampled shingles per source, so that an ingest into a big database
    does not fingerprint every stored article again (filled lazily by the next ingest)."""
    db["copy_fingerprints"].create(
        {"source_id": int, "method": str, "shingles": bytes},
        pk="source_id",
        not_null=["method", "shingles"],
        foreign_keys=[("source_id", "sources", "id")],
    )


def _migrate_3(db: sqlite_utils.Database) -> None:
    """The review log becomes a hash chain (rows logged so far are chained in id order) and
    its triggers also refuse REPLACE, chosen ids, back-dated and unchained rows."""
    from workbench.store.chain import GENESIS, row_hash

    db.execute("DROP TRIGGER IF EXISTS reviews_no_update")
    db["reviews"].add_column("prev_hash", str)
    db["reviews"].add_column("hash", str)
    cursor = db.conn.cursor()
    cursor.execute("SELECT * FROM reviews ORDER BY id")
    names = [d[0] for d in cursor.description]
    prev, links = GENESIS, []
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        digest = row_hash(prev, row)
        links.append((prev, digest, row["id"]))
        prev = digest
    db.conn.executemany("UPDATE reviews SET prev_hash = ?, hash = ? WHERE id = ?", links)
    for name, body in _V3_TRIGGERS.items():
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
        db.execute(f"CREATE TRIGGER {name} {body}")


_V3_TRIGGERS = {
    "reviews_no_update": "BEFORE UPDATE ON reviews BEGIN SELECT RAISE(ABORT, "
    "'the review log is append-only: UPDATE refused'); END",
    "reviews_no_delete": "BEFORE DELETE ON reviews BEGIN SELECT RAISE(ABORT, "
    "'the review log is append-only: DELETE refused'); END",
    "reviews_no_chosen_id": "BEFORE INSERT ON reviews WHEN NEW.id <> -1 BEGIN SELECT "
    "RAISE(ABORT, 'the review log is append-only: an insert with a chosen id or REPLACE "
    "refused'); END",
    "reviews_in_order": "AFTER INSERT ON reviews WHEN NEW.at < (SELECT max(at) FROM reviews "
    "WHERE id < NEW.id) OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM reviews WHERE "
    "id < NEW.id ORDER BY id DESC LIMIT 1), '" + "0" * 64 + "') OR NEW.hash IS NULL BEGIN "
    "SELECT RAISE(ABORT, 'the review log is append-only: a row dated before the last one, "
    "or not chained to it, refused'); END",
}
"""The review log's guards as schema step 3 made them (step 10 replaces them)."""


def _migrate_5(db: sqlite_utils.Database) -> None:
    """Claims from syntax: each claim's role, counted noun, group, and whether it was
    derived or read from a singular mention; and the per-sentence parse cache."""
    claims = db["claims"]
    for column, kind in (
        ("role", str),
        ("counted", str),
        ("claim_group", str),
        ("derived", int),
        ("implicit", int),
    ):
        claims.add_column(column, kind)
    claims.create_index(["role"])
    db["parses"].create({"key": str, "data": str}, pk="key", not_null=["data"])
    # The overview reads a claim's sentence through its pointer (claims no longer copy it);
    # the migration that did this was numbered 4 too, and lost when the stories' took 4.
    db.create_view(
        "claims_overview",
        """
        SELECT c.id, s.file, s.outlet, s.published, c.kind, c.text, c.value,
               c.frame_action, c.frame_counted, c.attribution, c.event_date,
               st.status, st.note, st.reviewer,
               coalesce(nullif(c.sentence, ''), se.text) AS sentence
        FROM claims c
        JOIN sources s ON s.id = c.source_id
        LEFT JOIN sentences se ON se.id = c.sentence_id
        LEFT JOIN claim_status st ON st.claim_id = c.id
        """,
        replace=True,
    )


def _refresh_log_guards(db: sqlite_utils.Database) -> None:
    """The review log's triggers as this version writes them (the order check reads the
    row before by its id instead of scanning the whole log for its latest time)."""
    from workbench.store.chain import create_triggers

    create_triggers(db)


def _headline_claims(db: sqlite_utils.Database) -> None:
    """Claims read from an article's title: a flag, so that a title claim's offsets are read
    against the title. Existing claims (and every review of them) stay as they are: read
    from the text, flag 0."""
    if "headline" not in db["claims"].columns_dict:
        db["claims"].add_column("headline", int, not_null_default=0)


MIGRATIONS: dict[int, Callable[[sqlite_utils.Database], None]] = {
    1: _migrate_1,
    2: _migrate_2,
    3: _migrate_3,
    4: migrate_stories,
    5: _migrate_5,
    6: create_verdict_tables,
    7: migrate_story_paragraphs,
    8: add_relation_role_features,
    9: migrate_copy_shingles,
    10: chain_decisions,
    11: _refresh_log_guards,
    12: _headline_claims,
    13: create_story_conflicts_view,
    14: add_story_undo_columns,
    15: add_snapshot_role,
    16: add_note_undo,
    17: name_outlets_as_stories_do,
    18: create_page_facts,
}


def migrate(db: sqlite_utils.Database) -> None:
    """Bring the schema forward to SCHEMA_VERSION, one recorded step at a time."""
    current = db.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"database schema version {current} is newer than this workbench "
            f"({SCHEMA_VERSION}); upgrade workbench"
        )
    for version in range(current + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            # Another process may have migrated while we waited for the write lock.
            if db.execute("PRAGMA user_version").fetchone()[0] >= version:
                continue
            MIGRATIONS[version](db)
            db["schema_migrations"].insert(
                {"version": version, "applied_at": utc_now()}, pk="version"
            )
            db.execute(f"PRAGMA user_version = {version}")


def connect(
    path: str | Path, *, check_same_thread: bool = True, read_only: bool = False
) -> sqlite_utils.Database:
    """Open (creating if needed) a workbench database with the settings every use needs;
    `read_only`: the caller only reads, so a database it may not write opens read-only."""
    if str(path) != ":memory:" and Path(path).exists() and not can_write(path):
        if read_only:
            return connect_read_only(path, SCHEMA_VERSION, check_same_thread=check_same_thread)
        # SQLite would open it, leave -shm and -wal beside it, and fail at the first write.
        raise StoreError(f"{path}: read-only (this command writes to it)")
    db = open_connection(str(path), check_same_thread=check_same_thread)
    conn = db.conn
    try:
        db.execute("PRAGMA foreign_keys = ON")
        # Every commit is on disk before it returns (a decision shown as saved survives a
        # power cut): the default of most builds, said here so no build's default decides.
        db.execute("PRAGMA synchronous = FULL")
        tables = db.table_names()
        if tables and "sources" not in tables:
            raise StoreError(f"{path}: a SQLite database, but not a workbench one")
        if str(path) != ":memory:":
            db.enable_wal()
        migrate(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise StoreError(f"{path}: not a SQLite database") from exc
        if "readonly" in str(exc):
            raise StoreError(f"{path}: read-only (this command writes to it)") from exc
        raise StoreError(f"{path}: cannot open the database ({exc})") from exc
    except BaseException:
        conn.close()
        raise
    return db
