"""A radio set whose keyboard highlight starts on the chosen option."""

from __future__ import annotations

from textual.widgets import RadioSet


class ChoiceSet(RadioSet):
    """Textual's RadioSet highlights its first button on opening, so enter on a dialog
    that shows "open" as the current filter would quietly pick "all"; this one starts
    where the pressed button is."""

    def on_mount(self) -> None:
        # RadioSet's own mount handler runs after this one and highlights the first button.
        self.call_later(self._highlight_pressed)

    def _highlight_pressed(self) -> None:
        """From the first button (where RadioSet starts) step to the pressed one."""
        for _ in range(max(0, self.pressed_index)):
            self.action_next_button()
