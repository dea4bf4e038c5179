"""The help screen (`?`): every key, read from the bindings themselves so it cannot lie."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from workbench.app.screens.dialog import Dialog
from workbench.app.widgets.hint import Hint


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


def _rows(bindings: Iterable[BindingType]) -> list[tuple[str, str]]:
    """(keys, what) per binding; a run of digit keys that do the same for their own number
    ("side 3 … is right", "side 4 …") is one row, `3 … 9`, not seven."""
    rows: list[tuple[str, str]] = []
    run: tuple[str, str, str] | None = None  # first key, last key, what with {n}
    for binding in bindings:
        if not isinstance(binding, Binding):
            continue
        what = binding.tooltip or binding.description
        key = binding.key.strip()
        if key.isdigit() and len(key) == 1 and key in what:
            pattern = what.replace(key, "{n}", 1)
            if run is not None and run[2] == pattern and int(key) == int(run[1]) + 1:
                run = (run[0], key, pattern)
                rows[-1] = (f"{run[0]} … {key}", pattern.replace("{n}", "N"))
                continue
            run = (key, key, pattern)
        else:
            run = None
        rows.append((key_label(binding.key), what))
    return rows


def key_table(groups: Sequence[tuple[str, Iterable[BindingType]]]) -> Group:
    """One table per group under its title, keys in a column as wide as the longest key
    (a group's title in that column made it half the screen), what they do in the rest."""
    rows = [(title, _rows(bindings)) for title, bindings in groups]
    key_width = max((len(keys) for _, group in rows for keys, _ in group), default=1)
    tables = []
    for title, group in rows:
        table = Table(
            box=None,
            show_header=False,
            padding=(0, 2, 0, 0),
            expand=True,
            title=Text(title, style="bold underline"),
            title_justify="left",
        )
        table.add_column("key", style="bold", no_wrap=True, min_width=key_width)
        table.add_column("what", ratio=1)
        for keys, what in group:
            table.add_row(keys, what)
        tables.append(table)
        tables.append(Text(""))
    return Group(*tables)


class HelpScreen(Dialog[None]):
    """A list of every binding of the app, the main screen, the lists and the panes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,q,question_mark", "close", "Close", id="help.close", tooltip="Close the help"
        ),
        # The lists' and panes' keys scroll here too (at 80x24 only a third shows, and j
        # did nothing).
        Binding("j", "scroll(1)", "Down", show=False, id="help.down", tooltip="Scroll down"),
        Binding("k", "scroll(-1)", "Up", show=False, id="help.up", tooltip="Scroll up"),
        Binding("space", "page(1)", "Page down", show=False, id="help.page", tooltip="Page down"),
    ]

    def __init__(self, groups: Sequence[tuple[str, Iterable[BindingType]]]) -> None:
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog", classes="dialog"):
            yield Static("Keys", classes="title")
            with VerticalScroll(id="help-scroll"):
                yield Static(key_table(self.groups), id="help-keys")
            yield Hint("j / k, arrows, space, page keys: scroll · escape: close")

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll(self, lines: int) -> None:
        self.query_one("#help-scroll", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_page(self, pages: int) -> None:
        scroll = self.query_one("#help-scroll", VerticalScroll)
        scroll.scroll_relative(y=pages * max(1, scroll.size.height - 1), animate=False)
