"""The header: which database, who is deciding, how far the review has come."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from workbench.app.text import one_line


class StatusLine(Static):
    """One line; literal text (a database path may contain brackets)."""

    def show(
        self, db_path: str, reviewer: str, progress: str, *, saving: int = 0, saved: str = ""
    ) -> None:
        """`saved` says what the last write put in the database (shown once it is durable).

        A line rather than a pop-up per decision: the confirmation stays where the eye
        already is, and a reviewer tagging for hours is not interrupted.
        """
        line = Text(no_wrap=True, end="")
        line.append(" workbench ", "bold reverse")
        line.append(f" {one_line(db_path)} ")
        line.append(" · reviewer ", "dim")
        line.append(one_line(reviewer), "bold")
        line.append(" · ", "dim")
        line.append(progress, "bold")
        if saving:
            line.append(f" · saving {saving}…", "italic")
        elif saved:
            line.append(f" · {saved}", "italic")
        self.update(line, layout=False)  # always one line high: no layout pass needed
