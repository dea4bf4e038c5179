"""The search dialog (`/`): the articles' full-text index, results jump to the sentence."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from workbench.app import data
from workbench.app.data import SourceInfo
from workbench.app.database import Database
from workbench.app.screens.dialog import Dialog
from workbench.app.text import one_line
from workbench.app.widgets.hint import Hint
from workbench.app.widgets.row_list import RowList
from workbench.models import Sentence


def snippet(text: str, query: str, room: int) -> Text:
    """The sentence in `room` cells with the words searched for in bold, starting a little
    before the first of them: a match past the cut showed a result without its reason. The
    index stems words ("detained" finds "detain"), so a word's first letters are sought."""
    line = one_line(text)
    folded = line.casefold()
    spans = []
    for word in re.findall(r"\w+", query.casefold()):
        stem = word[: max(4, len(word) - 2)]
        spans += [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(stem)}\w*", folded)]
    start = 0
    if spans:
        first = min(a for a, _ in spans)
        if first + 12 > room:  # the match would fall off the end: begin near it
            start = max(0, first - 12)
            start = line.rfind(" ", 0, start) + 1 if start else 0
    shown = Text(("…" if start else "") + line[start:], end="")
    offset = 1 if start else 0
    for a, b in spans:
        if a >= start:
            shown.stylize("bold underline", a - start + offset, b - start + offset)
    shown.truncate(room, overflow="ellipsis")
    return shown


class SearchDialog(Dialog[Sentence | None]):
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
            yield Hint("enter: open · down: results · escape: cancel")

    def _row(self, sentence: Sentence, width: int) -> Text:
        """The outlet and, when there is room, the date: two articles of one outlet
        carrying the same sentence read as one result twice."""
        source = self.sources.get(sentence.source_id)
        label = one_line(source.label if source else str(sentence.source_id), 20)
        row = Text(f"{label}", style="bold", no_wrap=True, end="")
        if source is not None and source.published and width >= 70:
            row.append(f" {source.published}", "dim")
        row.append(": ", "bold")
        room = max(10, width - len(row))
        row.append_text(snippet(sentence.text, self.query_text, room))
        return row

    def on_mount(self) -> None:
        self.query_one("#search-input", Input).focus()
        if self.query_text:
            self.run_search(self.query_text)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        self.run_search(event.value)

    @work(exclusive=True, group="search")
    async def run_search(self, query: str) -> None:
        results = await self.db.run(lambda store: data.search(store, query))
        self.query_one("#search-results", RowList).set_rows(results, cursor=0)

    @on(Input.Submitted)
    async def _submitted(self, event: Input.Submitted) -> None:
        """Open the first result for the words as typed, searched here: waiting on the
        keystrokes' searches failed when the next key had cancelled one (WorkerCancelled:
        the app closed when a word and enter came at typing speed)."""
        self.workers.cancel_group(self, "search")
        self.query_text = event.value
        results = await self.db.run(lambda store: data.search(store, event.value))
        listing = self.query_one("#search-results", RowList)
        listing.set_rows(results, cursor=0)
        if listing.current is not None:
            self.dismiss(listing.current)

    @on(RowList.Selected)
    def _selected(self, event: RowList.Selected) -> None:
        self.dismiss(event.row)

    def action_results(self) -> None:
        self.query_one("#search-results", RowList).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)
