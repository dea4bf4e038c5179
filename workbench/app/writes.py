"""What the app writes: each decision in one transaction, run on `database.Database`'s
writer thread, returning only once it is durable. Never imports Textual."""

from __future__ import annotations

from collections.abc import Iterable
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


def undo_note_edit(store: Store, edit: Note, before: str | None) -> Note | None:
    """Put back the text a note had before `edit` (an edit the app made this session) when
    that edit is newer than the reviewer's every decision still standing; None when one
    is newer (that decision is undone first). Refused when someone edited the note since:
    putting the old text back would take their edit back too."""
    with store.transaction():
        decided = store.latest_decision_at(edit.reviewer)
        if decided is not None and decided > edit.at:
            return None
        latest = store.note_history(edit.subject, edit.subject_id)[-1]
        if latest.id != edit.id:
            raise StoreError(f"cannot undo the note: {latest.reviewer} has edited it since")
        return store.set_note(edit.subject, edit.subject_id, before, edit.reviewer)


def set_note(store: Store, subject: str, subject_id: str, note: str | None, reviewer: str) -> Note:
    return store.set_note(subject, subject_id, note, reviewer)
