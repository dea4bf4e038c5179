"""The review screen's undo: take back one's own last decision, and bring it on screen.

A mixin of `MainScreen`, beside `Deciding` (whose `_write`, `_took` and `_decided` it
uses): an undo is read from the database, so it also works after the app was closed,
and it never acts out of sight.
"""

from __future__ import annotations

from typing import Any

from workbench.app import writes
from workbench.app.data import ClaimRef, Finding
from workbench.app.text import one_line
from workbench.app.widgets.status_line import saved_words
from workbench.app.writes import NoteUndo
from workbench.models import Note, Review, Verdict

Undone = tuple[Verdict | None, list[Review], list[Verdict]]
"""A decision taken back: the verdict (if it was one), the new review rows, and the
verdicts still standing on its conflict."""


class Undoing:
    """`ctrl+z` for `MainScreen`: a verdict with every status it set, one tag, or a note
    edit, whichever of the reviewer's still standing is the latest (all read from the
    database, so what was done before the app opened is reached too)."""

    def action_undo(self: Any) -> None:
        reviewer = self.reviewer
        passed = set(self.passed_notes)

        def write(store: Any) -> NoteUndo | Undone:
            note = writes.undo_note_edit(store, reviewer, passed)
            if note is not None:
                return note
            verdict, reviews = writes.undo(store, reviewer)
            key = verdict.claim_key if verdict is not None else None
            return verdict, reviews, store.verdicts([key]).get(key, []) if key else []

        def done(result: NoteUndo | Undone) -> None:
            if isinstance(result, tuple):
                self._undone_decision(result)
            elif result.restored is None:
                self.passed_notes.add(result.edit.id)
                self._said_unsaved("not undone")
                self.notify(f"Not undone: {result.refused}", severity="warning", markup=False)
            else:
                self._undone_note(result.restored, result.edit)

        self._write(write, done)

    def _undone_note(self: Any, note: Note, edit: Note) -> None:
        """A note edit taken back, brought on screen and said as a decision's undo is."""
        if note.subject == "conflict":
            self._show_undone(note.subject_id, None)
        else:
            self._show_undone(None, note.subject_id)
            self._point_at_claim(note.subject_id)
        what = f"note “{one_line(edit.note, 50)}”" if edit.note else "note cleared"
        self._note_shown(note, "saved: note undone", "saved: undone")
        self.notify(f"Undone: {what}", markup=False, timeout=3)

    def _undone_decision(self: Any, result: Undone) -> None:
        verdict, reviews, standing = result
        if verdict is None and not reviews:
            self._said_unsaved("nothing left to undo", "nothing to undo", "none to undo")
            self.notify("Nothing to undo.", markup=False, timeout=2)
            return
        changed = self._took(reviews)
        if verdict is not None:
            self._took_verdicts(verdict.claim_key, standing)
            self._show_undone(verdict.claim_key, None)
            what = f"verdict {verdict.label}"
        else:
            self._show_undone(None, reviews[0].claim_id)
            self._point_at_claim(reviews[0].claim_id)
            what = f"{reviews[0].claim_text or reviews[0].claim_id}"
        tags = f"{len(reviews)} tag{'' if len(reviews) == 1 else 's'}"
        # "2 undone" read as two verdicts: say what the undo took back ("not a
        # conflict" sets no tag: "(0 tags)" read as a failed undo)
        taken = tags if reviews or verdict is None else verdict.label
        self.saved = (
            saved_words(f"saved: {tags} undone", "saved: undone")
            if verdict is None
            else saved_words(
                f"saved: verdict undone ({taken})", f"saved: undone ({taken})", "saved: undone"
            )
        )
        self.notify(f"Undone: {one_line(what, 60)}", markup=False, timeout=3)
        self._decided(changed, self._row_with_key(verdict.claim_key) if verdict else None)

    def _said_unsaved(self: Any, *wordings: str) -> None:
        """The header says an undo saved nothing: it went on saying the write before it
        ("saved: verdict undone (2 tags)" beside "Nothing to undo.", read as one more
        verdict taken back; walk35)."""
        self.saved = wordings
        self._show_status()

    def _row_with_key(self: Any, key: str) -> Finding | None:
        return next((f for f in self.conflicts if f.key == key), None)

    def _show_undone(self: Any, key: str | None, claim_id: str | None) -> None:
        """Bring what an undo took back on screen, so it never acts out of sight."""
        rows = self.main_list.rows
        current = self.main_list.current
        if key is not None:
            if isinstance(current, Finding) and current.key == key:
                return
            index = next(
                (i for i, r in enumerate(rows) if isinstance(r, Finding) and r.key == key), None
            )
        else:
            if isinstance(current, Finding) and any(c.id == claim_id for c in current.claims):
                return
            if isinstance(current, ClaimRef) and current.id == claim_id:
                return
            index = next(
                (
                    i
                    for i, r in enumerate(rows)
                    if (isinstance(r, ClaimRef) and r.id == claim_id)
                    or (isinstance(r, Finding) and any(c.id == claim_id for c in r.claims))
                ),
                None,
            )
        if index is not None:
            self.main_list.cursor = index

    def _point_at_claim(self: Any, claim_id: str) -> None:
        """The aligned claims' cursor and the detail on `claim_id`, whose tag an undo
        took back (the detail showed whichever claim had the focus before)."""
        aligned = self.detail.aligned
        index = next((i for i, c in enumerate(aligned.rows) if c.id == claim_id), None)
        if index is None:
            return
        if index != aligned.cursor:
            aligned.cursor = index  # the panes follow (`_aligned_moved`)
        self._detail_target = claim_id  # the redraw after the undo reads this one
