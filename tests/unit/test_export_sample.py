"""Every export format on the sample database, after decisions made through the Python API."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict

import pytest
from export_builders import logged_from
from markdown_it import MarkdownIt

from workbench.export import FIELDS, export_log, read_csv_record
from workbench.export.verdicts import VERDICT_FIELDS

NOTE = 'Two outlets say "around two dozen", one says 27;\nneeds the police statement.'


NO_VERDICT = {
    **dict.fromkeys(VERDICT_FIELDS),
    "record": "review",
    "note_on": None,
    "note_subject": None,
    "note_id": None,
    "note_undo_of": None,
}


@pytest.fixture
def decided(sample_store):
    """Both sides of the first conflicts decided, one decision changed and undone."""
    conflicts = sample_store.conflicts()
    if not conflicts:
        pytest.skip("the sample database has no conflicts yet (extractor or finder missing)")
    decided = set()
    for conflict in conflicts[:3]:
        first, second = conflict.claim_ids[:2]
        if first not in decided:
            sample_store.record_review(first, "verified", "ann")
        if second not in decided:
            sample_store.record_review(second, "disputed", "bob", NOTE)
        decided |= {first, second}
    sample_store.record_review(conflicts[0].claim_ids[0], "unresolved", "ann", "on second thought")
    sample_store.undo_last("ann")
    return sample_store


def run(store, fmt, **options) -> str:
    out = io.StringIO(newline="")
    export_log(store, fmt, out, **options)
    return out.getvalue()


def test_jsonl_and_csv_round_trip_the_sample_log(decided):
    expected = [
        {
            **asdict(r),
            "claim_role_from": logged_from(r),
            "conflict_ids": decided.conflict_ids_of(r.claim_id),
            **NO_VERDICT,
        }
        for r in decided.reviews()
    ]
    assert len(expected) >= 4
    from_jsonl = [json.loads(line) for line in run(decided, "jsonl").splitlines()]
    rows = csv.DictReader(io.StringIO(run(decided, "csv"), newline=""))
    assert rows.fieldnames == list(FIELDS)
    assert from_jsonl == [read_csv_record(row) for row in rows] == expected
    assert all(r["conflict_ids"] for r in from_jsonl)
    assert all(r["source_file"] and r["sentence"] for r in from_jsonl)


def test_md_report_lists_every_decided_conflict_with_both_sides(decided):
    text = run(decided, "md")
    assert f"- Sources: {len(decided.sources())}" in text
    assert f"- Conflicts found: {len(decided.conflicts())} " in text
    tokens = MarkdownIt("commonmark").parse(text)
    assert not [t for t in tokens if t.type in ("html_block", "html_inline", "code_block")]
    decided_part = text[text.index("## Conflicts") : text.index("## Undecided conflicts")]
    statuses = decided.statuses()
    sides = [
        statuses.get(cid)
        for conflict in decided.conflicts()
        if any(cid in statuses for cid in conflict.claim_ids)
        for cid in conflict.claim_ids
    ]
    for conflict in decided.conflicts()[:3]:
        assert f"conflict (score {conflict.score:.2f})" in decided_part
    assert decided_part.count("**Verified** by ann") == sides.count("verified") >= 2
    assert decided_part.count("**Disputed** by bob") == sides.count("disputed") >= 2
    assert decided_part.count("Undecided.") == sides.count(None)


def test_claimreview_for_each_current_decision(decided):
    items = json.loads(run(decided, "claimreview", org="Sample Desk"))
    current = {cid: s for cid, s in decided.statuses().items()}
    assert sorted(i["identifier"] for i in items) == sorted(current)
    for item in items:
        assert item["@context"] == "https://schema.org" and item["@type"] == "ClaimReview"
        assert item["author"] == {"@type": "Organization", "name": "Sample Desk"}
        assert len(item["claimReviewed"]) <= 76
        rating = item["reviewRating"]
        assert rating["alternateName"].lower() == current[item["identifier"]]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        appearance = item["itemReviewed"]["appearance"]
        assert appearance and item["itemReviewed"]["firstAppearance"] == appearance[0]
        dates = [w["datePublished"] for w in appearance if "datePublished" in w]
        assert dates == sorted(dates)
