"""How a process takes its turn at writing: every write transaction starts IMMEDIATE.

In WAL mode a deferred transaction that reads and then writes cannot wait for the write
lock: when another process committed in between, its snapshot is stale and SQLite fails
at once with "database is locked", whatever the busy timeout. Taking the write lock at
BEGIN makes the busy timeout apply, so two reviewers and an ingest queue instead of
failing; a bounded retry covers the rare wait longer than the timeout.
"""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
import time
from collections.abc import Generator

import sqlite_utils

BUSY_TIMEOUT_MS = 5000
BEGIN_ATTEMPTS = 3
"""BEGIN IMMEDIATE tries (each waits up to the busy timeout) before a write gives up."""


class StoreError(Exception):
    """A problem with the database a user can act on (wrong file, newer schema, bad id)."""


class BusyError(StoreError):
    """Another process held the write lock for longer than every attempt waited."""


def _locked(exc: sqlite3.OperationalError) -> bool:
    text = str(exc)
    return "database is locked" in text or "database is busy" in text


def begin_immediate(conn: sqlite3.Connection) -> None:
    """Take the write lock now, waiting (busy timeout, then a few retries) for our turn."""
    for attempt in range(1, BEGIN_ATTEMPTS + 1):
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if not _locked(exc) or attempt == BEGIN_ATTEMPTS:
                if _locked(exc):
                    seconds = BEGIN_ATTEMPTS * BUSY_TIMEOUT_MS // 1000
                    raise BusyError(
                        f"the database is busy: another process has been writing for over "
                        f"{seconds} s; try again"
                    ) from exc
                raise
            time.sleep(0.05 * attempt)


class Database(sqlite_utils.Database):
    """sqlite-utils' Database whose outermost `atomic()` begins IMMEDIATE, so every write
    path (ours and sqlite-utils' own table methods) waits its turn for the lock."""

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        conn = self.conn
        if conn.in_transaction:
            savepoint = f"wb_{secrets.token_hex(8)}"
            conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        begin_immediate(conn)
        try:
            yield self
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def open_connection(path: str, *, check_same_thread: bool = True) -> Database:
    """A connection in autocommit mode (no implicit deferred transactions) with the timeout."""
    conn = sqlite3.connect(
        path,
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=check_same_thread,
        isolation_level=None,
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return Database(conn)
