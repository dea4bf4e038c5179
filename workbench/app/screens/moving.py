"""The review screen's queue moves: the next or previous row still to do.

A mixin of `MainScreen`; `Deciding` asks it what is still to do (`_undecided`) and what
the threshold hides (`_hidden_below`) when a verdict reaches the end of the list.
"""

from __future__ import annotations

from typing import Any

from workbench.app.data import ClaimRef, Finding
from workbench.app.queue import to_do


class Moving:
    """`n` / `p` for `MainScreen`: jump over what is decided."""

    def _undecided(self: Any, row: Any) -> bool:
        if isinstance(row, Finding):
            return to_do(row, self.decisions)
        if isinstance(row, ClaimRef):
            return row.id not in self.statuses
        return False  # a heading

    def _jump_undecided(self: Any, step: int) -> None:
        rows = self.main_list.rows
        index = self.main_list.cursor + step
        while 0 <= index < len(rows):
            if self._undecided(rows[index]):
                self.main_list.cursor = index
                self.main_list.focus()
                return
            index += step
        if self.paged:  # the rest of the list is still being read
            self.notify("Still reading the rest of the list…", markup=False, timeout=2)
            return
        self.notify("No more open rows that way." + self._hidden_below(), markup=False, timeout=2)

    def _hidden_below(self: Any) -> str:
        """What a reviewer at the end of the queue may not see: the conflicts below the
        threshold still to do, while they are hidden."""
        if self.view != "conflicts" or self.show_below:
            return ""
        left = sum(1 for f in self._all_rows() if f.score < self.threshold and self._undecided(f))
        return f" {left} more below the threshold: B shows them." if left else ""

    def action_next_undecided(self: Any) -> None:
        self._jump_undecided(1)

    def action_previous_undecided(self: Any) -> None:
        self._jump_undecided(-1)
