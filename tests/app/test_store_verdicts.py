"""Verdicts on conflicts: statuses set and undone as one, remembered by claims, append-only."""

from __future__ import annotations

import sqlite3

import pytest
from app_builders import build_review_db

from workbench.models import Conflict
from workbench.store import Store, StoreError
from workbench.store.verdicts import claim_key


@pytest.fixture
def store(tmp_path):
    with Store(build_review_db(tmp_path / "r.db")) as s:
        yield s


def _ids(store, conflict_id):
    return store.conflict_claim_ids(conflict_id)


def test_one_side_right_verifies_it_and_disputes_the_other_in_one_go(store):
    planet, star, copy = _ids(store, "c-count")
    verdict, reviews = store.record_verdict(
        "c-count", "right", "alice", right_claim_ids=[planet, copy], right_value="27 people"
    )
    assert {r.claim_id: r.status for r in reviews} == {
        planet: "verified",
        star: "disputed",
        copy: "verified",
    }
    assert store.statuses() == {planet: "verified", star: "disputed", copy: "verified"}
    assert verdict.label == "right: 27 people"
    assert store.verdict_of_review(reviews[0].id).id == verdict.id


@pytest.mark.parametrize(
    ("verdict", "status"),
    [("both_wrong", "disputed"), ("changed", "verified"), ("cant_tell", "unresolved")],
)
def test_every_verdict_sets_the_status_it_means(store, verdict, status):
    store.record_verdict("c-count", verdict, "alice")
    assert set(store.statuses().values()) == {status}


def test_not_a_conflict_keeps_each_claim_s_own_status(store):
    planet, *_ = _ids(store, "c-count")
    store.record_review(planet, "disputed", "alice")
    _, reviews = store.record_verdict("c-count", "not_conflict", "alice")
    assert reviews == []
    assert store.statuses() == {planet: "disputed"}


def test_undo_takes_back_the_whole_verdict_even_from_a_new_connection(store):
    star = _ids(store, "c-count")[1]
    store.record_review(star, "unresolved", "alice")
    store.record_verdict("c-count", "right", "alice", right_claim_ids=[star], right_value="24")
    with Store(store.path) as reopened:  # the app was closed and opened again
        undone, reviews = reopened.undo_latest("alice")
    assert undone is not None and undone.verdict == "right"
    assert len(reviews) == 3
    assert store.statuses() == {star: "unresolved"}
    assert store.verdicts() == {}
    _, reviews = store.undo_latest("alice")  # then the single tag before it
    assert [r.claim_id for r in reviews] == [star]
    assert store.statuses() == {}


def test_undo_of_a_verdict_is_refused_whole_when_someone_decided_since(store):
    planet, star, copy = _ids(store, "c-count")
    store.record_verdict("c-count", "both_wrong", "alice")
    store.record_review(star, "verified", "bob")
    with pytest.raises(StoreError, match="bob"):
        store.undo_latest("alice")
    assert store.statuses() == {planet: "disputed", star: "verified", copy: "disputed"}
    assert len(store.verdicts()[claim_key([planet, star, copy])]) == 1


def test_a_later_single_tag_is_undone_before_the_verdict(store):
    star = _ids(store, "c-count")[1]
    store.record_verdict("c-count", "cant_tell", "alice")
    store.record_review(star, "verified", "alice")
    undone, reviews = store.undo_latest("alice")
    assert undone is None and [r.claim_id for r in reviews] == [star]
    assert store.statuses()[star] == "unresolved"


def test_not_a_conflict_is_found_again_after_a_reanalysis_by_its_claims(store):
    ids = _ids(store, "c-place")
    store.record_verdict("c-place", "not_conflict", "alice")
    store.replace_findings(
        [Conflict("renamed", "place", 0.7, "again", True, list(reversed(ids)))], []
    )
    assert claim_key(_ids(store, "renamed")) in store.dismissed_claim_keys()
    assert [v.verdict for v in store.verdicts()[claim_key(ids)]] == ["not_conflict"]


def test_two_reviewers_keep_a_verdict_each(store):
    planet, star, copy = _ids(store, "c-count")
    store.record_verdict("c-count", "right", "alice", right_claim_ids=[star], right_value="24")
    store.record_verdict("c-count", "both_wrong", "bob")
    found = store.verdicts()[claim_key([planet, star, copy])]
    assert {v.reviewer: v.verdict for v in found} == {"alice": "right", "bob": "both_wrong"}


def test_notes_are_edited_without_touching_statuses_and_every_edit_is_kept(store):
    planet, *_ = _ids(store, "c-count")
    store.record_review(planet, "verified", "alice")
    store.set_note("claim", planet, "photo shows 24", "alice")
    store.set_note("claim", planet, "photo shows 27", "bob")
    assert store.statuses() == {planet: "verified"}
    assert store.current_notes("claim")[planet].note == "photo shows 27"
    assert [n.note for n in store.note_history("claim", planet)] == [
        "photo shows 24",
        "photo shows 27",
    ]
    store.tag_claims([planet], "disputed", "alice")  # the note stays with the claim
    assert store.latest_review(planet).note == "photo shows 27"


@pytest.mark.parametrize("table", ["verdicts", "notes", "verdict_reviews"])
def test_the_logs_refuse_update_and_delete(store, table):
    store.record_verdict("c-count", "cant_tell", "alice")
    store.set_note("conflict", "k", "n", "alice")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db.execute(f"DELETE FROM {table}")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db.execute(f"UPDATE {table} SET rowid = rowid")


def test_a_verdict_needs_a_known_conflict_and_a_side(store):
    with pytest.raises(StoreError, match="no conflict"):
        store.record_verdict("nope", "cant_tell", "alice")
    with pytest.raises(StoreError, match="side"):
        store.record_verdict("c-count", "right", "alice")
    with pytest.raises(StoreError, match="unknown verdict"):
        store.record_verdict("c-count", "maybe", "alice")
