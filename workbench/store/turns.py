"""Writers queue in the kernel: a lock on a file beside the database, held for each
write transaction of every workbench process.

SQLite cannot queue writers: a writer that finds the lock taken sleeps and tries again,
so under load it either polls (and takes the processor from the writer it waits for) or
sleeps long and misses its turn; four busy writers made a decision wait over a second
now and then. `flock` puts the waiters to sleep in the kernel and wakes them the moment
the holder lets go. SQLite's own lock is still taken after it (BEGIN IMMEDIATE), so a
plain sqlite3 client writing at the same time is still waited for; on a system without
`flock` (Windows), or where the file cannot be made, writers fall back to that alone.
"""

from __future__ import annotations

import contextlib
import os
import threading

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


_HELD: dict[int, tuple[int, int]] = {}
"""Descriptors of the turns this process holds, with the lock file's (device, inode): a
child forked meanwhile (a worker pool started inside a transaction) closes its copies,
or the lock would outlive our turn."""


def _identity(fd: int) -> tuple[int, int]:
    st = os.fstat(fd)
    return st.st_dev, st.st_ino


def _hold(fd: int) -> None:
    _HELD[fd] = _identity(fd)


def _close_inherited() -> None:
    """Close the inherited turns, and only them: a number whose file is no longer the lock
    (closed without `end_turn` and reused) belongs to someone else in the child."""
    for fd, identity in list(_HELD.items()):
        with contextlib.suppress(OSError):
            if _identity(fd) == identity:
                os.close(fd)
    _HELD.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_inherited)


class TurnTimeout(Exception):
    """Another writer kept its turn for longer than we could wait."""


def turn_path(database: str) -> str | None:
    """The lock file of a database file (None for an in-memory one)."""
    return f"{database}-writer" if database and database != ":memory:" else None


def take_turn(path: str | None, timeout: float) -> tuple[int | None, bool]:
    """Wait (up to `timeout` s) for this database's writer lock; returns the file
    descriptor to pass to `end_turn` (None: no lock file, SQLite alone decides) and
    whether another writer held it when we asked."""
    if path is None or fcntl is None:
        return None, False
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
    except OSError:  # a read-only folder: SQLite's lock alone
        return None, False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        _hold(fd)
        return fd, False
    except BlockingIOError:
        pass
    except OSError:
        os.close(fd)
        return None, False
    if _wait(fd, timeout):
        _hold(fd)
        return fd, True
    raise TurnTimeout


def end_turn(fd: int | None) -> None:
    """Let the next writer in (closing the descriptor releases the lock)."""
    if fd is not None:
        _HELD.pop(fd, None)
        os.close(fd)


def _wait(fd: int, timeout: float) -> bool:
    """Block in the kernel for the lock, in a helper thread so the wait can end: a lock
    the thread gets after we gave up is let go at once (and the descriptor is its)."""
    handoff = threading.Lock()
    got = threading.Event()
    state = {"cancelled": False}

    def wait() -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:
            with handoff:
                if state["cancelled"]:
                    os.close(fd)
            return
        with handoff:
            if state["cancelled"]:
                os.close(fd)
                return
            got.set()

    threading.Thread(target=wait, daemon=True, name="workbench-writer-turn").start()
    got.wait(timeout)
    with handoff:
        if got.is_set():
            return True
        state["cancelled"] = True
        return False
