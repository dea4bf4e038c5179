"""The source picker (`s`): which source fills a pane."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from workbench.app.data import SourceInfo
from workbench.app.format import source_choice
from workbench.app.screens.dialog import Dialog
from workbench.app.text import count_of
from workbench.app.widgets.hint import Hint
from workbench.app.widgets.row_list import RowList


class PickSourceDialog(Dialog[int | None]):
    """Sources of the selected conflict first, then all; type to narrow the list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="pick.cancel", tooltip="Keep the pane as it is"),
        Binding(
            "down",
            "results",
            "Sources",
            show=False,
            id="pick.results",
            tooltip="Move into the list",
        ),
    ]

    def __init__(
        self, sources: Mapping[int, SourceInfo], pane: int, preferred: Iterable[int] = ()
    ) -> None:
        super().__init__()
        self.sources = sources
        self.pane = pane
        """Which pane (from 0) the chosen source fills."""
        self.preferred = [i for i in dict.fromkeys(preferred) if i in sources]

    def compose(self) -> ComposeResult:
        with Vertical(id="pick-dialog", classes="dialog"):
            yield Static(f"Show in pane {self.pane + 1}", classes="title")
            yield Input(placeholder="filter by outlet, title, file…", id="pick-input")
            yield RowList(self._row, empty="(no source matches)", id="pick-results")
            yield Hint("enter: show · down: list · escape: cancel")

    def _row(self, source: SourceInfo, width: int) -> Text:
        mark = "★ " if source.id in self.preferred else "  "
        marks = Text(no_wrap=True, end="")  # they keep their room: the title gives way
        if source.claims is not None:  # counted just after the app opened
            marks.append(f" · {count_of(source.claims, 'claim')}", "dim")
        if source.copy_of is not None:
            marks.append(" · copy", "dim")
        if source.bare:
            marks.append(" · not English" if source.not_english else " · no article text", "yellow")
        row = Text(mark, no_wrap=True, end="")
        row.append_text(source_choice(source, max(20, width - len(mark) - len(marks))))
        row.append_text(marks)
        return row

    def on_mount(self) -> None:
        self._fill("")
        self.query_one("#pick-input", Input).focus()

    def _fill(self, words: str) -> None:
        ordered = [self.sources[i] for i in self.preferred]
        ordered += [s for s in self.sources.values() if s.id not in self.preferred]
        needles = words.casefold().split()
        if needles:
            ordered = [
                s
                for s in ordered
                if all(
                    n in f"{s.label} {s.file} {s.title or ''} {s.published or ''}".casefold()
                    for n in needles
                )
            ]
        self.query_one("#pick-results", RowList).set_rows(ordered, cursor=0)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        chosen = self.query_one("#pick-results", RowList).current
        if chosen is not None:
            self.dismiss(chosen.id)

    @on(RowList.Selected)
    def _selected(self, event: RowList.Selected) -> None:
        self.dismiss(event.row.id)

    def action_results(self) -> None:
        self.query_one("#pick-results", RowList).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)
