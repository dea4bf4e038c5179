"""Databases at an older schema holding a log exactly as that schema's code wrote it (the
rows kept in `tests/fixtures/store/schemaNN_log.json`), for the migration tests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from workbench.store import Store
from workbench.store import schema as store_schema

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "store"


def old_database(path: Path, monkeypatch: pytest.MonkeyPatch, version: int) -> dict:
    """A database at schema `version` holding its old log's rows as they were written;
    returns the rows by table."""
    log = FIXTURES / f"schema{version}_log.json"
    logged = json.loads(log.read_text(encoding="utf-8"))["rows"]
    with monkeypatch.context() as patch:
        patch.setattr(store_schema, "SCHEMA_VERSION", version)
        Store(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    ordered = sorted(((row["seq"], t, row) for t, rows in logged.items() for row in rows))
    for _seq, table, row in ordered:  # in the chain's order: the guards check each link
        names = [name for name in row if name != "id"]
        conn.execute(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [row[name] for name in names],
        )
    conn.commit()
    conn.close()
    return logged


def head_of(logged: dict) -> str:
    """The old log's head hash (its last row's, in the chain's order)."""
    return max((r for rows in logged.values() for r in rows), key=lambda r: r["seq"])["hash"]


def assert_log_kept(store, logged: dict, head: str) -> None:
    """The migrated log verifies with the old head in it, every row as it was written
    (hash and all)."""
    from workbench.store.chain import CHAINED

    check = store.verify_log(expect=head)
    assert check.ok and check.head == head, check.describe()
    for table in CHAINED:
        rows = [dict(r) for r in store.db[table].rows_where(order_by="id")]
        for row, old in zip(rows, logged[table], strict=True):
            assert {k: row[k] for k in old} == old


def decided_sample(sample_db_file: Path, path: Path) -> tuple[str, dict, str, dict]:
    """A copy of the sample at `path` with a verdict, a tag and a note (bob's, on the second
    claim of the first conflict); returns that claim, the statuses, the log's head and its
    rows by table, for a migration test to find again after its step."""
    import shutil

    from workbench.store.chain import CHAINED

    shutil.copy(sample_db_file, path)
    with Store(path) as store:
        conflict = store.conflicts()[0]
        first, second = conflict.claim_ids[:2]
        store.record_verdict(conflict.id, "right", "ann", right_claim_ids=[first])
        store.record_review(second, "disputed", "bob")
        store.set_note("claim", second, "the wire says otherwise", "bob")
        statuses, head = store.statuses(), store.verify_log().head
        logged = {t: [dict(r) for r in store.db[t].rows_where(order_by="id")] for t in CHAINED}
    return second, statuses, head, logged
