"""The header: which database, who is deciding, how far the review has come."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.widgets import Static

from workbench.app.text import one_line


def short_path(path: str, room: int) -> str:
    """The database's path in at most `room` cells: the home folder as `~`, then folders
    dropped from the left (`…/workbench/sample.db`), never shorter than the file's name."""
    shown = one_line(path)
    home = str(Path.home())
    if home not in ("", "/") and (shown == home or shown.startswith(home + "/")):
        shown = "~" + shown[len(home) :]
    parts = shown.split("/")
    for start in range(1, len(parts)):
        if len(shown) <= room:
            return shown
        shown = "…/" + "/".join(parts[start:])  # whole folders drop off, first to last
    return shown if len(shown) <= room else parts[-1] or shown


class StatusLine(Static):
    """One line; literal text (a database path may contain brackets)."""

    _shown: tuple[str, str, str, int, str] | None = None

    def show(
        self, db_path: str, reviewer: str, progress: str, *, saving: int = 0, saved: str = ""
    ) -> None:
        """`saved` says what the last write put in the database (shown once it is durable).

        A line rather than a pop-up per decision: the confirmation stays where the eye
        already is, and a reviewer tagging for hours is not interrupted. The path gives way
        first: at 80 columns a full path left no room for the progress.
        """
        self._shown = (db_path, reviewer, progress, saving, saved)
        tail = Text(no_wrap=True, end="")
        tail.append(" · reviewer ", "dim")
        tail.append(one_line(reviewer), "bold")
        tail.append(" · ", "dim")
        tail.append(progress, "bold")
        if saving:
            tail.append(f" · saving {saving}…", "italic")
        elif saved:
            tail.append(f" · {saved}", "italic")
        line = Text(no_wrap=True, end="")
        line.append(" workbench ", "bold reverse")
        width = self.size.width or self.app.size.width
        room = width - len(line) - 2 - len(tail) + (len(saved) + 3 if saved else 0)
        line.append(f" {short_path(db_path, room)} ")
        line.append_text(tail)
        self.update(line, layout=False)  # always one line high: no layout pass needed

    def on_resize(self) -> None:
        if self._shown is not None:
            db_path, reviewer, progress, saving, saved = self._shown
            self.show(db_path, reviewer, progress, saving=saving, saved=saved)
