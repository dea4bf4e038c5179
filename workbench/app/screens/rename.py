"""A one-line text dialog: a story's new title (`r`), or the words the stories are narrowed
to (`/`), in the stories dialog."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from workbench.app.screens.dialog import Dialog
from workbench.app.widgets.hint import Hint


class RenameDialog(Dialog[str | None]):
    """Enter saves the new title; escape keeps the old one. Also asks for the words the
    stories are narrowed to (`/`)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="rename.cancel", tooltip="Keep the title"),
    ]

    def __init__(
        self,
        title: str,
        heading: str = "Rename the story",
        hint: str = "enter: save · escape: cancel",
        empty: str | None = None,
    ) -> None:
        super().__init__()
        self.current = title
        """The story's title now."""
        self.heading, self.hint = heading, hint
        self.empty = empty
        """What an empty line gives: None keeps a title; the words' "" shows every story."""

    def compose(self) -> ComposeResult:
        with Vertical(id="rename-dialog", classes="dialog"):
            yield Static(self.heading, classes="title")
            yield Input(self.current, id="rename-input")
            yield Hint(self.hint)

    def on_mount(self) -> None:
        self.query_one("#rename-input", Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        title = " ".join(event.value.split())
        self.dismiss(title or self.empty)

    def action_cancel(self) -> None:
        self.dismiss(None)
