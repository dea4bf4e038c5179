"""The database: schema, migrations and the queries every other part goes through.

One SQLite file, opened with sqlite-utils, readable in any SQLite tool: plain table
names, views for the common questions, and an append-only review log guarded by
triggers so that no code path (ours or a user's) can rewrite history.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from workbench.models import (
    REVIEW_STATUSES,
    Claim,
    Conflict,
    Corroboration,
    Frame,
    Removed,
    Review,
    Sentence,
    Source,
)

SCHEMA_VERSION = 2
BUSY_TIMEOUT_MS = 5000


class StoreError(Exception):
    """A problem with the database a user can act on (wrong file, newer schema, bad id)."""


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


MIGRATIONS: dict[int, Callable[[sqlite_utils.Database], None]] = {1: _migrate_1, 2: _migrate_2}


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
            MIGRATIONS[version](db)
            db["schema_migrations"].insert(
                {"version": version, "applied_at": utc_now()}, pk="version"
            )
            db.execute(f"PRAGMA user_version = {version}")


def connect(path: str | Path, *, check_same_thread: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) a workbench database with the settings every use needs."""
    conn = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=check_same_thread
    )
    try:
        db = sqlite_utils.Database(conn)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
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
        raise StoreError(f"{path}: cannot open the database ({exc})") from exc
    except BaseException:
        conn.close()
        raise
    return db


# --- row <-> model ----------------------------------------------------------------------


def _source(row: dict[str, Any]) -> Source:
    return Source(
        id=row["id"],
        file=row["file"],
        text=row["text"],
        content_hash=row["content_hash"],
        outlet=row["outlet"],
        url=row["url"],
        published=row["published"],
        title=row["title"],
        format=row["format"] or "text",
        copy_of=row["copy_of"],
        copy_score=row["copy_score"],
        word_count=row["word_count"] or 0,
        removed=[Removed(**r) for r in json.loads(row["removed"] or "[]")],
        ingested_at=row["ingested_at"],
    )


def _claim(row: dict[str, Any]) -> Claim:
    return Claim(
        id=row["id"],
        source_id=row["source_id"],
        sentence_id=row["sentence_id"],
        kind=row["kind"],
        text=row["text"],
        start=row["start"],
        end=row["end"],
        sentence=row["sentence"],
        frame=Frame(row["frame_action"], row["frame_counted"], row["frame_subject"]),
        value=json.loads(row["value"] or "{}"),
        event_date=row["event_date"],
        event_date_basis=row["event_date_basis"],
        attribution=row["attribution"],
        file=row.get("file"),
    )


def _claim_row(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "source_id": claim.source_id,
        "sentence_id": claim.sentence_id,
        "kind": claim.kind,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "sentence": claim.sentence,
        "frame_action": claim.frame.action,
        "frame_counted": claim.frame.counted,
        "frame_subject": claim.frame.subject,
        "value": json.dumps(claim.value, sort_keys=True, ensure_ascii=False),
        "event_date": claim.event_date,
        "event_date_basis": claim.event_date_basis,
        "attribution": claim.attribution,
    }


def _review_filters(
    claim_id: str | None,
    since: str | None,
    reviewer: str | None,
    status: str | None,
    latest: bool,
) -> tuple[str, list[Any]]:
    """The WHERE clause shared by every query that filters the review log."""
    where, params = [], []
    for column, value, op in (
        ("claim_id", claim_id, "="),
        ("at", since, ">="),
        ("reviewer", reviewer, "="),
        ("status", status, "="),
    ):
        if value is not None:
            where.append(f"{column} {op} ?")
            params.append(value)
    if latest:
        where.append("id IN (SELECT max(id) FROM reviews GROUP BY claim_id)")
    return (" WHERE " + " AND ".join(where) if where else ""), params


def _review(row: dict[str, Any]) -> Review:
    value = row.get("value")
    return Review(
        id=row["id"],
        claim_id=row["claim_id"],
        status=row["status"],
        note=row["note"],
        reviewer=row["reviewer"],
        at=row["at"],
        previous_status=row["previous_status"],
        undo_of=row["undo_of"],
        claim_kind=row["claim_kind"],
        claim_text=row["claim_text"],
        sentence=row["sentence"],
        source_file=row["source_file"],
        outlet=row["outlet"],
        url=row["url"],
        published=row["published"],
        value=json.loads(value) if value else None,
    )


_CLAIM_SELECT = (
    "SELECT claims.*, sources.file AS file "
    "FROM claims JOIN sources ON sources.id = claims.source_id"
)


