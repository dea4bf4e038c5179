"""Textual's Footer, rebuilt only when the keys it shows change."""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Footer


class SteadyFooter(Footer):
    """Footer rebuilds all its key widgets whenever the screen says its bindings may have
    changed: at every focus change (three times while the app starts on the review
    screen, ~0.1 s of CPU each). Most leave the shown keys as they were: then this one
    keeps its widgets."""

    _shown: Any = None
    """What the keys on show say (see `_keys`), as last composed."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # The screen's keys are known when the footer is composed (with the screen, before
        # its first frame): Footer would wait for the first focus change and then mount its
        # keys, laying the screen out and painting it once more.
        self.set_reactive(Footer._bindings_ready, True)

    def _keys(self) -> tuple[Any, ...]:
        """Everything `Footer.compose` reads of the bindings (a Binding compares by value)."""
        return tuple(
            (binding, enabled, tooltip)
            for _, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show or binding.action == "command_palette"
        )

    def bindings_changed(self, screen: Screen) -> None:
        keys = self._keys() if self.is_attached and screen is self.screen else None
        if self._bindings_ready and keys is not None and keys == self._shown:
            return  # composed already, or about to be: the same keys
        super().bindings_changed(screen)
        if keys is not None and screen.app.app_focus:
            self._shown = keys  # Footer asked for a recompose: these keys are on their way

    def compose(self) -> Any:
        if self._bindings_ready:
            self._shown = self._keys()
        return super().compose()
