"""The search dialog (`/`): the articles' full-text index, results jump to the sentence."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from workbench.app import data
from workbench.app.data import SourceInfo
from workbench.app.database import Database
from workbench.app.text import one_line
from workbench.app.widgets.row_list import RowList
from workbench.models import Sentence


class SearchDialog(ModalScreen[Sentence | None]):
    """Type words; enter (or a result) opens the sentence in a pane."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="search.cancel", tooltip="Close the search"),
        Binding(
            "down",
            "results",
            "Results",
            show=False,
            id="search.results",
            tooltip="Move into the results",
        ),
    ]

    def __init__(self, db: Database, sources: Mapping[int, SourceInfo], query: str = "") -> None:
        super().__init__()
        self.db = db
        self.sources = sources
        self.query_text = query

    def compose(self) -> ComposeResult:
        with Vertical(id="search-dialog", classes="dialog"):
            yield Static("Search the articles", classes="title")
            yield Input(self.query_text, placeholder="words…", id="search-input")
            yield RowList(self._row, empty="(no results)", id="search-results")
            yield Static("enter: open · down: results · escape: cancel", classes="hint")

    def _row(self, sentence: Sentence, width: int) -> Text:
        source = self.sources.get(sentence.source_id)
        label = one_line(source.label if source else str(sentence.source_id), 20)
        row = Text(f"{label}: ", style="bold", no_wrap=True, end="")
        row.append(one_line(sentence.text, max(10, width - len(label) - 2)))
        return row

    def on_mount(self) -> None:
        self.query_one("#search-input", Input).focus()
        if self.query_text:
            self.run_search(self.query_text)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @work(exclusive=True, group="search")
    async def run_search(self, query: str) -> None:
        results = await self.db.run(lambda store: data.search(store, query))
        self.query_one("#search-results", RowList).set_rows(results, cursor=0)

    @on(Input.Submitted)
    async def _submitted(self) -> None:
        await self.workers.wait_for_complete()
        chosen = self.query_one("#search-results", RowList).current
        if chosen is not None:
            self.dismiss(chosen)

    @on(RowList.Selected)
    def _selected(self, event: RowList.Selected) -> None:
        self.dismiss(event.row)

    def action_results(self) -> None:
        self.query_one("#search-results", RowList).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)