class Store:
    """A workbench database: the one place that reads and writes it."""

    def __init__(self, path: str | Path, *, check_same_thread: bool = True) -> None:
        self.path = str(path)
        self.db = connect(path, check_same_thread=check_same_thread)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """All or nothing: commits on success, rolls back on any exception."""
        with self.db.atomic():
            yield self

    # --- meta ---------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db["meta"].upsert({"key": key, "value": value}, pk="key")

    # --- sources and sentences ----------------------------------------------------------

    def add_source(
        self,
        *,
        file: str,
        raw: bytes,
        text: str,
        content_hash: str,
        path: str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        published: str | None = None,
        title: str | None = None,
        format: str = "text",
        removed: Iterable[Removed] = (),
        word_count: int = 0,
    ) -> int:
        """Insert a source and return its id; the caller owns the transaction."""
        table = self.db["sources"]
        table.insert(
            {
                "file": file,
                "path": path,
                "outlet": outlet,
                "url": url,
                "published": published,
                "title": title,
                "format": format,
                "raw": raw,
                "text": text,
                "content_hash": content_hash,
                "word_count": word_count,
                "removed": json.dumps(
                    [{"text": r.text, "reason": r.reason} for r in removed], ensure_ascii=False
                ),
                "ingested_at": utc_now(),
            }
        )
        return int(table.last_pk)

    def source_by_hash(self, content_hash: str) -> Source | None:
        rows = list(self.db["sources"].rows_where("content_hash = ?", [content_hash]))
        return _source(rows[0]) if rows else None

    def source(self, source_id: int) -> Source:
        try:
            return _source(self.db["sources"].get(source_id))
        except sqlite_utils.db.NotFoundError as exc:
            raise StoreError(f"no source with id {source_id}") from exc

    def sources(self) -> list[Source]:
        return [_source(r) for r in self.db["sources"].rows_where(order_by="id")]

    def raw(self, source_id: int) -> bytes:
        row = self.db.execute("SELECT raw FROM sources WHERE id = ?", [source_id]).fetchone()
        if row is None:
            raise StoreError(f"no source with id {source_id}")
        return bytes(row[0])

    def set_copy_of(self, source_id: int, copy_of: int | None, score: float | None) -> None:
        self.db["sources"].update(source_id, {"copy_of": copy_of, "copy_score": score})

    def copy_fingerprints(self, method: str) -> list[tuple[int, bytes | None]]:
        """Every source's stored copy-detection shingles, by id (None: none made by `method`)."""
        sql = (
            "SELECT s.id, CASE WHEN f.method = ? THEN f.shingles END FROM sources s "
            "LEFT JOIN copy_fingerprints f ON f.source_id = s.id ORDER BY s.id"
        )
        return [(sid, blob) for sid, blob in self.db.execute(sql, [method])]

    def set_copy_fingerprints(self, method: str, shingles: Iterable[tuple[int, bytes]]) -> None:
        """Store (source id, shingles) pairs, replacing older ones: one batch per command."""
        self.db["copy_fingerprints"].insert_all(
            ({"source_id": sid, "method": method, "shingles": blob} for sid, blob in shingles),
            pk="source_id",
            replace=True,
        )

    def add_sentences(self, source_id: int, sentences: Iterable[Sentence]) -> None:
        # Multi-row INSERTs, not executemany: the FTS5 trigger flushes its index once per
        # statement, so one statement per row would cost twice as much.
        self.db["sentences"].insert_all(
            (
                {
                    "source_id": source_id,
                    "idx": s.index,
                    "paragraph": s.paragraph,
                    "start": s.start,
                    "end": s.end,
                    "text": s.text,
                }
                for s in sentences
            ),
            batch_size=1000,
        )

    def sentences(self, source_id: int) -> list[Sentence]:
        return [
            Sentence(
                id=r["id"],
                source_id=r["source_id"],
                index=r["idx"],
                paragraph=r["paragraph"],
                start=r["start"],
                end=r["end"],
                text=r["text"],
            )
            for r in self.db["sentences"].rows_where("source_id = ?", [source_id], order_by="idx")
        ]

    def search_sentences(self, query: str, limit: int = 50) -> list[Sentence]:
        """Full-text search over every sentence (FTS5, porter stemming), best match first."""
        sql = (
            "SELECT sentences.* FROM sentences JOIN sentences_fts "
            "ON sentences_fts.rowid = sentences.id WHERE sentences_fts MATCH ? "
            "ORDER BY sentences_fts.rank LIMIT ?"
        )
        rows = self.db.execute(sql, [self.db.quote_fts(query), limit]).fetchall()
        return [
            Sentence(
                id=r[0], source_id=r[1], index=r[2], paragraph=r[3], start=r[4], end=r[5], text=r[6]
            )
            for r in rows
        ]

    # --- claims -------------------------------------------------------------------------

    def claims(
        self,
        *,
        source_id: int | None = None,
        kind: str | None = None,
        ids: Iterable[str] | None = None,
    ) -> list[Claim]:
        where, params = [], []
        if source_id is not None:
            where.append("claims.source_id = ?")
            params.append(source_id)
        if kind is not None:
            where.append("claims.kind = ?")
            params.append(kind)
        if ids is not None:
            id_list = list(ids)
            if not id_list:
                return []
            where.append(f"claims.id IN ({','.join('?' * len(id_list))})")
            params.extend(id_list)
        sql = _CLAIM_SELECT + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY claims.source_id, claims.start, claims.end, claims.kind"
        cursor = self.db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [_claim(dict(zip(names, row, strict=True))) for row in cursor]

    def claim(self, claim_id: str) -> Claim | None:
        found = self.claims(ids=[claim_id])
        return found[0] if found else None

    def replace_claims(self, source_id: int, claims: Iterable[Claim]) -> None:
        """Swap a source's claims for a new set; ids are assigned by the caller (identity)."""
        self.db.execute(
            "DELETE FROM conflict_claims WHERE claim_id IN "
            "(SELECT id FROM claims WHERE source_id = ?)",
            [source_id],
        )
        self.db.execute(
            "DELETE FROM corroboration_claims WHERE claim_id IN "
            "(SELECT id FROM claims WHERE source_id = ?)",
            [source_id],
        )
        self.db.execute("DELETE FROM claims WHERE source_id = ?", [source_id])
        self._insert_rows("claims", [_claim_row(c) for c in claims])

    def _insert_rows(self, table: str, rows: list[dict[str, Any]]) -> None:
        """One prepared INSERT run over every row: the analysis writes hundreds of thousands
        of plain rows, and sqlite-utils' per-row type checks cost twice the insert itself."""
        if not rows:
            return
        columns = list(rows[0])
        sql = "INSERT INTO [{}] ({}) VALUES ({})".format(
            table, ", ".join(f"[{c}]" for c in columns), ", ".join("?" * len(columns))
        )
        with self.db.atomic():  # as sqlite-utils does: alone or inside the caller's
            self.db.conn.executemany(sql, [tuple(r[c] for c in columns) for r in rows])

    # --- conflicts and corroborations ---------------------------------------------------

    def replace_findings(
        self, conflicts: Iterable[Conflict], corroborations: Iterable[Corroboration]
    ) -> None:
        """Replace every conflict and corroboration (they are derived, not decided)."""
        for table in ("conflict_claims", "conflicts", "corroboration_claims", "corroborations"):
            self.db.execute(f"DELETE FROM {table}")
        conflicts = list(conflicts)
        self._insert_rows(
            "conflicts",
            [
                {
                    "id": c.id,
                    "kind": c.kind,
                    "score": c.score,
                    "reason": c.reason,
                    "same_day": None if c.same_day is None else int(c.same_day),
                }
                for c in conflicts
            ],
        )
        self._insert_rows(
            "conflict_claims",
            [
                {"conflict_id": c.id, "claim_id": cid, "position": i}
                for c in conflicts
                for i, cid in enumerate(c.claim_ids)
            ],
        )
        corroborations = list(corroborations)
        self._insert_rows(
            "corroborations",
            [
                {"id": c.id, "kind": c.kind, "score": c.score, "reason": c.reason}
                for c in corroborations
            ],
        )
        self._insert_rows(
            "corroboration_claims",
            [
                {"corroboration_id": c.id, "claim_id": cid, "position": i}
                for c in corroborations
                for i, cid in enumerate(c.claim_ids)
            ],
        )

    def _findings(self, table: str, where: str = "", params: list[Any] | None = None):
        link = f"{table[:-1]}_claims"
        key = f"{table[:-1]}_id"
        rows = self.db.execute(
            f"SELECT * FROM {table} {where} ORDER BY score DESC, id", params or []
        ).fetchall()
        names = [d[0] for d in self.db.execute(f"SELECT * FROM {table} LIMIT 0").description]
        found = [dict(zip(names, r, strict=True)) for r in rows]
        links: dict[str, list[str]] = {f["id"]: [] for f in found}
        for fid, cid in self.db.execute(
            f"SELECT {key}, claim_id FROM {link} ORDER BY {key}, position"
        ):
            if fid in links:
                links[fid].append(cid)
        by_id = {c.id: c for c in self.claims(ids={c for ids in links.values() for c in ids})}
        for f in found:
            f["claim_ids"] = links[f["id"]]
            f["claims"] = [by_id[c] for c in links[f["id"]] if c in by_id]
        return found

    def conflicts(self, *, min_score: float = 0.0) -> list[Conflict]:
        """Every conflict, best first, with its claims loaded."""
        return [
            Conflict(
                id=f["id"],
                kind=f["kind"],
                score=f["score"],
                reason=f["reason"],
                same_day=None if f["same_day"] is None else bool(f["same_day"]),
                claim_ids=f["claim_ids"],
                claims=f["claims"],
            )
            for f in self._findings("conflicts", "WHERE score >= ?", [min_score])
        ]

    def corroborations(self) -> list[Corroboration]:
        return [
            Corroboration(
                id=f["id"],
                kind=f["kind"],
                score=f["score"],
                reason=f["reason"],
                claim_ids=f["claim_ids"],
                claims=f["claims"],
            )
            for f in self._findings("corroborations")
        ]

    def conflict_ids_of(self, claim_id: str) -> list[str]:
        return [
            r[0]
            for r in self.db.execute(
                "SELECT conflict_id FROM conflict_claims WHERE claim_id = ? ORDER BY conflict_id",
                [claim_id],
            )
        ]

    # --- the review log -----------------------------------------------------------------

    def status_of(self, claim_id: str) -> str | None:
        """A claim's current decision: the status of its latest log row (None: undecided)."""
        row = self.db.execute(
            "SELECT status FROM reviews WHERE claim_id = ? ORDER BY id DESC LIMIT 1", [claim_id]
        ).fetchone()
        return row[0] if row else None

    def statuses(self) -> dict[str, str]:
        """Current decision of every decided claim."""
        return dict(self.db.execute("SELECT claim_id, status FROM claim_status"))

    def record_review(
        self,
        claim_id: str,
        status: str | None,
        reviewer: str,
        note: str | None = None,
        *,
        undo_of: int | None = None,
    ) -> Review:
        """Append one decision to the log in its own committed transaction.

        Returns only after the row is durable, so a caller may show it as saved.
        """
        if status is not None and status not in REVIEW_STATUSES:
            raise StoreError(
                f"unknown status {status!r}: expected one of {', '.join(REVIEW_STATUSES)}"
            )
        if not reviewer or not reviewer.strip():
            raise StoreError("a decision needs a reviewer name")
        with self.db.atomic():
            snapshot = self._snapshot(claim_id, self.claim(claim_id))
            previous = self.status_of(claim_id)
            row = {
                "claim_id": claim_id,
                "status": status,
                # An empty note is no note, so CSV (which cannot tell "" from null) round-trips.
                "note": note or None,
                "reviewer": reviewer,
                "at": utc_now(),
                "previous_status": previous,
                "undo_of": undo_of,
                **snapshot,
            }
            table = self.db["reviews"]
            table.insert(row)
            row["id"] = int(table.last_pk)
        return _review(row)

    def _snapshot(self, claim_id: str, claim: Claim | None) -> dict[str, Any]:
        """What a log row keeps of its claim, so it reads right after the claim is gone."""
        if claim is None:
            last = self.db.execute(
                "SELECT claim_kind, claim_text, sentence, source_file, outlet, url, published, "
                "value FROM reviews WHERE claim_id = ? ORDER BY id DESC LIMIT 1",
                [claim_id],
            ).fetchone()
            if last is None:
                raise StoreError(f"no claim with id {claim_id}")
            keys = ("claim_kind", "claim_text", "sentence", "source_file", "outlet", "url")
            return dict(zip((*keys, "published", "value"), last, strict=True))
        source = self.source(claim.source_id)
        return {
            "claim_kind": claim.kind,
            "claim_text": claim.text,
            "sentence": claim.sentence,
            "source_file": source.file,
            "outlet": source.outlet,
            "url": source.url,
            "published": source.published,
            "value": json.dumps(claim.value, sort_keys=True, ensure_ascii=False),
        }

    def last_review(self, reviewer: str | None = None) -> Review | None:
        """The latest row that is not itself undone (what `undo` would take back)."""
        sql = (
            "SELECT * FROM reviews r WHERE NOT EXISTS "
            "(SELECT 1 FROM reviews u WHERE u.undo_of = r.id) AND r.undo_of IS NULL"
        )
        params: list[Any] = []
        if reviewer is not None:
            sql += " AND r.reviewer = ?"
            params.append(reviewer)
        cursor = self.db.execute(sql + " ORDER BY r.id DESC LIMIT 1", params)
        row = cursor.fetchone()
        if row is None:
            return None
        return _review(dict(zip([d[0] for d in cursor.description], row, strict=True)))

    def undo_last(self, reviewer: str) -> Review | None:
        """Take back this reviewer's latest decision by appending a row restoring the old status.

        Refused when someone has decided the same claim since: restoring the old status
        would silently take back their decision too.
        """
        last = self.last_review(reviewer)
        if last is None:
            return None
        since = self.db.execute(
            "SELECT reviewer FROM reviews r WHERE claim_id = ? AND id > ? AND undo_of IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM reviews u WHERE u.undo_of = r.id) "
            "ORDER BY id DESC LIMIT 1",
            [last.claim_id, last.id],
        ).fetchone()
        if since is not None:
            raise StoreError(
                f"cannot undo the decision on claim {last.claim_id}: "
                f"{since[0]} has decided it since"
            )
        note = self.db.execute(
            "SELECT note FROM reviews WHERE claim_id = ? AND id < ? ORDER BY id DESC LIMIT 1",
            [last.claim_id, last.id],
        ).fetchone()
        return self.record_review(
            last.claim_id,
            last.previous_status,
            reviewer,
            note[0] if note else None,
            undo_of=last.id,
        )

    def reviews(
        self,
        *,
        claim_id: str | None = None,
        since: str | None = None,
        reviewer: str | None = None,
        status: str | None = None,
        latest: bool = False,
    ) -> Iterator[Review]:
        """The log in order, streamed from the database (memory does not grow with it).

        `since` is compared as text with `at`, so give it in the log's own format
        (`utc_now()`'s, or a prefix of it such as a date). With `latest`, only each claim's
        current row is considered, and the other filters apply to that row.
        """
        where, params = _review_filters(claim_id, since, reviewer, status, latest)
        sql = "SELECT * FROM reviews" + where
        cursor = self.db.conn.cursor()
        cursor.execute(sql + " ORDER BY id", params)
        names = [d[0] for d in cursor.description]
        for row in cursor:
            yield _review(dict(zip(names, row, strict=True)))

    def latest_review(self, claim_id: str) -> Review | None:
        """A claim's current log row, with who decided it and why (None: never reviewed)."""
        cursor = self.db.execute(
            "SELECT * FROM reviews WHERE claim_id = ? ORDER BY id DESC LIMIT 1", [claim_id]
        )
        row = cursor.fetchone()
        if row is None:
            return None
        return _review(dict(zip([d[0] for d in cursor.description], row, strict=True)))

    def review_counts(
        self,
        *,
        since: str | None = None,
        reviewer: str | None = None,
        status: str | None = None,
        latest: bool = False,
    ) -> list[tuple[str, str | None, int]]:
        """(reviewer, status, rows) over the filtered log, so a summary need not hold the log."""
        where, params = _review_filters(None, since, reviewer, status, latest)
        sql = (
            f"SELECT reviewer, status, count(*) FROM reviews{where} "
            "GROUP BY reviewer, status ORDER BY reviewer, status"
        )
        return [tuple(r) for r in self.db.execute(sql, params)]

    # --- light lookups for exports over large corpora -----------------------------------

    def source_headers(self) -> list[Source]:
        """Every source with its text left empty, for listings that need only who published what.

        A corpus's texts run to tens of megabytes that a report or an export never shows.
        """
        cursor = self.db.execute(
            "SELECT id, file, '' AS text, content_hash, outlet, url, published, title, format, "
            "copy_of, copy_score, word_count, NULL AS removed, ingested_at "
            "FROM sources ORDER BY id"
        )
        names = [d[0] for d in cursor.description]
        return [_source(dict(zip(names, row, strict=True))) for row in cursor]

    def claim_source_id(self, claim_id: str) -> int | None:
        """The source a claim was found in (None: no such claim now), without loading it."""
        row = self.db.execute("SELECT source_id FROM claims WHERE id = ?", [claim_id]).fetchone()
        return row[0] if row else None

    def corroboration_ids_of(self, claim_id: str) -> list[str]:
        return [
            r[0]
            for r in self.db.execute(
                "SELECT corroboration_id FROM corroboration_claims WHERE claim_id = ? "
                "ORDER BY corroboration_id",
                [claim_id],
            )
        ]

    def corroboration_source_ids(self, corroboration_id: str) -> list[int]:
        """The sources of a corroboration's claims, without loading the claims."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT DISTINCT c.source_id FROM corroboration_claims l "
                "JOIN claims c ON c.id = l.claim_id WHERE l.corroboration_id = ? "
                "ORDER BY c.source_id",
                [corroboration_id],
            )
        ]
