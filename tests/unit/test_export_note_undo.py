"""An undone note reads as undone in every export (walk33's leftover): jsonl and csv name the
edit an undo takes back, the report says who undid what, and ClaimReview publishes no note
that no longer stands. The log stays append-only: the undone edit's row is as written."""

from __future__ import annotations

import csv
import io
import json

from export_builders import build, run

from workbench.export import read_csv_record


def _rows(store):
    jsonl = [json.loads(line) for line in run(store, "jsonl").splitlines()]
    table = [read_csv_record(r) for r in csv.DictReader(io.StringIO(run(store, "csv")))]
    return jsonl, table


def test_an_undo_row_names_the_edit_it_takes_back_and_the_edit_stays_as_written(store):
    build(store)
    store.record_review("cd", "disputed", "ann")
    edit = store.set_note("claim", "cd", "the agency says 24", "ann")
    before = run(store, "jsonl").splitlines()
    undo = store.undo_note(store.latest_note_edit("ann"))
    after = run(store, "jsonl").splitlines()
    assert after[: len(before)] == before  # append-only: a later export begins with this one
    for rows in _rows(store):
        notes = [r for r in rows if r["record"] == "note"]
        assert [(r["note_id"], r["note_undo_of"], r["note"]) for r in notes] == [
            (edit.id, None, "the agency says 24"),
            (undo.id, edit.id, None),
        ]


def _noted_and_undone(store, tagged: str, subject: str, subject_id: str, note: str) -> str:
    """The report after ann tags a claim, writes a note and takes the note back."""
    build(store)
    store.record_review(tagged, "disputed", "ann")
    store.set_note(subject, subject_id, note, "ann")
    store.undo_note(store.latest_note_edit("ann"))
    return run(store, "md")


def test_the_report_says_a_cleared_note_was_undone_and_by_whom(store):
    text = _noted_and_undone(store, "cd", "claim", "cd", "the agency says 24")
    assert "Note (ann): the agency says 24" not in text
    assert "Note undone (ann, " in text and "“the agency says 24” no longer stands" in text


def test_a_text_put_back_by_an_undo_is_credited_to_its_writer(store):
    build(store)
    store.set_note("claim", "cd", "ask the desk", "bob")
    store.set_note("claim", "cd", "the agency says 24", "ann")
    store.undo_note(store.latest_note_edit("ann"))
    text = run(store, "md")
    assert "Note (bob): ask the desk" in text
    assert "Note edit undone (ann, " in text


def test_a_conflict_note_undone_is_said_in_the_report(store):
    text = _noted_and_undone(store, "ca", "conflict", "ca cb", "the wire's figure")
    assert "Note: the wire's figure" not in text
    assert "“the wire's figure” no longer stands; no note now." in text


def test_a_note_undone_after_someone_tagged_the_claim_is_not_published(store):
    """bob's tag carries ann's note as it stood; ann then takes her note back. The tag's row
    keeps the note it was decided with, but ClaimReview must not publish it as the review
    body, and the report says it is the note the claim was decided with."""
    build(store)
    store.set_note("claim", "cd", "the agency says 24", "ann")
    store.tag_claims(["cd"], "disputed", "bob")
    store.undo_note(store.latest_note_edit("ann"))
    items = {i["identifier"]: i for i in json.loads(run(store, "claimreview"))}
    assert "reviewBody" not in items["cd"]
    text = run(store, "md")
    assert "Note when decided: the agency says 24" in text
    assert "no longer stands; no note now." in text
