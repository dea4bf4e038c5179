"""What the app writes: each decision in one transaction, run on `database.Database`'s
writer thread, returning only once it is durable. Never imports Textual."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from workbench.models import Note, Review, Verdict
from workbench.store import Store, StoreError


def tag(store: Store, claim_ids: Iterable[str], status: str, reviewer: str) -> list[Review]:
    """One log row per claim, all committed in one transaction; returns only once they are
    durable. Each row carries the claim's note, which a tag never changes."""
    return store.tag_claims(list(claim_ids), status, reviewer)


def verdict(
    store: Store,
    conflict_id: str,
    answer: str,
    reviewer: str,
    right: list[str],
    right_value: str | None,
    sides: list[dict[str, Any]],
) -> tuple[Verdict, list[Review]]:
    """A verdict and the statuses it sets, in one transaction (see `Store.record_verdict`)."""
    return store.record_verdict(
        conflict_id, answer, reviewer, right_claim_ids=right, right_value=right_value, sides=sides
    )


def undo(store: Store, reviewer: str) -> tuple[Verdict | None, list[Review]]:
    """Take back the reviewer's latest decision, whole, as the database knows it (so an
    undo after reopening the app undoes the same thing an undo before would have)."""
    return store.undo_latest(reviewer)


@dataclass(frozen=True, slots=True)
class NoteUndo:
    """A note edit taken back (`restored`: the edit putting back the text before it), or
    refused (`refused`: why; the edit is passed over by the next undo)."""

    edit: Note
    restored: Note | None = None
    refused: str | None = None


def undo_note_edit(store: Store, reviewer: str, passed: Iterable[int] = ()) -> NoteUndo | None:
    """Take back the reviewer's latest note edit still standing (read from the database:
    made in this session, an earlier one or a script) when it is newer than their every
    decision still standing; None when a decision is newer (that is undone first) or no
    edit stands. Refused when someone edited the note since: putting the old text back
    would take their edit back too. `passed`: edits refused before, left out."""
    with store.transaction():
        edit = store.latest_note_edit(reviewer, passed)
        if edit is None:
            return None
        decided = store.latest_decision_at(reviewer)
        if decided is not None and decided > edit.at:
            return None
        try:
            return NoteUndo(edit, restored=store.undo_note(edit))
        except StoreError as exc:
            return NoteUndo(edit, refused=str(exc))


def set_note(store: Store, subject: str, subject_id: str, note: str | None, reviewer: str) -> Note:
    return store.set_note(subject, subject_id, note, reviewer)
