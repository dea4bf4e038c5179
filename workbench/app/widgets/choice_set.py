"""A radio set whose keyboard highlight starts on the chosen option, and where enter
means "this one, and done" as it does everywhere else in a dialog."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import RadioButton, RadioSet


class ChoiceSet(RadioSet):
    """Textual's RadioSet highlights its first button on opening, so enter on a dialog
    that shows "open" as the current filter would quietly pick "all"; this one starts
    where the pressed button is. Arrows and space pick; enter picks and posts `Chosen`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter",
            "choose",
            "Choose",
            show=False,
            id="choice.choose",
            tooltip="Pick the highlighted option and confirm the dialog",
        ),
    ]

    class Chosen(Message):
        """Enter on an option: the dialog should act on its current choices."""

    def on_mount(self) -> None:
        # RadioSet's own mount handler runs after this one and highlights the first button.
        self.call_later(self._highlight_pressed)

    def _highlight_pressed(self) -> None:
        """Start the highlight on the pressed button (RadioSet starts on the first)."""
        if self.pressed_index >= 0:
            self._selected = self.pressed_index
        self._ready = True

    _ready = False
    """Mounted: from now on the arrows are the reviewer's (RadioSet's own mount handler
    moves the highlight too, and must not press anything)."""

    def action_next_button(self) -> None:
        """Arrows choose, as the dialogs' hints say: the highlighted option is pressed."""
        super().action_next_button()
        self._press_highlighted()

    def action_previous_button(self) -> None:
        super().action_previous_button()
        self._press_highlighted()

    def _press_highlighted(self) -> None:
        if self._ready and self._selected is not None and self._selected != self.pressed_index:
            self.action_toggle_button()

    def press(self, name: str) -> None:
        """Press the option named `name` now, posting nothing (the caller holds back the
        buttons' messages). RadioSet presses through its buttons' messages, handled later:
        a second press sent before the first was handled was undone by it. The highlight
        follows: left on the option pressed before, enter on the list picked that one
        ("log.md" typed, tab, enter wrote log.jsonl; walk34)."""
        for index, button in enumerate(self.query(RadioButton)):
            button.value = button.name == name
            if button.value:
                self._pressed_button = button
                self._selected = index

    _confirm_after_change = False
    """Set by enter on a new option: confirm once the dialog has seen the change."""

    def action_choose(self) -> None:
        if self._selected is not None and self._selected != self.pressed_index:
            self._confirm_after_change = True
            self.action_toggle_button()
        else:
            self.post_message(self.Chosen())

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        # Posted from here, `Chosen` reaches the dialog after the `Changed` now bubbling.
        if self._confirm_after_change:
            self._confirm_after_change = False
            self.post_message(self.Chosen())
