"""The connection a store holds, its transactions, its meta table and bulk inserts."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from workbench.store.schema import connect


class StoreBase:
    """An open workbench database; the concerns below add their queries to it."""

    def __init__(
        self, path: str | Path, *, check_same_thread: bool = True, read_only: bool = False
    ) -> None:
        """`read_only`: the caller only reads (a database it may not write still opens)."""
        self.path = str(path)
        self.db = connect(path, check_same_thread=check_same_thread, read_only=read_only)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> StoreBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[StoreBase]:
        """All or nothing: commits on success, rolls back on any exception."""
        with self.db.atomic():
            yield self

    @contextmanager
    def derived_writes(self) -> Iterator[StoreBase]:
        """Commits that need not wait for the disk while derived data is written (articles,
        their claims, stories, findings), then every commit on disk again.

        A power cut may then lose the last of these commits, never a reviewer's decision
        (the review log's commits come after, with the full sync, and SQLite's WAL keeps
        commits in order, so what survives is an earlier state). What is lost is made again:
        articles are re-ingested by hash, and the analysis version mark is written last, so
        an analysis cut short is seen as stale and run again. Grouping and finding commit
        per story or thread: waiting for the disk at each was seconds of an idle core.
        Nests: the outermost restores what it found."""
        before = self.db.execute("PRAGMA synchronous").fetchone()[0]
        self.db.execute("PRAGMA synchronous = NORMAL")
        try:
            yield self
        finally:
            self.db.execute(f"PRAGMA synchronous = {int(before)}")

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db["meta"].upsert({"key": key, "value": value}, pk="key")

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
