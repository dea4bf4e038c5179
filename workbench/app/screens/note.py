"""The note dialog (`e`): a note and the decision it is saved with."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, RadioButton, Static

from workbench.app.text import one_line
from workbench.app.widgets import ChoiceSet
from workbench.models import REVIEW_STATUSES


@dataclass(frozen=True, slots=True)
class NoteResult:
    """What the reviewer saved: a note (None when cleared) and the status it goes with."""

    note: str | None
    status: str


class NoteDialog(ModalScreen[NoteResult | None]):
    """Enter saves the note with the chosen status; escape leaves everything as it was."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape", "cancel", "Cancel", id="note.cancel", tooltip="Close without saving anything"
        ),
        Binding(
            "ctrl+s", "save", "Save", id="note.save", tooltip="Save the note with the chosen status"
        ),
    ]

    def __init__(self, subject: str, note: str | None, status: str | None) -> None:
        super().__init__()
        self.subject = subject
        """What the note is about, shown literally."""
        self.note = note or ""
        self.status = status

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog", classes="dialog"):
            yield Static(Text(f"Note on {one_line(self.subject, 200)}", end=""), classes="title")
            yield Input(self.note, placeholder="Why? (saved with the decision)", id="note-input")
            with ChoiceSet(id="note-status"):
                for status in REVIEW_STATUSES:
                    yield RadioButton(status, value=status == self.status, name=status)
            yield Static("enter: save · tab: status · escape: cancel", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#note-input", Input).focus()

    @on(Input.Submitted)
    @on(ChoiceSet.Chosen)
    def action_save(self) -> None:
        pressed = self.query_one("#note-status", ChoiceSet).pressed_button
        if pressed is None:
            self.notify("Choose a status for the decision (tab, arrows, enter).", markup=False)
            self.query_one("#note-status", ChoiceSet).focus()
            return
        note = self.query_one("#note-input", Input).value.strip()
        self.dismiss(NoteResult(note or None, str(pressed.name)))

    def action_cancel(self) -> None:
        self.dismiss(None)
