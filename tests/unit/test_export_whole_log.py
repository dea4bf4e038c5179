"""Every export holds every decision and note, only the sources they cite, and grows as
an append-only log: a later export keeps an earlier one's rows, undos included."""

from __future__ import annotations

import csv
import io
import json

import pytest
from export_builders import build, run

from workbench.export import ExportNotes, export_log, read_csv_record


@pytest.fixture
def built(store):
    ids = build(store)
    with store.transaction():
        store.add_source(file="e.txt", raw=b"e", text="Unrelated.", content_hash="he")
    return ids


def _jsonl(store):
    return [json.loads(line) for line in run(store, "jsonl").splitlines()]


def _csv(store):
    return [read_csv_record(r) for r in csv.DictReader(io.StringIO(run(store, "csv")))]


def test_a_note_written_after_the_tag_is_in_every_export(store, built):
    """The app tags first and notes after: the note is in no review row, yet every format
    must carry it (jsonl and csv as a row of its own, ClaimReview as the review body)."""
    store.record_review("cd", "disputed", "ann")
    store.set_note("claim", "cd", "the agency says 24", "ann")
    for rows in (_jsonl(store), _csv(store)):
        note = rows[-1]
        assert (note["record"], note["note_on"], note["note_subject"]) == ("note", "claim", "cd")
        assert (note["claim_id"], note["note"], note["reviewer"]) == (
            "cd",
            "the agency says 24",
            "ann",
        )
        assert note["hash"] and note["status"] is None
    items = {i["identifier"]: i for i in json.loads(run(store, "claimreview"))}
    assert items["cd"]["reviewBody"] == "the agency says 24"
    assert items["cd"]["reviewRating"]["alternateName"] == "Disputed"
    assert "the agency says 24" in run(store, "md")


def test_the_report_lists_only_the_sources_its_decisions_cite(store, built):
    text = run(store, "md")
    sources = text[text.index("## Sources") : text.index("## Conflicts")]
    assert "e.txt" not in sources  # in the database, cited by no decision
    assert "- Sources: 5 (4 cited by the decisions below)" in text
    assert "The sources the decisions below cite (4 of 5)." in sources


def test_a_report_with_no_decision_cites_no_source(tmp_path):
    from workbench.store import Store

    with Store(tmp_path / "empty.db") as store:
        with store.transaction():
            store.add_source(file="e.txt", raw=b"e", text="Unrelated.", content_hash="he")
        text = run(store, "md")
    assert "None: no decision cites one (1 source in the database)." in text


def test_a_second_export_keeps_the_first_ones_rows_and_shows_undos(store, built):
    first_jsonl, first_csv = run(store, "jsonl"), run(store, "csv")
    store.record_review("cap", "verified", "bob", "seen on the map")
    store.set_note("claim", "cap", "map of 2019", "bob")
    store.set_note("conflict", "cap cbp", "two places, one event?", "bob")
    store.record_review("cbp", "disputed", "ann")
    store.undo_last("ann")  # cbp: back to undecided, the undo a row of its own
    second_jsonl, second_csv = run(store, "jsonl"), run(store, "csv")
    assert second_jsonl.startswith(first_jsonl) and second_csv.startswith(first_csv)
    added = [json.loads(line) for line in second_jsonl[len(first_jsonl) :].splitlines()]
    assert [(r["record"], r["claim_id"], r["status"]) for r in added] == [
        ("review", "cap", "verified"),
        ("note", "cap", None),
        ("note", None, None),
        ("review", "cbp", "disputed"),
        ("review", "cbp", None),
    ]
    assert added[-1]["undo_of"] == added[-2]["id"]
    assert added[2]["note_subject"] == "cap cbp" and added[2]["conflict_ids"] == ["k2"]
    # The report and ClaimReview describe current decisions: an undone one is said so.
    text = run(store, "md")
    assert "Undecided: undone by ann" in text and "(was disputed)" in text
    tag_rows = [r for r in map(json.loads, second_jsonl.splitlines()) if r["record"] == "review"]
    assert f"- Tags and undos logged: {len(tag_rows)}\n" in text  # was "Log rows", notes apart
    notes = ExportNotes()
    export_log(store, "claimreview", io.StringIO(), notes=notes)
    assert notes.undone_claims == 2  # cc (undone in the build) and cbp
    said = " ".join(notes.lines())
    assert "left out 2 claims whose decisions were undone" in said
    assert "--format md lists them as undone" in said


def test_a_claim_notes_row_says_what_claim_it_is_on(store, built):
    """A note row said only the claim's id (claim_text and the rest empty): a spreadsheet
    reader could not tell what a note was on (walk31). It gives the claim as it is now, and
    says so; a conflict's note, or a note on a claim gone, names none."""
    store.set_note("claim", "cd", "the agency says 24", "ann")
    store.set_note("claim", "ca", "a javascript: page", "ann")
    store.db.execute("UPDATE sources SET url = 'javascript:alert(1)' WHERE id = ?", [built["a"]])
    store.set_note("conflict", "ca cb", "two outlets", "ann")
    for rows in (_jsonl(store), _csv(store)):
        notes = {r["note_subject"]: r for r in rows if r["record"] == "note"}
        on_cd = notes["cd"]
        assert (on_cd["claim_kind"], on_cd["claim_text"]) == ("quantity", "27 people")
        assert on_cd["source_file"] == "d.txt" and on_cd["outlet"] == "Wire"
        assert on_cd["url"] == "https://wire.example/d" and on_cd["sentence"]
        assert on_cd["claim_role_from"] == "claim now" and on_cd["prev_hash"]
        assert notes["ca"]["url"] is None  # the export's guard leaves it out, as for a review
        assert notes["ca cb"]["claim_text"] is None and notes["ca cb"]["claim_role_from"] is None
    store.replace_claims(built["d"], [])
    gone = {r["note_subject"]: r for r in _jsonl(store) if r["record"] == "note"}["cd"]
    assert gone["claim_text"] is None and gone["claim_role_from"] is None
