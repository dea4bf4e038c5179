"""A checkbox and a radio button whose mark is drawn only when they are on.

Textual draws the same "X" (or dot) in both states and tells them apart by colour alone,
so on a terminal with few colours, or to a reader who does not see the colour, an
unticked box reads as ticked. These draw a blank when off.
"""

from __future__ import annotations

from textual.widgets import Checkbox, RadioButton


class TickBox(Checkbox):
    """A checkbox: "X" when ticked, blank when not."""

    @property
    def BUTTON_INNER(self) -> str:
        return "X" if self.value else " "


class Choice(RadioButton):
    """A radio button: a dot when chosen, blank when not."""

    @property
    def BUTTON_INNER(self) -> str:
        return "●" if self.value else " "
