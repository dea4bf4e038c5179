"""The base of every dialog and modal screen: closed once, however many keys close it.

`Screen.dismiss` pops whatever screen is on top. Two enters in one burst (a held key, a
double tap on a loaded machine) submitted a dialog twice: the second popped the screen
beneath it, and under the review screen there is none, so the app stopped with an error.
"""

from __future__ import annotations

from textual.await_complete import AwaitComplete
from textual.screen import ModalScreen, ScreenResultType


class Dialog(ModalScreen[ScreenResultType]):
    """A modal screen whose `dismiss` does nothing once it is no longer on top."""

    def dismiss(self, result: ScreenResultType | None = None) -> AwaitComplete:
        if self is not self.app.screen:  # closed already by an earlier key
            return AwaitComplete.nothing()
        return super().dismiss(result)
