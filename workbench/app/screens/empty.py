"""What an empty database shows: how to put articles in it."""

from __future__ import annotations

import shlex
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Middle
from textual.screen import Screen
from textual.widgets import Footer, Static


class EmptyScreen(Screen[bool]):
    """Dismissed with True when the reviewer asks to look again (after ingesting)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "r",
            "recheck",
            "Look again",
            id="empty.recheck",
            tooltip="Check the database again (after an ingest)",
        ),
    ]

    def __init__(self, db_path: str) -> None:
        super().__init__()
        self.db_path = db_path

    def compose(self) -> ComposeResult:
        message = Text(end="")
        message.append("This database has no articles yet.\n\n", "bold")
        message.append(f"{self.db_path}\n\n")
        message.append("Ingest some reports of one event from another terminal:\n\n")
        message.append(f"    workbench ingest --db {shlex.quote(self.db_path)} PATH...\n\n", "bold")
        message.append("(files, folders, or - for stdin), then press r here.")
        with Middle(), Center():
            yield Static(message, id="empty-message")
        yield Footer()

    def action_recheck(self) -> None:
        self.dismiss(True)
