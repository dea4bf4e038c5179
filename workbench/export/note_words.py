"""What the report says of a note whose latest edit was an undo.

The note log is append-only: an undo is a new edit putting back the text before the edit
it takes back (`Note.undo_of`). Read as a plain edit, an undo that cleared a note left no
trace in the report, and one that put back an older text credited it to the reviewer who
undid (walk33's leftover). Here an undone note reads as undone: who undid what, when, and
whose text stands again. Plain lines; the format modules escape them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.models import Note


def _when(at: str) -> str:
    return at[:16].replace("T", " ") + " UTC"


def _one_line(text: str | None, limit: int = 80) -> str:
    words = " ".join((text or "").split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


@dataclass(frozen=True, slots=True)
class NoteShown:
    """A subject's note as the report shows it: the text in force (`note`) and who wrote
    it (`reviewer`), named as on `Note`, and, when the latest edit was an undo, what it
    took back."""

    note: str | None
    reviewer: str | None
    undo: Note | None = None
    undone: Note | None = None

    def undo_words(self) -> str | None:
        """The undo in one plain line, or None when the latest edit was no undo."""
        if self.undo is None:
            return None
        what = f"“{_one_line(self.undone.note)}”" if self.undone and self.undone.note else "an edit"
        by = f"{self.undo.reviewer}, {_when(self.undo.at)}"
        if self.note is None:
            return f"Note undone ({by}): {what} no longer stands; no note now."
        return f"Note edit undone ({by}): {what} no longer stands."


def note_shown(store: Any, latest: Note | None) -> NoteShown | None:
    """How to show a subject whose latest note edit is `latest` (None: it has no note and
    never had one). The author of a text an undo put back is whoever wrote it first."""
    if latest is None:
        return None
    if latest.undo_of is None:
        return NoteShown(latest.note, latest.reviewer)
    history = store.note_history(latest.subject, latest.subject_id)
    index = next((i for i, n in enumerate(history) if n.id == latest.undo_of), None)
    undone = history[index] if index is not None else store.note_edit(latest.undo_of)
    author = history[index - 1].reviewer if index and latest.note is not None else None
    return NoteShown(latest.note, author or latest.reviewer, latest, undone)
