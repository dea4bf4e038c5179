"""Verdicts, their links and notes are in the review log's hash chain: tampering with one
is refused by triggers, or found by verify, like a review row; older databases migrate
without losing a kept head."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils
from app_builders import build_review_db

from workbench.store import Store
from workbench.store.chain import CHAINED, GENESIS, row_hash
from workbench.store.schema import MIGRATIONS


@pytest.fixture
def decided(tmp_path) -> str:
    """A review database with a verdict (and the statuses it set), an undo, a note."""
    path = build_review_db(tmp_path / "r.db")
    with Store(path) as store:
        ids = store.conflict_claim_ids("c-count")
        store.record_verdict("c-count", "right", "alice", right_claim_ids=ids[:1], right_value="27")
        store.record_verdict("c-count", "not_conflict", "bob")
        store.undo_latest("bob")
        store.set_note("conflict", "k", "two outlets, one count", "alice")
    return str(path)


def _raw(path: str) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def test_one_chain_runs_through_every_decision_table_in_order(decided):
    with Store(decided) as store:
        check = store.verify_log()
        rows = []
        for table in CHAINED:
            rows += [(r["seq"], table, r) for r in store.db[table].rows]
    assert check.ok, check.describe()
    rows.sort(key=lambda r: r[0])
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    assert {t for _s, t, _r in rows} == set(CHAINED)
    prev = GENESIS
    for _seq, table, row in rows:
        assert row["prev_hash"] == prev and row["hash"] == row_hash(prev, row, table)
        prev = row["hash"]
    assert check.head == prev and check.rows == len(rows)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE verdicts SET verdict = 'both_wrong'",
        "DELETE FROM notes",
        "UPDATE verdict_reviews SET verdict_id = 2",
        # A forged note, chained to nothing.
        "INSERT INTO notes (subject, subject_id, note, reviewer, at, seq, prev_hash, hash) "
        "VALUES ('conflict', 'k', 'forged', 'mallory', '2999-01-01', 99, 'x', 'y')",
        # A forged verdict pointing at the right hash but out of sequence.
        "INSERT INTO verdicts (conflict_id, claim_key, verdict, reviewer, at, seq, prev_hash, "
        "hash) SELECT 'c-count', 'k', 'both_wrong', 'mallory', '2999-01-01', 99, hash, 'h' "
        "FROM notes",
    ],
)
def test_plain_sqlite_cannot_rewrite_a_verdict_or_a_note(decided, sql):
    conn = _raw(decided)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(sql)
    conn.close()
    with Store(decided) as store:
        assert store.verify_log().ok


@pytest.mark.parametrize(
    ("table", "sql", "says"),
    [
        ("verdicts", "UPDATE verdicts SET verdict = 'both_wrong' WHERE id = 1", "edited"),
        ("notes", "UPDATE notes SET note = 'quietly changed'", "edited"),
        ("verdict_reviews", "UPDATE verdict_reviews SET verdict_id = 2 WHERE id = 1", "edited"),
        ("verdicts", "DELETE FROM verdicts WHERE id = 3", "removed"),
    ],
)
def test_tampering_with_a_verdict_or_note_is_found(decided, table, sql, says):
    conn = _raw(decided)
    for op in ("update", "delete"):
        conn.execute(f"DROP TRIGGER {table}_no_{op}")
    conn.execute(sql)
    conn.close()
    with Store(decided) as store:
        check = store.verify_log()
    assert not check.ok and says in check.problem
    assert "the review log was altered at" in check.describe()


def test_a_database_from_before_the_step_migrates_and_keeps_its_kept_head(tmp_path):
    """Schema 9: review rows chained by id, verdicts, links and notes outside the chain."""
    db = sqlite_utils.Database(tmp_path / "v9.db")
    for version in range(1, 10):
        MIGRATIONS[version](db)
    db.execute("PRAGMA user_version = 9")
    db["sources"].insert({"id": 1, "file": "a.txt", "raw": b"x", "text": "x", "content_hash": "h"})
    prev = GENESIS
    for n, status in enumerate(("verified", "disputed"), 1):
        row = {"claim_id": f"claim-{n}", "status": status, "reviewer": "alice"}
        row["at"] = f"2024-01-0{n}T00:00:00.000000Z"
        row["prev_hash"], row["hash"] = prev, row_hash(prev, row)
        db["reviews"].insert(row)
        prev = row["hash"]
    kept = prev
    db["verdicts"].insert(
        {"conflict_id": "c-count", "claim_key": "k", "verdict": "not_conflict"}
        | {"reviewer": "bob", "at": "2024-01-03T00:00:00.000000Z"}
    )
    db["verdict_reviews"].insert({"verdict_id": 1, "review_id": 2})
    db["notes"].insert(
        {"subject": "conflict", "subject_id": "k", "note": "old", "reviewer": "bob"}
        | {"at": "2024-01-02T00:00:00.000000Z"}
    )
    db.conn.commit()
    db.close()
    with Store(tmp_path / "v9.db") as store:
        check = store.verify_log(expect=kept)
        assert check.ok and check.rows == 5, check.describe()
        assert store.verdict_of_review(2).verdict == "not_conflict"
        store.set_note("conflict", "k", "new", "bob")  # appending still works
        assert store.verify_log(expect=kept).ok
        store.db.conn.execute("DROP TRIGGER notes_no_update")
        store.db.conn.execute("UPDATE notes SET note = 'rewritten' WHERE id = 1")
        assert "note row 1" in store.verify_log().describe()
