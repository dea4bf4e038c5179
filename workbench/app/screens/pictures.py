"""The pictures screen (`m`): who agrees with whom, and how a figure moved over time.

The numbers come from the core (workbench.report) on the database's reader thread; this
screen only chooses the scope (a story, or all articles) and the role, and draws.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from workbench.app.database import Database
from workbench.app.text import one_line
from workbench.app.widgets.pictures import AgreementGrid, FigureTimeline
from workbench.report import (
    AgreementMatrix,
    Scope,
    Timeline,
    agreement_matrix,
    figure_timeline,
    load_scope,
)
from workbench.report.scope import story_choices
from workbench.report.timeline import distinct_timelines


class PicturesScreen(Screen[None]):
    """The agreement matrix over the figure timeline, for one story or the whole database."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,m", "close", "Back", id="pictures.close", tooltip="Back to the review"),
        Binding(
            "right,l",
            "role(1)",
            "Next role",
            key_display="→",
            priority=True,
            id="pictures.next_role",
            tooltip="Timeline of the next role (killed, injured, detained...)",
        ),
        Binding(
            "left,h",
            "role(-1)",
            "Prev role",
            key_display="←",
            priority=True,
            id="pictures.previous_role",
            tooltip="Timeline of the previous role",
        ),
        Binding(
            "s",
            "story",
            "Story",
            id="pictures.story",
            tooltip="Next story (all articles when the database has no stories)",
        ),
    ]

    def __init__(self, db: Database, story_id: int | None = None) -> None:
        super().__init__()
        self.db = db
        self.story_id = story_id
        """The story drawn; None: every article."""
        self.scope: Scope | None = None
        self.matrix: AgreementMatrix | None = None
        self.timelines: list[Timeline] = []
        """One a role, those drawing the same figures once."""
        self.role_index = 0
        self.stories: list[int] = []
        self.laid_out_for = 0
        """The terminal width the pictures were last laid out for (0: not yet)."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="pictures"):
            yield Static(id="pictures-scope", classes="pictures-title")
            yield Static(id="matrix-title", classes="heading")
            yield AgreementGrid(id="matrix")
            yield Static(id="timeline-title", classes="heading")
            yield FigureTimeline(id="timeline")
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    @work(exclusive=True, group="pictures")
    async def load(self) -> None:
        story_id = self.story_id
        scope, stories = await self.db.read(
            lambda store: (load_scope(store, story_id), story_choices(store))
        )
        self.scope = scope
        self.stories = [i for i, _title, _n in stories]
        self.timelines = distinct_timelines(scope)
        self.role_index = 0
        self.matrix = agreement_matrix(scope).drawn()
        self.lay_out()

    def on_resize(self) -> None:
        """The pictures follow the terminal's width: the names' room, where the legends
        and counts break (laid out only when opened, a widened terminal kept the narrow
        layout, and a narrowed one left the legends running past its right edge)."""
        if self.app.size.width != self.laid_out_for:
            self.lay_out()

    def lay_out(self) -> None:
        """Draw the scope's line and both pictures for the terminal's width now."""
        if self.scope is None or self.matrix is None:
            return
        self.laid_out_for = self.app.size.width
        self.query_one("#pictures-scope", Static).update(self._scope_line(self.scope, self.room))
        title = Text("Agreement matrix", style="bold underline")
        if self.matrix.left_out:
            shown = len(self.matrix.outlets)
            title.append(f"  ({shown} most compared; {self.matrix.left_out} more left out)", "dim")
        self.query_one("#matrix-title", Static).update(title)
        self.query_one(AgreementGrid).show(self.matrix, self.name_width, self.room)
        self.draw_timeline()

    @property
    def name_width(self) -> int:
        """Outlet names get less room on a narrow terminal, so the numbers stay whole."""
        return 28 if self.app.size.width >= 120 else 12

    @property
    def room(self) -> int:
        """The columns a picture has without scrolling sideways (the screen's padding and
        a vertical scrollbar off)."""
        return max(20, self.app.size.width - 4)

    @staticmethod
    def _scope_line(scope: Scope, room: int = 1000) -> Text:
        """The scope's title and its counts, a line breaking only between counts (at 80
        columns "0 claims decided" was cut after its number)."""
        line = Text(one_line(scope.title, 80), style="bold")
        counts = (
            (len(scope.sources), "article", "articles"),
            (len(scope.conflicts), "conflict", "conflicts"),
            (len(scope.corroborations), "agreement", "agreements"),
            (len(scope.statuses), "claim decided", "claims decided"),
        )
        gap = "  "
        for n, one, many in counts:
            words = f"{n} {one if n == 1 else many}"  # "1 conflicts" read wrong
            if len(line.plain.rsplit("\n", 1)[-1]) + len(gap) + len(words) > room:
                line.append("\n")
                gap = ""
            line.append(f"{gap}{words}", style="dim")
            gap = " · "
        return line

    def draw_timeline(self) -> None:
        if self.scope is None:
            return
        count = len(self.timelines)
        title = Text("Figure timeline", style="bold underline")
        if count:
            timeline = self.timelines[self.role_index]
            title.append(f" — {one_line(timeline.title, 40)}", style="bold")
            title.append(f"  (role {self.role_index + 1} of {count}: ← → to change)", style="dim")
        else:
            timeline = figure_timeline(self.scope, None)
        self.query_one("#timeline-title", Static).update(title)
        self.query_one(FigureTimeline).show(timeline, self.name_width, self.room)

    def action_role(self, step: int) -> None:
        if self.timelines:
            self.role_index = (self.role_index + step) % len(self.timelines)
            self.draw_timeline()

    def action_story(self) -> None:
        if not self.stories:
            self.notify("This database has no stories yet: the pictures cover every article.")
            return
        order: list[int | None] = [None, *self.stories]
        at = order.index(self.story_id) if self.story_id in order else 0
        self.story_id = order[(at + 1) % len(order)]
        self.load()

    def action_close(self) -> None:
        self.app.pop_screen()
