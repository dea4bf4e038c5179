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
    alice = [r for r in rows if r["reviewer"] == "alice"]
    assert {r["verdict"] for r in alice} == {"right: two dozen men"}
    assert {r["claim_id"]: r["status"] for r in alice}["star.txt-0"] == "verified"
    sides = alice[0]["sides"]
    assert [s["right"] for s in sides] == [False, True]
    assert {r["verdict"] for r in rows if r["reviewer"] == "bob"} == {"both wrong"}
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
