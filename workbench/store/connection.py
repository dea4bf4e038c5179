"""How a process takes its turn at writing: every write transaction starts IMMEDIATE.

In WAL mode a deferred transaction that reads and then writes cannot wait for the write
lock: when another process committed in between, its snapshot is stale and SQLite fails
at once with "database is locked", whatever the busy timeout. Taking the write lock at
BEGIN makes a writer wait its turn, so two reviewers and an ingest queue instead of
failing; the wait is bounded (WRITE_WAIT_S), then a clear error.
"""

from __future__ import annotations

import contextlib
import random
import secrets
import sqlite3
import time
from collections.abc import Generator

import sqlite_utils

BUSY_TIMEOUT_MS = 5000
POLITE_PAUSE_S = 0.005
SHARED_FOR_S = 2.0
"""After waiting for the lock once, a writer stays polite this long (alone, it never is)."""
WRITE_WAIT_S = 15.0
"""How long a write waits for the lock before it gives up with a clear error."""


class StoreError(Exception):
    """A problem with the database a user can act on (wrong file, newer schema, bad id)."""


class BusyError(StoreError):
    """Another process held the write lock for longer than every attempt waited."""


def _locked(exc: sqlite3.OperationalError) -> bool:
    text = str(exc)
    return "database is locked" in text or "database is busy" in text


def begin_immediate(conn: sqlite3.Connection, last_commit: float = 0.0) -> bool:
    """Take the write lock now, waiting for our turn (up to WRITE_WAIT_S) if need be.

    SQLite's own busy handler backs off to one try per 100 ms, so a writer among several
    busy ones can lose every race for seconds; polling every millisecond or two (with
    jitter) keeps each wait close to the time the others actually hold the lock. A writer
    that committed a moment ago while others were about (an ingest between articles)
    first steps aside for POLITE_PAUSE_S, or it would win the lock again before any waiter
    wakes. Returns True when it had to wait (others are writing too).
    """
    if time.monotonic() - last_commit < POLITE_PAUSE_S:
        time.sleep(POLITE_PAUSE_S * (0.5 + random.random()))
    try:
        conn.execute("BEGIN IMMEDIATE")
        return False
    except sqlite3.OperationalError as exc:
        if not _locked(exc):
            raise
    deadline = time.monotonic() + WRITE_WAIT_S
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        pause = 0.0005
        while True:
            time.sleep(pause * (0.5 + random.random()))
            try:
                conn.execute("BEGIN IMMEDIATE")
                return True
            except sqlite3.OperationalError as exc:
                if not _locked(exc):
                    raise
                if time.monotonic() > deadline:
                    raise BusyError(
                        "the database is busy: another process has been writing for over "
                        f"{WRITE_WAIT_S:.0f} s; try again"
                    ) from exc
            # Whoever has waited longest polls fastest, so the oldest waiter tends to win.
            waited = WRITE_WAIT_S - (deadline - time.monotonic())
            pause = 0.0003 if waited > 0.1 else min(pause * 1.5, 0.002)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


class Database(sqlite_utils.Database):
    """sqlite-utils' Database whose outermost `atomic()` begins IMMEDIATE, so every write
    path (ours and sqlite-utils' own table methods) waits its turn for the lock."""

    _last_commit = 0.0
    """When this connection last committed (time.monotonic)."""
    _shared_until = 0.0
    """Until when to step aside after a commit: a while after we last had to wait."""

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
        if begin_immediate(conn, self._last_commit if self._shared_until > time.monotonic() else 0):
            self._shared_until = time.monotonic() + SHARED_FOR_S
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
        self._last_commit = time.monotonic()


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
