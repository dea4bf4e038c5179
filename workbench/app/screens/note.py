"""The note dialog (`e`): the note on a conflict or a claim, saved without touching any
status (each edit is kept in the log)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from workbench.app.screens.dialog import Dialog
from workbench.app.text import one_line
from workbench.app.widgets.hint import Hint


class NoteDialog(Dialog[str | None]):
    """Enter saves the note (empty clears it); escape leaves it as it was.

    Dismisses with the new note text ("" to clear), or None when cancelled.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape", "cancel", "Cancel", id="note.cancel", tooltip="Close without saving anything"
        ),
        Binding("ctrl+s", "save", "Save", id="note.save", tooltip="Save the note"),
    ]

    def __init__(self, subject: str, note: str | None) -> None:
        super().__init__()
        self.subject = subject
        """What the note is about, shown literally."""
        self.note = note or ""

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog", classes="dialog"):
            yield Static(Text(f"Note on {one_line(self.subject, 200)}", end=""), classes="title")
            yield Input(self.note, placeholder="Why? (statuses stay as they are)", id="note-input")
            yield Hint(
                "enter: save (empty: clear) · escape: cancel · every edit is kept in the log"
            )

    def on_mount(self) -> None:
        self.query_one("#note-input", Input).focus()

    @on(Input.Submitted)
    def action_save(self) -> None:
        self.dismiss(self.query_one("#note-input", Input).value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
