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


def saved_words(*wordings: str) -> tuple[str, ...]:
    """What a write saved, in shorter and shorter words, "saved" alone the last: the status
    line shows the longest that fits ("saved: verdict undone (2 tags)" was cut at 120
    columns to "verdict undone (2 …", and dropped whole at 80)."""
    return tuple(dict.fromkeys((*(w for w in wordings if w), "saved")))


class StatusLine(Static):
    """One line; literal text (a database path may contain brackets)."""

    _shown: tuple[str, str, str | tuple[str, ...], int, str | tuple[str, ...]] | None = None

    def show(
        self,
        db_path: str,
        reviewer: str,
        progress: str | tuple[str, ...],
        *,
        saving: int = 0,
        saved: str | tuple[str, ...] = "",
    ) -> None:
        """`saved` says what the last write put in the database (shown once it is durable).
        `progress` and `saved` may come in shorter and shorter wordings: the longest
        progress that fits beside the database's file name and the shortest of `saved` is
        shown, then the longest of `saved` that fits the room left.

        A line rather than a pop-up per decision: the confirmation stays where the eye
        already is, and a reviewer tagging for hours is not interrupted. The path gives way
        first: at 80 columns a full path left no room for the progress.
        """
        self._shown = (db_path, reviewer, progress, saving, saved)
        width = self.size.width or self.app.size.width
        said = tuple(w for w in ((saved,) if isinstance(saved, str) else saved) if w)
        least = said[-1] if said and not saving else ""
        progress = self._fitting(progress, width, db_path, reviewer, saving, least)
        tail = self._tail(reviewer, progress, saving, "")
        line = Text(no_wrap=True, end="")
        line.append(" workbench ", "bold reverse")
        # The path leaves room for what a decision saved ("saved: right: 27 people"), the
        # same room whatever was saved, so the path does not change with each decision.
        path = short_path(db_path, width - len(line) - 2 - len(tail) - SAVED_ROOM)
        line.append(f" {path} ")
        shown = ""
        if said and not saving:
            # What was saved takes the room left, in the longest words that fit; cut, it
            # says so ("…"), and in under a word's room it gives way whole ("saved: right:"
            # read as a broken line).
            room = width - len(line) - len(tail) - 3
            shown = next((w for w in said if len(w) <= room), said[-1])
            shown = one_line(shown, room) if room >= min(len(shown), 12) else ""
        tail = self._tail(reviewer, progress, saving, shown)
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
        self,
        wordings: str | tuple[str, ...],
        width: int,
        db_path: str,
        reviewer: str,
        saving: int,
        saved: str = "",
    ) -> str:
        """The longest wording of the progress that fits beside the file's name, cut as
        short as `show` cuts it (the name gives way first), and `saved` (the shortest
        word of what was saved). What was saved never brings the progress down to its
        last, barest wording ("all 0/3 ?1" for "0 of 3 done · 1 can't tell"): then the
        progress is fitted alone, and what was saved has what room is left."""
        if isinstance(wordings, str):
            return wordings
        name = len(" workbench   ") + min(len(Path(one_line(db_path)).name), NAME_LEAST)
        for beside, among in ((saved, wordings[:-1] or wordings), ("", wordings)):
            for wording in among:
                if name + len(self._tail(reviewer, wording, saving, beside)) <= width:
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
