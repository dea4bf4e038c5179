"""The review log's hash chain: tampering refused by triggers, or found by verify and export."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.store import Store
from workbench.store.chain import GENESIS, row_hash


@pytest.fixture
def logged(sample_store) -> str:
    """A sample copy with three decisions, closed; returns its path."""
    ids = [c.id for c in sample_store.claims()][:3]
    for n, cid in enumerate(ids):
        sample_store.record_review(cid, "verified", f"r{n}", f"note {n}")
    path = sample_store.path
    sample_store.close()
    return path


def _run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _raw(path: str) -> sqlite3.Connection:
    """A plain sqlite3 connection, as any tool would open the file."""
    return sqlite3.connect(path, isolation_level=None)


def test_an_untouched_log_verifies_and_prints_its_head(logged):
    with Store(logged) as store:
        check = store.verify_log()
        last = list(store.reviews())[-1]
    assert check.ok and check.rows == 3 and check.head == last.hash
    result = _run("verify", "--db", logged)
    assert result.exit_code == 0 and last.hash in result.output
    assert _run("verify", "--db", logged, "--head").output.strip() == last.hash
    assert _run("verify", "--db", logged, "--expect", last.hash).exit_code == 0


def test_each_row_hashes_its_content_and_the_row_before(logged):
    with Store(logged) as store:
        rows = [dict(r) for r in store.db["reviews"].rows_where(order_by="id")]
    prev = GENESIS
    for row in rows:
        assert row["prev_hash"] == prev and row["hash"] == row_hash(prev, row)
        prev = row["hash"]


@pytest.mark.parametrize(
    "sql",
    [
        "REPLACE INTO reviews (id, claim_id, reviewer, at, status) "
        "VALUES (1, 'x', 'mallory', '2030-01-01', 'disputed')",
        "INSERT OR REPLACE INTO reviews (id, claim_id, reviewer, at, status) "
        "VALUES (2, 'x', 'mallory', '2030-01-01', 'disputed')",
        "INSERT INTO reviews (id, claim_id, reviewer, at, status, prev_hash, hash) "
        "VALUES (999, 'x', 'mallory', '2030-01-01', 'disputed', 'p', 'h')",
        # A forged row dated years back under another reviewer's name, chained correctly.
        "INSERT INTO reviews (claim_id, reviewer, at, status, prev_hash, hash) "
        "SELECT 'x', 'r0', '2019-01-01T00:00:00Z', 'disputed', hash, 'h' "
        "FROM reviews ORDER BY id DESC LIMIT 1",
        # Not chained to the last row.
        "INSERT INTO reviews (claim_id, reviewer, at, status, prev_hash, hash) "
        "VALUES ('x', 'r0', '2999-01-01T00:00:00Z', 'disputed', 'nothing', 'h')",
        "UPDATE reviews SET note = 'rewritten' WHERE id = 2",
        "DELETE FROM reviews WHERE id = 3",
    ],
)
def test_plain_sqlite_cannot_rewrite_the_log(logged, sql):
    conn = _raw(logged)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(sql)
    conn.close()
    with Store(logged) as store:
        assert store.verify_log().ok and store.db["reviews"].count == 3


def _tamper(path: str, *sql: str) -> None:
    conn = _raw(path)
    for name in ("reviews_no_update", "reviews_no_delete"):
        conn.execute(f"DROP TRIGGER {name}")
    for statement in sql:
        conn.execute(statement)
    conn.close()


@pytest.mark.parametrize(
    ("sql", "row", "says"),
    [
        (["UPDATE reviews SET note = 'quietly changed' WHERE id = 2"], 2, "edited"),
        (["DELETE FROM reviews WHERE id = 2"], 3, "ids jump"),
        (["UPDATE reviews SET at = '2001-01-01T00:00:00Z' WHERE id = 3"], 3, "edited"),
        ([], None, "guards were removed"),
    ],
)
def test_tampering_is_found_by_verify_and_by_every_export(logged, tmp_path, sql, row, says):
    _tamper(logged, *sql)
    with Store(logged) as store:
        check = store.verify_log()
    assert not check.ok and check.row_id == row and says in check.problem
    result = _run("verify", "--db", logged)
    assert result.exit_code == 3 and "altered" in result.output
    for fmt in ("jsonl", "csv", "md", "claimreview"):
        out = tmp_path / f"log.{fmt}"
        result = _run("export", "--db", logged, "--format", fmt, "-o", str(out))
        assert result.exit_code == 3, fmt
        assert "the review log was altered" in result.output
    assert "Warning: the review log was altered" in (tmp_path / "log.md").read_text()


def test_a_rebuilt_chain_is_caught_by_a_kept_head(logged):
    with Store(logged) as store:
        kept = store.verify_log().head
    conn = _raw(logged)
    for name in ("reviews_no_update", "reviews_no_delete", "reviews_in_order"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("UPDATE reviews SET note = 'rewritten'")
    prev = GENESIS
    cursor = conn.execute("SELECT * FROM reviews ORDER BY id")
    names = [d[0] for d in cursor.description]
    for values in cursor.fetchall():
        row = dict(zip(names, values, strict=True))
        digest = row_hash(prev, row)
        conn.execute(
            "UPDATE reviews SET prev_hash = ?, hash = ? WHERE id = ?", [prev, digest, row["id"]]
        )
        prev = digest
    conn.close()
    with Store(logged) as store:
        from workbench.store.chain import create_triggers

        create_triggers(store.db)
        assert store.verify_log().ok  # the rebuilt chain holds together...
        check = store.verify_log(expect=kept)
    assert not check.ok and "kept head" in check.problem  # ...but lost the kept head
    assert _run("verify", "--db", logged, "--expect", kept).exit_code == 3


def test_decisions_stay_in_order_when_the_clock_runs_back(logged, monkeypatch):
    import workbench.store.reviews as reviews

    monkeypatch.setattr(reviews, "utc_now", lambda: "2000-01-01T00:00:00.000000Z")
    with Store(logged) as store:
        cid = store.claims()[0].id
        row = store.record_review(cid, "disputed", "ann")
        assert row.at >= list(store.reviews())[-2].at
        assert store.verify_log().ok


@pytest.mark.parametrize(
    ("sql", "row"),
    [
        # REPLACE of a row in the middle with other content, its chain fields copied.
        [
            "REPLACE INTO reviews (id, seq, claim_id, reviewer, at, status, prev_hash, hash) "
            "SELECT id, seq, claim_id, 'mallory', at, 'disputed', prev_hash, hash "
            "FROM reviews WHERE id = 2",
            2,
        ],
        # A forged row at the end, dated years back under another reviewer's name.
        [
            "INSERT INTO reviews (seq, claim_id, reviewer, at, status, prev_hash, hash) "
            "SELECT seq + 1, claim_id, 'r0', '2019-01-01T00:00:00Z', 'disputed', hash, "
            "'forged' FROM reviews ORDER BY id DESC LIMIT 1",
            4,
        ],
    ],
)
def test_a_replace_or_forged_row_once_every_trigger_is_dropped_is_found(logged, tmp_path, sql, row):
    conn = _raw(logged)
    triggers = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'reviews'"
    ).fetchall()
    assert triggers
    for (name,) in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute(sql)
    conn.close()
    with Store(logged) as store:
        check = store.verify_log()
    assert not check.ok
    assert check.row_id == row, check
    result = _run("verify", "--db", logged)
    assert result.exit_code == 3 and "altered" in result.output
    for fmt in ("jsonl", "csv", "md", "claimreview"):
        result = _run("export", "--db", logged, "--format", fmt, "-o", str(tmp_path / fmt))
        assert result.exit_code == 3 and "the review log was altered" in result.output, fmt


def test_a_correctly_chained_back_dated_row_is_found_even_with_the_guards_restored(logged):
    """Whoever computes the hash can chain a forged row; dated before the last one it is
    still found, after the triggers were dropped for the insert and made again."""
    conn = _raw(logged)
    conn.row_factory = sqlite3.Row
    last = dict(conn.execute("SELECT * FROM reviews ORDER BY id DESC LIMIT 1").fetchone())
    forged = {**last, "reviewer": "r0", "status": "disputed", "at": "2019-01-01T00:00:00Z"}
    forged.update(seq=last["seq"] + 1, prev_hash=last["hash"])
    forged["hash"] = row_hash(last["hash"], forged)
    del forged["id"]
    triggers = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for (name,) in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute(
        f"INSERT INTO reviews ({', '.join(forged)}) VALUES ({', '.join('?' * len(forged))})",
        list(forged.values()),
    )
    conn.close()
    with Store(logged) as store:
        from workbench.store.chain import create_triggers

        create_triggers(store.db)
        check = store.verify_log()
    assert not check.ok and check.row_id == 4 and "before the row before it" in check.problem
    result = _run("verify", "--db", logged)
    assert result.exit_code == 3 and "review row 4: dated 2019-01-01" in result.output
