"""The review log: append-only rows, UTC times, undo as a new row, snapshots that stand alone."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime

import pytest

from workbench.models import Claim
from workbench.store import Store, StoreError

SENTENCE = "Police said 27 people were detained."


def _claim(source_id: int, claim_id: str, text: str = "27 people", **kw) -> Claim:
    start = SENTENCE.find(text)
    return Claim(
        id=claim_id,
        source_id=source_id,
        kind=kw.pop("kind", "quantity"),
        text=text,
        start=max(start, 0),
        end=max(start, 0) + len(text),
        sentence=kw.pop("sentence", SENTENCE),
        value=kw.pop("value", {"low": 27, "high": 27}),
        **kw,
    )


@pytest.fixture
def log_store(store: Store) -> Store:
    with store.transaction():
        sid = store.add_source(
            file="a.txt",
            raw=SENTENCE.encode(),
            text=SENTENCE,
            content_hash="ha",
            outlet="Daily News",
            url="https://news.example/a",
            published="2019-01-21",
        )
        store.replace_claims(sid, [_claim(sid, "c1"), _claim(sid, "c2", "Police")])
    return store


def test_update_and_delete_on_the_log_fail_even_from_another_connection(log_store, db_path):
    log_store.record_review("c1", "verified", "ann", "ok")
    other = sqlite3.connect(db_path)
    try:
        for sql in (
            "UPDATE reviews SET note = 'rewritten'",
            "DELETE FROM reviews",
            "UPDATE reviews SET status = NULL WHERE id = 1",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                other.execute(sql)
    finally:
        other.close()
    assert [r.note for r in log_store.reviews()] == ["ok"]


def test_each_row_records_status_reviewer_utc_time_and_what_it_replaced(log_store):
    before = datetime.now(UTC)
    first = log_store.record_review("c1", "verified", "ann", "matches the statement")
    second = log_store.record_review("c1", "disputed", "bob", "another source says 24")
    assert (first.status, first.previous_status) == ("verified", None)
    assert (second.status, second.previous_status) == ("disputed", "verified")
    assert second.reviewer == "bob" and second.note == "another source says 24"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", first.at)
    at = datetime.fromisoformat(first.at.replace("Z", "+00:00"))
    assert at.tzinfo is not None and at.utcoffset().total_seconds() == 0
    assert before <= at <= datetime.now(UTC)
    assert first.at <= second.at
    assert log_store.status_of("c1") == "disputed"
    assert list(log_store.reviews()) == [first, second]


def test_the_current_status_is_the_latest_row(log_store):
    log_store.record_review("c1", "verified", "ann")
    log_store.record_review("c1", "unresolved", "ann")
    log_store.record_review("c2", "disputed", "bob")
    assert log_store.statuses() == {"c1": "unresolved", "c2": "disputed"}
    assert log_store.latest_review("c1").status == "unresolved"
    assert log_store.latest_review("nope") is None


def test_undo_is_a_new_row_restoring_status_and_note(log_store):
    log_store.record_review("c1", "verified", "ann", "first look")
    changed = log_store.record_review("c1", "disputed", "ann", "second look")
    undo = log_store.undo_last("ann")
    assert undo.undo_of == changed.id
    assert (undo.status, undo.previous_status, undo.note) == ("verified", "disputed", "first look")
    assert len(list(log_store.reviews())) == 3
    # Undo again takes back the first decision: the claim is undecided once more.
    again = log_store.undo_last("ann")
    assert again.status is None and again.previous_status == "verified"
    assert log_store.status_of("c1") is None
    assert log_store.statuses() == {}


def test_undo_refuses_to_take_back_someone_elses_later_decision(log_store):
    log_store.record_review("c1", "verified", "ann")
    log_store.record_review("c1", "disputed", "bob")
    with pytest.raises(StoreError, match="bob has decided it since"):
        log_store.undo_last("ann")
    assert log_store.status_of("c1") == "disputed"
    # Once bob takes his own decision back, ann's undo goes through.
    log_store.undo_last("bob")
    assert log_store.undo_last("ann").status is None


def test_a_row_keeps_its_snapshot_after_reanalysis_changes_or_drops_the_claim(log_store):
    first = log_store.record_review("c1", "verified", "ann")
    sid = log_store.claim("c1").source_id
    with log_store.transaction():
        log_store.replace_claims(
            sid, [_claim(sid, "c1", "27", value={"low": 27, "high": 27, "exact": True})]
        )
    second = log_store.record_review("c1", "disputed", "ann")
    with log_store.transaction():
        log_store.replace_claims(sid, [])
    third = log_store.record_review("c1", "unresolved", "ann")
    rows = list(log_store.reviews())
    assert rows == [first, second, third]
    assert rows[0].claim_text == "27 people" and rows[0].value == {"low": 27, "high": 27}
    assert rows[1].claim_text == "27" and rows[1].value["exact"] is True
    # The claim is gone: the new row copies the last snapshot, so it still reads right.
    assert rows[2].claim_text == "27" and rows[2].sentence == SENTENCE
    for row in rows:
        assert (row.claim_kind, row.source_file, row.outlet) == ("quantity", "a.txt", "Daily News")
        assert (row.url, row.published) == ("https://news.example/a", "2019-01-21")


def test_bad_decisions_are_refused_and_nothing_is_written(log_store):
    with pytest.raises(StoreError, match="unknown status"):
        log_store.record_review("c1", "maybe", "ann")
    with pytest.raises(StoreError, match="reviewer"):
        log_store.record_review("c1", "verified", " ")
    with pytest.raises(StoreError, match="no claim"):
        log_store.record_review("never-existed", "verified", "ann")
    assert list(log_store.reviews()) == []


def test_an_empty_note_is_stored_as_no_note(log_store):
    assert log_store.record_review("c1", "verified", "ann", "").note is None
    assert next(log_store.reviews()).note is None


def test_filters_and_latest(log_store):
    a = log_store.record_review("c1", "verified", "ann")
    b = log_store.record_review("c2", "disputed", "bob")
    c = log_store.record_review("c1", "disputed", "bob")
    assert [r.id for r in log_store.reviews(reviewer="bob")] == [b.id, c.id]
    assert [r.id for r in log_store.reviews(status="disputed")] == [b.id, c.id]
    assert [r.id for r in log_store.reviews(since=b.at)] == [b.id, c.id]
    assert [r.id for r in log_store.reviews(since=a.at[:10])] == [a.id, b.id, c.id]
    assert [r.id for r in log_store.reviews(latest=True)] == [b.id, c.id]
    # With latest, filters apply to the current row: ann's decision on c1 is no longer current.
    assert list(log_store.reviews(latest=True, reviewer="ann")) == []
    assert [r.id for r in log_store.reviews(claim_id="c1")] == [a.id, c.id]


def test_review_counts(log_store):
    log_store.record_review("c1", "verified", "ann")
    log_store.record_review("c1", "disputed", "bob")
    log_store.record_review("c2", "disputed", "bob")
    assert log_store.review_counts() == [("ann", "verified", 1), ("bob", "disputed", 2)]
    assert log_store.review_counts(latest=True) == [("bob", "disputed", 2)]
