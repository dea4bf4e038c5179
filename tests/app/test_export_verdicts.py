"""Exports carry verdicts: jsonl/csv rows with the verdict and the sides, the report grouped
by story with each verdict, note and disagreement, ClaimReview explaining its rating."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from app_builders import build_review_db

from workbench.export import FIELDS, export_log, read_csv_record
from workbench.store import Store
from workbench.store.verdicts import claim_key


@pytest.fixture
def store(tmp_path):
    with Store(build_review_db(tmp_path / "r.db")) as s:
        planet, star, copy = s.conflict_claim_ids("c-count")
        sides = [
            {"value": "27 people", "written": "27 people", "claim_ids": [planet, copy]},
            {"value": "24 men (around)", "written": "two dozen men", "claim_ids": [star]},
        ]
        s.record_verdict(
            "c-count",
            "right",
            "alice",
            right_claim_ids=[star],
            right_value="two dozen men",
            sides=sides,
        )
        s.record_verdict("c-count", "both_wrong", "bob")
        s.record_verdict("c-place", "not_conflict", "alice")
        s.set_note("conflict", claim_key(s.conflict_claim_ids("c-count")), "ask police", "bob")
        yield s


def _text(store, fmt, **options):
    out = io.StringIO()
    export_log(store, fmt, out, **options)
    return out.getvalue()


def test_jsonl_and_csv_rows_carry_the_verdict_and_its_sides(store):
    rows = [json.loads(line) for line in _text(store, "jsonl").splitlines()]
    alice = [r for r in rows if r["reviewer"] == "alice" and r["record"] == "review"]
    assert {r["verdict"] for r in alice} == {"right: two dozen men"}
    assert {r["claim_id"]: r["status"] for r in alice}["star.txt-0"] == "verified"
    sides = alice[0]["sides"]
    assert [s["right"] for s in sides] == [False, True]
    bob = [r for r in rows if r["reviewer"] == "bob" and r["record"] == "review"]
    assert {r["verdict"] for r in bob} == {"both wrong"}
    parsed = [read_csv_record(r) for r in csv.DictReader(io.StringIO(_text(store, "csv")))]
    assert parsed == rows and list(parsed[0]) == list(FIELDS)


def test_the_report_groups_by_story_and_says_who_decided_what(store):
    text = _text(store, "md")
    count = re.split(r"\n#{3,4} ", text[text.index("27 people vs around 24 men") :])[0]
    assert "DISAGREED" in count
    assert "alice: right: two dozen men" in count and "bob: both wrong" in count
    assert "Note: ask police" in count
    assert "alice: not a conflict" in text  # a verdict without a status change is reported


def test_claimreview_rating_comes_with_the_verdict_that_set_it(store):
    reviews = json.loads(_text(store, "claimreview"))
    by_claim = {r["identifier"]: r["reviewRating"] for r in reviews}
    star = by_claim["star.txt-0"]  # bob's "both wrong" came last: disputed
    assert star["alternateName"] == "Disputed"
    assert "both wrong" in star["ratingExplanation"]


def test_a_verdict_that_sets_no_status_has_a_row_of_its_own(store):
    """'Not a conflict' changes no status, so no review row: it is a row of the export
    anyway, in time order, with its conflict, sides and link in the chain."""
    rows = [json.loads(line) for line in _text(store, "jsonl").splitlines()]
    own = [r for r in rows if r["record"] == "verdict"]
    assert [(r["reviewer"], r["verdict"], r["verdict_conflict_id"]) for r in own] == [
        ("alice", "not a conflict", "c-place")
    ]
    assert own[0]["claim_id"] is None and own[0]["status"] is None and own[0]["hash"]
    assert rows[-2] == own[0]  # the last decision made before bob's note
    assert [r["at"] for r in rows] == sorted(r["at"] for r in rows)
    parsed = [read_csv_record(r) for r in csv.DictReader(io.StringIO(_text(store, "csv")))]
    assert parsed[-2] == own[0]
    note = rows[-1]  # the note is a row of its own too, on the conflict's claims
    assert (note["record"], note["note_on"], note["note"], note["reviewer"]) == (
        "note",
        "conflict",
        "ask police",
        "bob",
    )
    assert note["conflict_ids"] == ["c-count"] and note["hash"] and parsed[-1] == note


def test_verdict_rows_follow_the_filters_and_an_undo_shows(store):
    store.undo_latest("alice")  # her "not a conflict"
    rows = [json.loads(line) for line in _text(store, "jsonl").splitlines()]
    assert [r["verdict"] for r in rows if r["record"] == "verdict"] == [
        "not a conflict",
        "undone: not a conflict",
    ]
    latest = [json.loads(line) for line in _text(store, "jsonl", latest=True).splitlines()]
    assert not [r for r in latest if r["record"] == "verdict"]
    assert not [
        r
        for r in map(json.loads, _text(store, "jsonl", reviewer="bob").splitlines())
        if r["record"] == "verdict"
    ]
    assert not [
        r
        for r in map(json.loads, _text(store, "jsonl", status="verified").splitlines())
        if r["record"] == "verdict"
    ]


def test_the_report_says_whether_a_conflict_is_a_contradiction_or_an_update(store):
    store.db.execute(
        "UPDATE conflicts SET relation = 'update', role = 'killed' WHERE id = 'c-place'"
    )
    store.db.conn.commit()
    text = _text(store, "md")
    place = text[text.index("Northtown vs Southville") - 200 :]
    assert "*An update: the figure changed between reports; role: killed.*" in place
    assert "*A contradiction: both cannot be right at one time.*" in text


def test_the_report_says_a_verdict_was_given_then_undone(store):
    """An undone verdict is in the log (jsonl, csv): the report says so, with who and
    when, instead of "none yet" as if no one had ever decided."""
    store.undo_latest("alice")  # her "not a conflict" on the places
    text = _text(store, "md")
    place = re.split(r"\n#{3,4} ", text[text.index("Northtown vs Southville") :])[0]
    assert "none yet" not in place
    line = next(x for x in place.splitlines() if "Verdict" in x)
    assert "none standing" in line and "alice gave “not a conflict”" in line
    assert "undone by alice" in line and line.count(" UTC") == 2
    by_bob = _text(store, "md", reviewer="bob")  # not his verdict: none yet for him
    place = re.split(r"\n#{3,4} ", by_bob[by_bob.index("Northtown vs Southville") :])[0]
    assert "Verdict: none yet" in place
