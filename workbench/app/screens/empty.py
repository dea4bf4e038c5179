"""What an empty database shows: how to put articles in it."""

from __future__ import annotations

import shlex
import sqlite3
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Middle
from textual.screen import Screen
from textual.widgets import Footer, Static

from workbench.store import StoreError

CHECK_SECONDS = 2.0
"""How often the screen looks for articles another terminal's ingest has stored."""


class EmptyScreen(Screen[bool]):
    """Dismissed with True once articles are stored (an ingest in another terminal), or
    when the reviewer asks to look again."""

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
        message.append("(files, folders, or - for stdin). They show here once stored.")
        with Middle(), Center():
            yield Static(message, id="empty-message")
        yield Footer()

    def on_mount(self) -> None:
        self.set_interval(CHECK_SECONDS, self.check)

    async def check(self) -> None:
        """Look for articles: one stored is enough to open the review screen."""
        db = getattr(self.app, "db", None)
        if db is None or not self.is_current:
            return
        try:
            stored = await db.read(lambda store: store.db["sources"].count)
        except (StoreError, sqlite3.Error):
            return  # the ingest holds a lock: look again next time
        if stored and self.is_current:
            self.dismiss(True)

    def action_recheck(self) -> None:
        self.dismiss(True)
