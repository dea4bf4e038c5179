"""The review log's order guard reads the row before by its id (a scan of the whole log for
its latest time made every decision slower as the log grew); databases made with the old
guard are brought forward and still verify."""

from __future__ import annotations

import sqlite3

import pytest

from workbench.store import Store
from workbench.store.chain import TRIGGERS
from workbench.store.schema import MIGRATIONS, _refresh_log_guards


def test_an_earlier_dated_row_is_still_refused(sample_store):
    claim = sample_store.claims()[0].id
    sample_store.record_review(claim, "verified", "ann")
    raw = sqlite3.connect(sample_store.path, isolation_level=None)
    last = raw.execute("SELECT hash, seq FROM reviews ORDER BY id DESC LIMIT 1").fetchone()
    with pytest.raises(sqlite3.IntegrityError, match="dated before"):
        raw.execute(
            "INSERT INTO reviews (claim_id, status, reviewer, at, prev_hash, hash, seq) "
            "VALUES (?, 'disputed', 'mallory', '2001-01-01T00:00:00Z', ?, 'x', ?)",
            [claim, last[0], last[1] + 1],
        )
    raw.close()


def test_a_database_with_the_old_guard_is_migrated_and_verifies(sample_store):
    sample_store.record_review(sample_store.claims()[0].id, "verified", "ann")
    path = sample_store.path
    sample_store.close()
    raw = sqlite3.connect(path, isolation_level=None)
    body = TRIGGERS["reviews_in_order"]
    old = body.replace(
        "(SELECT at FROM reviews WHERE id < NEW.id ORDER BY id DESC LIMIT 1)",
        "(SELECT max(at) FROM reviews WHERE id < NEW.id)",
    )
    assert old != body
    raw.execute("DROP TRIGGER reviews_in_order")
    raw.execute(f"CREATE TRIGGER reviews_in_order {old}")
    (version,) = [v for v, step in MIGRATIONS.items() if step is _refresh_log_guards]
    raw.execute("DELETE FROM schema_migrations WHERE version >= ?", [version])
    raw.execute(f"PRAGMA user_version = {version - 1}")
    raw.close()
    with Store(path) as store:
        assert store.verify_log().ok
        (sql,) = store.db.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'reviews_in_order'"
        ).fetchone()
        assert "max(at)" not in sql
        store.record_review(store.claims()[1].id, "disputed", "bob")
        assert store.verify_log().ok
