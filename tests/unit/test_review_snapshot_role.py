"""The review log keeps a count's role (schema 15): a log written before keeps every row and
its hash chain, new rows carry the role, and every export says it."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from export_builders import build, claim, run

from workbench.export import read_csv_record
from workbench.store import Store
from workbench.store import schema as store_schema
from workbench.store.chain import CHAINED, TRIGGERS

OLD_LOG = Path(__file__).resolve().parent.parent / "fixtures" / "store" / "schema14_log.json"
"""The chained rows of a small log as schema 14's code wrote them (`make_schema14_log.py`)."""
SENTENCE = "A 5-year-old child was shot in the hand."


def _schema14_database(path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    """A database at schema 14 holding the old log's rows exactly as they were written."""
    logged = json.loads(OLD_LOG.read_text(encoding="utf-8"))["rows"]
    with monkeypatch.context() as patch:
        patch.setattr(store_schema, "SCHEMA_VERSION", 14)
        Store(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 14
    assert "claim_role" not in {r[1] for r in conn.execute("PRAGMA table_info(reviews)")}
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


def _add_two_role_claims(store: Store, source: int) -> None:
    """One mention counted as injured and as hit: two claims, one sentence, one value."""
    counted = {"noun": "child", "class": "persons"}
    store.replace_claims(
        source,
        [
            claim(source, "ci", "A 5-year-old child", SENTENCE, role="injured", counted=counted),
            claim(source, "ch", "A 5-year-old child", SENTENCE, role="hit", counted=counted),
        ],
    )


def test_a_log_written_by_schema_14_keeps_its_rows_and_chain_and_new_rows_carry_the_role(
    tmp_path, monkeypatch
):
    path = tmp_path / "old.db"
    logged = _schema14_database(path, monkeypatch)
    head = max((r for rows in logged.values() for r in rows), key=lambda r: r["seq"])["hash"]
    with Store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == 15
        check = store.verify_log(expect=head)
        assert check.ok and check.head == head, check.describe()
        for table in CHAINED:  # every row as it was written, hash and all
            rows = [dict(r) for r in store.db[table].rows_where(order_by="id")]
            for row, old in zip(rows, logged[table], strict=True):
                assert {k: row[k] for k in old} == old
        assert {r["claim_role"] for r in store.db["reviews"].rows} == {None}
        # The old rows of the two claims read their role from the claims as they are now.
        with store.transaction():
            source = store.add_source(file="d.txt", raw=b"d", text=SENTENCE, content_hash="hd")
            _add_two_role_claims(store, source)
        reviews = json.loads(run(store, "claimreview"))
        reviewed = {r["identifier"]: r["claimReviewed"] for r in reviews}
        assert reviewed["ci"].startswith("injured: ") and reviewed["ch"].startswith("hit: ")
        new = store.record_review("ch", "verified", "dee")
        assert (new.claim_role, new.claim_counted) == ("hit", "child")
        last = store.db.execute("SELECT claim_role, claim_counted FROM reviews ORDER BY id DESC")
        assert last.fetchone() == ("hit", "child")
        assert store.verify_log(expect=head).ok


@pytest.mark.parametrize("edit", ["'injured'", "NULL"])
def test_the_hash_covers_the_role(store, edit):
    """Changing or clearing a logged role shows, as an edited note does."""
    build(store)
    _add_two_role_claims(store, store.claim_source_id("cd"))
    row = store.record_review("ch", "disputed", "ann")
    assert store.verify_log().ok
    for name in TRIGGERS:
        store.db.execute(f"DROP TRIGGER {name}")
    store.db.execute(f"UPDATE reviews SET claim_role = {edit} WHERE id = ?", [row.id])
    check = store.verify_log()
    assert not check.ok and check.row_id == row.id and "edited" in (check.problem or "")


@pytest.fixture
def two_roles(store):
    """A mention counted twice, one role verified and the other disputed."""
    source = build(store)["d"]
    _add_two_role_claims(store, source)
    store.record_review("ci", "verified", "ann")
    store.record_review("ch", "disputed", "ann")
    return store, source


def test_jsonl_and_csv_rows_name_the_role_and_what_it_counts(two_roles):
    two_roles, _source = two_roles
    rows = [json.loads(line) for line in run(two_roles, "jsonl").splitlines()]
    logged = {r["claim_id"]: r for r in rows if r["claim_id"] in ("ci", "ch")}
    assert (logged["ci"]["claim_role"], logged["ci"]["claim_counted"]) == ("injured", "child")
    assert (logged["ch"]["claim_role"], logged["ch"]["claim_counted"]) == ("hit", "child")
    table = list(csv.DictReader(io.StringIO(run(two_roles, "csv"))))
    back = {r["claim_id"]: read_csv_record(r) for r in table}
    assert back["ci"]["claim_role"] == "injured" and back["ch"]["claim_role"] == "hit"
    assert back["ch"]["claim_counted"] == "child"
    assert back["ca"]["claim_role"] is None  # a claim without a role: an empty cell


def test_md_and_claimreview_name_the_role_the_decision_was_on(two_roles):
    """The snapshot's role, not the claim's now: a re-analysis that reads the same words in
    another role does not change what the reviewer decided."""
    two_roles, d = two_roles
    two_roles.replace_claims(
        d, [claim(d, "ch", "A 5-year-old child", SENTENCE, role="killed")]
    )  # "ci" gone, "ch" read as killed now
    other = run(two_roles, "md").split("## Other decisions")[1]
    assert other.index("Counted as injured.") < other.index("**Verified** by ann")
    assert other.index("Counted as hit.") < other.index("**Disputed** by ann")
    assert "killed" not in other
    reviewed = {r["identifier"]: r for r in json.loads(run(two_roles, "claimreview"))}
    assert reviewed["ci"]["claimReviewed"] == f"injured: {SENTENCE}"
    assert reviewed["ch"]["claimReviewed"] == f"hit: {SENTENCE}"
    assert reviewed["ca"]["claimReviewed"].startswith("Officials")  # no role, no prefix
