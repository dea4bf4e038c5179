"""The base of every dialog and modal screen: closed once, however many keys close it.

`Screen.dismiss` pops whatever screen is on top. Two enters in one burst (a held key, a
double tap on a loaded machine) submitted a dialog twice: the second popped the screen
beneath it, and under the review screen there is none, so the app stopped with an error.
"""

from __future__ import annotations

from textual.await_complete import AwaitComplete
from textual.css.query import NoMatches
from textual.notifications import SeverityLevel
from textual.screen import ModalScreen, ScreenResultType

from workbench.app.widgets.said import Said


class Dialog(ModalScreen[ScreenResultType]):
    """A modal screen whose `dismiss` does nothing once it is no longer on top, and whose
    notices go to its own line (`Said`) when it has one."""

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """In the dialog's `Said` line, if it composes one: a toast covered its key hints."""
        try:
            said = self.query_one(Said)
        except NoMatches:
            super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)
            return
        said.say(message, severity, timeout)

    def dismiss(self, result: ScreenResultType | None = None) -> AwaitComplete:
        if self is not self.app.screen:  # closed already by an earlier key
            return AwaitComplete.nothing()
        return super().dismiss(result)
