"""A dialog's own line for what it has to say ("Merged story #1 into story #2"), above its
key hints.

Textual shows a notice as a toast at the foot of the screen, on the right; a dialog sits in
the middle with its key hints at its foot, so at 80x24 (and at 160x45, where the stories
dialog is 120 wide) the toast covered the hints it was answering ("^z: undo the merge ·
escape: close"; walk40, walk41). A dialog that composes a `Said` shows its notices here
(`Dialog.notify`), for as long as the toast would have stayed.
"""

from __future__ import annotations

from textual.timer import Timer
from textual.widgets import Static

SHOWN_S = 5.0
"""Seconds a notice stays when it names no timeout: Textual's own for a toast."""


class Said(Static):
    """Hidden until the dialog says something; the latest notice replaces the one before."""

    DEFAULT_CSS = """
    Said {
        display: none;
        margin: 1 0 0 0;
    }
    Said.-warning { color: $text-warning; }
    Said.-error { color: $text-error; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self._clear_timer: Timer | None = None

    def say(
        self, message: str, severity: str = "information", timeout: float | None = None
    ) -> None:
        self.update(message)
        self.set_class(severity == "warning", "-warning")
        self.set_class(severity == "error", "-error")
        self.display = True
        if self._clear_timer is not None:
            self._clear_timer.stop()
        self._clear_timer = self.set_timer(SHOWN_S if timeout is None else timeout, self.clear)

    def clear(self) -> None:
        self._clear_timer = None
        self.display = False
        self.update("")
