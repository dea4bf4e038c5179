"""How a process takes its turn at writing: every write transaction starts IMMEDIATE.

In WAL mode a deferred transaction that reads and then writes cannot wait for the write
lock: when another process committed in between, its snapshot is stale and SQLite fails
at once with "database is locked", whatever the busy timeout. Taking the write lock at
BEGIN makes a writer wait its turn, so two reviewers and an ingest queue instead of
failing; the wait is bounded (WRITE_WAIT_S), then a clear error.
"""

from __future__ import annotations

import contextlib
import os
import random
import secrets
import sqlite3
import time
from collections.abc import Generator

import sqlite_utils

from workbench.store.turns import TurnTimeout, end_turn, take_turn, turn_path

BUSY_TIMEOUT_MS = 5000
POLITE_PAUSE_S = 0.005
SHARED_FOR_S = 2.0
"""After waiting for the lock once, a writer stays polite this long (alone, it never is)."""
WRITE_WAIT_S = 15.0
"""How long a write waits for the lock before it gives up with a clear error."""


_BUSY = (
    f"the database is busy: another process has been writing for over {WRITE_WAIT_S:.0f} s; "
    "try again"
)


class StoreError(Exception):
    """A problem with the database a user can act on (wrong file, newer schema, bad id)."""


class BusyError(StoreError):
    """Another process held the write lock for longer than every attempt waited."""


def _locked(exc: sqlite3.OperationalError) -> bool:
    text = str(exc)
    return "database is locked" in text or "database is busy" in text


def begin_immediate(conn: sqlite3.Connection) -> bool:
    """Take SQLite's write lock now, waiting for our turn (up to WRITE_WAIT_S) if need be.

    Workbench's own writers already queue on the turn lock (`turns`), so this waits only
    for another kind of client (a plain sqlite3 shell). SQLite's busy handler backs off to
    one try per 100 ms; polling every millisecond or two (with jitter) keeps the wait
    close to the time the other actually holds the lock. Returns True when it had to wait.
    """
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
                    raise BusyError(_BUSY) from exc
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
    _turn: str | None = None
    """The writers' lock file beside the database (`turns`)."""

    def _step_aside(self) -> None:
        """A writer that committed a moment ago while others were about (an ingest
        between articles, a reviewer pressing keys) first steps aside for POLITE_PAUSE_S,
        or it would take the lock again before any waiter woken by its commit runs."""
        now = time.monotonic()
        if self._shared_until > now and now - self._last_commit < POLITE_PAUSE_S:
            time.sleep(POLITE_PAUSE_S * (0.5 + random.random()))

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
        self._step_aside()
        try:
            turn, waited = take_turn(self._turn, WRITE_WAIT_S)
        except TurnTimeout:
            raise BusyError(_BUSY) from None
        try:
            if begin_immediate(conn) or waited:
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
        finally:
            end_turn(turn)


def open_connection(path: str, *, check_same_thread: bool = True, uri: bool = False) -> Database:
    """A connection in autocommit mode (no implicit deferred transactions) with the timeout;
    `uri`: `path` is a read-only `file:` URI (no writer's turn to take)."""
    conn = sqlite3.connect(
        path,
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=check_same_thread,
        isolation_level=None,
        uri=uri,
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db = Database(conn)
    if not uri:
        db._turn = turn_path(os.path.abspath(path) if path != ":memory:" else path)
    return db
