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
from old_logs import assert_log_kept, head_of, old_database

from workbench.export import ExportNotes, read_csv_record
from workbench.store import Store
from workbench.store.chain import TRIGGERS

SENTENCE = "A 5-year-old child was shot in the hand."


def _schema14_database(path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    """A database at schema 14 holding the old log's rows exactly as they were written."""
    logged = old_database(path, monkeypatch, 14)
    conn = sqlite3.connect(path)
    assert "claim_role" not in {r[1] for r in conn.execute("PRAGMA table_info(reviews)")}
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
    head = head_of(logged)
    with Store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] >= 15
        assert_log_kept(store, logged, head)
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


def test_rows_logged_before_schema_15_read_the_claims_role_now_and_say_so(tmp_path, monkeypatch):
    """A row whose snapshot kept no role: jsonl and csv give the claim's role now and say
    where it was read ("claim now"), or that it cannot be told ("unknown": the claim is
    gone); md says the same in words, and every format warns once."""
    path = tmp_path / "old.db"
    _schema14_database(path, monkeypatch)
    with Store(path) as store:
        with store.transaction():
            source = store.add_source(file="d.txt", raw=b"d", text=SENTENCE, content_hash="hd")
            _add_two_role_claims(store, source)  # "ci" and "ch" are back; "ca".."cd" gone
        notes = ExportNotes()
        rows = [json.loads(line) for line in run(store, "jsonl", notes=notes).splitlines()]
        counts = [r for r in rows if r["record"] == "review"]
        by_claim = {r["claim_id"]: r for r in counts}
        assert (by_claim["ci"]["claim_role"], by_claim["ci"]["claim_counted"]) == (
            "injured",
            "child",
        )
        assert by_claim["ch"]["claim_role"] == "hit"
        assert {by_claim[c]["claim_role_from"] for c in ("ci", "ch")} == {"claim now"}
        gone = [r for r in counts if r["claim_id"] not in ("ci", "ch")]
        assert gone and {(r["claim_role"], r["claim_role_from"]) for r in gone} == {
            (None, "unknown")
        }
        assert {r["claim_role_from"] for r in rows if r["record"] != "review"} == {None}
        (warning,) = [line for line in notes.lines() if "schema 15" in line]
        assert f"{len(counts)} decisions on counts were logged before" in warning
        assert f"{len(gone)} name none" in warning and "2 name the role" in warning
        table = list(csv.DictReader(io.StringIO(run(store, "csv"))))
        assert {r["claim_role_from"] for r in table if r["claim_id"] == "ci"} == {"claim now"}
        other = run(store, "md").split("## Other decisions")[1]
        assert "Counted as hit (the claim's role now: the log kept none)." in other
        assert "Counted in a role the log did not keep (its claim is gone)." in other
        new = store.record_review("ch", "verified", "dee")
        rows = [json.loads(line) for line in run(store, "jsonl").splitlines()]
        assert [r["claim_role_from"] for r in rows if r["id"] == new.id] == ["log"]


def test_a_logged_count_without_a_role_stays_without_one(two_roles):
    """A row of schema 15 whose count had no role (its noun kept) is not given the role a
    later analysis reads: the snapshot said "no role"."""
    store, d = two_roles
    store.replace_claims(
        d,
        [claim(d, "cn", "A 5-year-old child", SENTENCE, counted={"noun": "child"})],
    )
    store.record_review("cn", "verified", "ann")
    store.replace_claims(d, [claim(d, "cn", "A 5-year-old child", SENTENCE, role="killed")])
    notes = ExportNotes()
    rows = [json.loads(line) for line in run(store, "jsonl", notes=notes).splitlines()]
    (row,) = [r for r in rows if r["claim_id"] == "cn"]
    assert (row["claim_role"], row["claim_counted"], row["claim_role_from"]) == (
        None,
        "child",
        "log",
    )
    assert "killed" not in run(store, "md").split("## Other decisions")[1]
    assert not [line for line in notes.lines() if "schema 15" in line]
