"""The export dialog (palette "Export review log", or `x`): a format, a file, written whole."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label, RadioButton, Static

from workbench.app.screens.dialog import Dialog
from workbench.app.widgets import Choice, ChoiceSet, TickBox
from workbench.app.widgets.hint import Hint
from workbench.app.widgets.said import Said
from workbench.app.widgets.status_line import short_path
from workbench.export import FORMATS

SUFFIXES = {"jsonl": "jsonl", "csv": "csv", "md": "md", "claimreview": "json"}


def format_of(path: str) -> str | None:
    """The format a file's suffix names, if it names one ("x.csv" -> "csv")."""
    suffix = path.strip().rpartition(".")[2].casefold() if "." in path else ""
    return next((fmt for fmt, s in SUFFIXES.items() if s == suffix), None)


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What to write where; the export module checks it before writing a byte."""

    fmt: str
    path: str
    latest: bool
    force: bool


class ExportDialog(Dialog[ExportRequest | None]):
    """Enter writes the file; an existing file is kept unless "overwrite" is ticked."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export.cancel", tooltip="Export nothing"),
        Binding("ctrl+s", "export", "Export", id="export.export", tooltip="Write the file"),
    ]

    def __init__(self, previous: ExportRequest | None = None) -> None:
        super().__init__()
        self.previous = previous or ExportRequest(FORMATS[0], "review-log.jsonl", False, False)
        """The last export of this session: the dialog opens on its choices."""

    def compose(self) -> ComposeResult:
        previous = self.previous
        with Vertical(id="export-dialog", classes="dialog"):
            yield Static("Export the review log", classes="title")
            # the app's folder is not on screen: say where a bare name lands
            yield Label(f"File (a name without a folder goes in {short_path(os.getcwd(), 50)})")
            yield Input(previous.path, id="export-path", compact=True)
            yield Label("Format")
            with ChoiceSet(id="export-format", compact=True):
                for fmt in FORMATS:
                    yield Choice(fmt, value=fmt == previous.fmt, name=fmt)
            yield TickBox(
                "only each claim's current decision",
                previous.latest,
                id="export-latest",
                compact=True,
            )
            yield TickBox("overwrite an existing file", id="export-force", compact=True)
            yield Said()
            yield Hint("enter: export · tab: format and options · escape: cancel")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    @on(ChoiceSet.Changed)
    def _format_changed(self, event: ChoiceSet.Changed) -> None:
        path = self.query_one("#export-path", Input)
        stem, dot, suffix = path.value.rpartition(".")
        wanted = SUFFIXES[str(event.pressed.name)]
        if dot and suffix in SUFFIXES.values() and suffix != wanted:
            path.value = f"{stem}.{wanted}"

    @on(Input.Changed, "#export-path")
    def _path_changed(self, event: Input.Changed) -> None:
        """A file named x.csv is written as CSV: the format follows a known suffix, at
        once and quietly. Pressed the buttons' way, the change reached `_format_changed`
        after the keys typed behind it, which put the format's own suffix back: "x.jsonl"
        typed fast passes "x.json" and was cut back to ClaimReview's x.json."""
        fmt = format_of(event.value)
        if fmt is not None:
            with self.prevent(RadioButton.Changed):
                self.query_one("#export-format", ChoiceSet).press(fmt)

    @on(Input.Submitted)
    @on(ChoiceSet.Chosen)
    def action_export(self) -> None:
        pressed = self.query_one("#export-format", ChoiceSet).pressed_button
        path = self.query_one("#export-path", Input).value.strip()
        fmt = format_of(path)
        if fmt is not None and pressed is not None and pressed.name != fmt:
            self.notify(
                f"{path} names a .{SUFFIXES[fmt]} file but {pressed.name} is chosen: "
                "change one of them.",
                markup=False,
                severity="warning",
            )
            return
        if not path:
            self.notify("Name the file to write.", markup=False, severity="warning")
            return
        self.dismiss(
            ExportRequest(
                fmt=str(pressed.name) if pressed is not None else FORMATS[0],
                path=path,
                latest=self.query_one("#export-latest", TickBox).value,
                force=self.query_one("#export-force", TickBox).value,
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)
