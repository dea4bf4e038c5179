"""A note edit says which edit it undoes (schema 16), so `ctrl+z` reaches a note edited
before the app opened (walk32's leftover): a log written at schema 15 by main's code keeps
every row, hash and decision through the step, and its note edits can be undone after it."""

from __future__ import annotations

import pytest
from export_builders import build
from old_logs import assert_log_kept, head_of, old_database

from workbench.store import SCHEMA_VERSION, Store, StoreError
from workbench.store.chain import row_hash


def test_a_schema15_log_keeps_every_row_and_decision_and_its_notes_can_be_undone(
    tmp_path, monkeypatch
):
    path = tmp_path / "old.db"
    logged = old_database(path, monkeypatch, 15)
    head = head_of(logged)
    with Store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert_log_kept(store, logged, head)
        # every decision shown as saved before the step is there after it
        assert store.statuses() == {"ca": "verified", "cb": "unresolved", "cd": "unresolved"}
        assert [v.verdict for v in store.verdicts()["ca cb"]] == ["right"]
        assert store.current_note("claim", "ca") == "checked three times"
        assert store.current_note("conflict", "ca cb") == "the wire's figure"
        assert store.current_note("claim", "cb") is None  # cleared
        # the old edits are undone, latest first, each putting back the text before it
        edit = store.latest_note_edit("cy")
        assert (edit.subject, edit.note) == ("conflict", "the wire's figure")
        assert store.undo_note(edit).note is None
        restored = store.undo_note(store.latest_note_edit("cy"))
        assert (restored.note, restored.undo_of) == ("checked twice", logged["notes"][1]["id"])
        assert store.undo_note(store.latest_note_edit("cy")).note is None
        assert store.latest_note_edit("cy") is None
        assert store.undo_note(store.latest_note_edit("dee")).note == "ask the desk"
        assert store.verify_log(expect=head).ok


def test_an_edit_by_someone_else_since_is_not_taken_back(store):
    build(store)
    mine = store.set_note("claim", "ca", "checked", "cy")
    store.set_note("claim", "ca", "checked twice, by phone", "bob")
    with pytest.raises(StoreError, match="bob has edited it since"):
        store.undo_note(mine)
    assert store.current_note("claim", "ca") == "checked twice, by phone"
    assert store.latest_note_edit("cy", passed=[mine.id]) is None


def test_the_hash_covers_what_an_undo_takes_back(store):
    """An undo row's `undo_of` is in its hash (a row made to undo another edit shows); a
    row without one hashes as before schema 16."""
    build(store)
    edit = store.set_note("claim", "ca", "checked", "cy")
    undo = store.undo_note(edit)
    row = dict(store.db["notes"].get(undo.id))
    assert row["hash"] == row_hash(row["prev_hash"], row, "notes")
    assert row["hash"] != row_hash(row["prev_hash"], {**row, "undo_of": None}, "notes")
    first = dict(store.db["notes"].get(edit.id))
    assert first["hash"] == row_hash(first["prev_hash"], {**first, "undo_of": None}, "notes")
