"""The help screen (`?`): every key, read from the bindings themselves so it cannot lie."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


def key_label(keys: str) -> str:
    """`j,down` -> `j / down`, with Textual's key names shown as the characters they are."""
    names = {
        "question_mark": "?",
        "slash": "/",
        "plus": "+",
        "minus": "-",
        "left_square_bracket": "[",
        "right_square_bracket": "]",
        "space": "space",
    }
    return " / ".join(names.get(k.strip(), k.strip()) for k in keys.split(","))


def key_table(groups: Sequence[tuple[str, Iterable[BindingType]]]) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=True)
    table.add_column("key", style="bold", no_wrap=True)
    table.add_column("what")
    for title, bindings in groups:
        table.add_row(Text(title, style="bold underline"), "")
        for binding in bindings:
            if not isinstance(binding, Binding):
                continue
            table.add_row(key_label(binding.key), binding.tooltip or binding.description)
        table.add_row("", "")
    return table


class HelpScreen(ModalScreen[None]):
    """A list of every binding of the app, the main screen, the lists and the panes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,q,question_mark", "close", "Close", id="help.close", tooltip="Close the help"
        ),
    ]

    def __init__(self, groups: Sequence[tuple[str, Iterable[BindingType]]]) -> None:
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog", classes="dialog"):
            yield Static("Keys", classes="title")
            with VerticalScroll(id="help-scroll"):
                yield Static(key_table(self.groups), id="help-keys")
            yield Static("escape: close", classes="hint")

    def action_close(self) -> None:
        self.dismiss(None)
