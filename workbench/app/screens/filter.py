"""The filter dialog (`f`): which conflicts or claims the list shows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Select, Static

from workbench.app.data import SourceInfo, StoryInfo
from workbench.app.filters import STATES, ListFilter
from workbench.app.format import source_choice
from workbench.app.screens.dialog import Dialog
from workbench.app.story_rows import story_choice
from workbench.app.widgets import Choice, ChoiceSet
from workbench.app.widgets.hint import Hint


class FilterDialog(Dialog[ListFilter | None]):
    """Enter applies; "Show all" clears every condition; escape keeps the list as it was."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="filter.cancel", tooltip="Keep the filter"),
        Binding("ctrl+s", "apply", "Apply", id="filter.apply", tooltip="Apply this filter"),
    ]

    def __init__(
        self,
        current: ListFilter,
        kinds: Iterable[str],
        sources: Mapping[int, SourceInfo],
        states: Iterable[str] = STATES,
        stories: Mapping[int, StoryInfo] | None = None,
        relations: bool = False,
        words_in: str = "values, sources, reason",
    ) -> None:
        super().__init__()
        self.current = current
        self.kinds = list(kinds)
        self.sources = sources
        self.states = list(states)
        """The states this list knows (a claim list has no verdicts)."""
        self.stories = stories or {}
        """The stories to pick from (none: no story field)."""
        self.relations = relations
        """Whether to offer contradictions or updates alone (the conflict list)."""
        self.words_in = words_in
        """What the Words field searches in this list (a claim has no reason)."""

    def compose(self) -> ComposeResult:
        """Two columns (the states; the other fields) and compact fields, so that the
        whole dialog fits an 80x24 terminal."""
        with Vertical(id="filter-dialog", classes="dialog"):
            yield Static("Filter the list", classes="title")
            with Horizontal(id="filter-columns"):
                with Vertical(id="filter-left"):
                    yield Label("Review state")
                    with ChoiceSet(id="filter-state", compact=True):
                        for state in self.states:
                            yield Choice(state, value=state == self.current.state, name=state)
                with Vertical(id="filter-right"):
                    yield Label("Kind")
                    yield Select(
                        [(kind, kind) for kind in self.kinds],
                        prompt="any kind",
                        value=self.current.kind if self.current.kind in self.kinds else Select.NULL,
                        id="filter-kind",
                        compact=True,
                    )
                    yield Label("Source")
                    yield Select(
                        [(source_choice(s), s.id) for s in self.sources.values()],
                        prompt="any source",
                        value=self.current.source_id
                        if self.current.source_id in self.sources
                        else Select.NULL,
                        id="filter-source",
                        compact=True,
                    )
                    if self.stories:
                        yield Label("Story")
                        yield Select(
                            [(story_choice(s), s.id) for s in self._stories_by_date()],
                            prompt="any story",
                            value=self.current.story_id
                            if self.current.story_id in self.stories
                            else Select.NULL,
                            id="filter-story",
                            compact=True,
                        )
                    if self.relations:
                        yield Label("Relation")
                        yield Select(
                            [("contradictions", "contradiction"), ("updates", "update")],
                            prompt="contradictions and updates",
                            value=self.current.relation or Select.NULL,
                            id="filter-relation",
                            compact=True,
                        )
                    yield Label("Words")
                    yield Input(
                        self.current.text,
                        placeholder=f"words in {self.words_in}",
                        id="filter-text",
                        compact=True,
                    )
            with Horizontal(classes="buttons"):
                yield Button("Apply", variant="primary", id="filter-apply", compact=True)
                yield Button("Show all", id="filter-clear", compact=True)
            yield Hint("arrows: pick a state · enter: apply · tab: next field · escape: cancel")

    def _stories_by_date(self) -> list[StoryInfo]:
        return sorted(self.stories.values(), key=lambda s: (s.first_published or "9999", s.id))

    def on_mount(self) -> None:
        self.query_one("#filter-state", ChoiceSet).focus()

    def _value(self, select_id: str):
        value = self.query_one(select_id, Select).value
        return None if value is Select.NULL else value

    @on(Input.Submitted)
    @on(ChoiceSet.Chosen)
    @on(Button.Pressed, "#filter-apply")
    def action_apply(self) -> None:
        pressed = self.query_one("#filter-state", ChoiceSet).pressed_button
        self.dismiss(
            ListFilter(
                state=str(pressed.name) if pressed is not None else "all",
                kind=self._value("#filter-kind"),
                source_id=self._value("#filter-source"),
                story_id=self._value("#filter-story") if self.stories else None,
                relation=self._value("#filter-relation") if self.relations else None,
                text=self.query_one("#filter-text", Input).value.strip(),
            )
        )

    @on(Button.Pressed, "#filter-clear")
    def _clear(self) -> None:
        self.dismiss(ListFilter())

    def action_cancel(self) -> None:
        self.dismiss(None)
