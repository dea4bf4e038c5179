"""Opening a database this process cannot write, for the commands that only read it.

An ordinary open writes: it sets WAL mode and migrates, and reading a WAL database
makes SQLite create its `-shm` and `-wal` files beside it. A database shared read-only
(file mode 0444, or a folder the user cannot write) was refused with SQLite's "attempt
to write a readonly database". When the schema is current nothing needs writing, so it
is opened read-only (`mode=ro`, `query_only`); when no `-wal` file is there (no writer
has uncommitted pages in one) as `immutable`, which reads the file alone and creates
nothing. A schema that needs migrating cannot be: one line says so and nothing is written.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from workbench.store.connection import Database, StoreError, open_connection


def can_write(path: str | Path) -> bool:
    """Whether this process may write the database and create its journal beside it."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK)


def _uri(path: Path) -> str:
    immutable = not Path(f"{path}-wal").exists()
    return f"file:{quote(str(path.resolve()))}?" + ("immutable=1" if immutable else "mode=ro")


def connect_read_only(path: str | Path, schema_version: int, *, check_same_thread: bool = True):
    """A connection that cannot write, to a database whose schema is `schema_version`."""
    path = Path(path)
    try:
        db: Database = open_connection(_uri(path), check_same_thread=check_same_thread, uri=True)
    except sqlite3.OperationalError as exc:
        raise StoreError(f"{path}: cannot open the database read-only ({exc})") from exc
    try:
        db.execute("PRAGMA query_only = ON")
        tables = db.table_names()
        if "sources" not in tables:
            raise StoreError(f"{path}: not a workbench database (and read-only)")
        found = db.execute("PRAGMA user_version").fetchone()[0]
        if found > schema_version:
            raise StoreError(
                f"database schema version {found} is newer than this workbench "
                f"({schema_version}); upgrade workbench"
            )
        if found < schema_version:
            raise StoreError(
                f"{path}: read-only, and its schema (version {found}) must be brought up to "
                f"version {schema_version} first: run any workbench command on it once as a "
                "user who can write it"
            )
    except sqlite3.DatabaseError as exc:
        db.close()
        raise StoreError(f"{path}: cannot read the database read-only ({exc})") from exc
    except BaseException:
        db.close()
        raise
    return db
