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


SAVED_ROOM = 26
"""Columns the path leaves for the last write's confirmation when the line is short."""


NAME_LEAST = 8
"""The fewest cells the database's file name is cut to, to leave the progress its room."""


class StatusLine(Static):
    """One line; literal text (a database path may contain brackets)."""

    _shown: tuple[str, str, str | tuple[str, ...], int, str] | None = None

    def show(
        self,
        db_path: str,
        reviewer: str,
        progress: str | tuple[str, ...],
        *,
        saving: int = 0,
        saved: str = "",
    ) -> None:
        """`saved` says what the last write put in the database (shown once it is durable).
        `progress` may come in shorter and shorter wordings: the longest that fits beside
        the database's file name is shown.

        A line rather than a pop-up per decision: the confirmation stays where the eye
        already is, and a reviewer tagging for hours is not interrupted. The path gives way
        first: at 80 columns a full path left no room for the progress.
        """
        self._shown = (db_path, reviewer, progress, saving, saved)
        width = self.size.width or self.app.size.width
        progress = self._fitting(progress, width, db_path, reviewer, saving)
        tail = self._tail(reviewer, progress, saving, "")
        line = Text(no_wrap=True, end="")
        line.append(" workbench ", "bold reverse")
        # The path leaves room for what a decision saved ("saved: right: 27 people"), the
        # same room whatever was saved, so the path does not change with each decision.
        path = short_path(db_path, width - len(line) - 2 - len(tail) - SAVED_ROOM)
        line.append(f" {path} ")
        if saved and not saving:
            # What was saved takes the room left; cut, it says so ("…"), and in under a
            # word's room it gives way whole ("saved: right:" read as a broken line).
            room = width - len(line) - len(tail) - 3
            saved = one_line(saved, room) if room >= min(len(saved), 12) else ""
        tail = self._tail(reviewer, progress, saving, saved)
        over = len(line) + len(tail) - width
        if over > 0:  # the file's name alone is too long: it is cut, never the progress
            head = Text(no_wrap=True, end="")
            head.append(" workbench ", "bold reverse")
            head.append(f" {one_line(path, max(len(path) - over, NAME_LEAST))} ")
            line = head
        line.append_text(tail)
        line.truncate(width, overflow="ellipsis")  # what is still too long says so
        self.update(line, layout=False)  # always one line high: no layout pass needed

    def _fitting(
        self, wordings: str | tuple[str, ...], width: int, db_path: str, reviewer: str, saving: int
    ) -> str:
        """The longest wording of the progress that fits beside the file's name, cut as
        short as `show` cuts it (the name gives way first)."""
        if isinstance(wordings, str):
            return wordings
        name = len(" workbench   ") + min(len(Path(one_line(db_path)).name), NAME_LEAST)
        for wording in wordings:
            if name + len(self._tail(reviewer, wording, saving, "")) <= width:
                return wording
        return wordings[-1]

    @staticmethod
    def _tail(reviewer: str, progress: str, saving: int, saved: str) -> Text:
        tail = Text(no_wrap=True, end="")
        tail.append(" · reviewer ", "dim")
        tail.append(one_line(reviewer), "bold")
        tail.append(" · ", "dim")
        tail.append(progress, "bold")
        if saving:
            tail.append(f" · saving {saving}…", "italic")
        elif saved:
            tail.append(f" · {saved}", "italic")
        return tail

    def on_resize(self) -> None:
        if self._shown is not None:
            db_path, reviewer, progress, saving, saved = self._shown
            self.show(db_path, reviewer, progress, saving=saving, saved=saved)
