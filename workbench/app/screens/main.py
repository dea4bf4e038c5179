"""The reviewer's screen: the list, the detail, and the articles side by side.

The screen owns the review state the widgets draw (`statuses`, shared by reference)
and every key that decides something. Decisions go to the database thread and are
shown as saved only when `Store.record_review` has committed them.
"""

from __future__ import annotations

import asyncio
import gc
import sqlite3
import time
from collections import OrderedDict
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer

from workbench.app import data
from workbench.app.data import (
    Article,
    ClaimRef,
    Database,
    Decisions,
    Finding,
    SourceInfo,
    StoryInfo,
    StoryRow,
)
from workbench.app.filters import ListFilter
from workbench.app.format import claim_row, finding_row, finding_sides, format_value, story_row
from workbench.app.keys import MAIN_BINDINGS
from workbench.app.queue import (
    SORTS,
    PaneSpot,
    group_by_story,
    pane_plan,
    progress,
    short_progress,
    sort_findings,
    story_of,
)
from workbench.app.screens.deciding import Deciding
from workbench.app.screens.panes import MAX_PANES, SETTLE_SECONDS, Panes
from workbench.app.screens.views import VIEWS, Views
from workbench.app.text import one_line
from workbench.app.widgets import ArticleView, DetailPanel, RowList, StatusLine
from workbench.store import StoreError

POLL_SECONDS = 2.0
RAPID_SECONDS = 0.15
"""Selections closer together than this are a held key (auto-repeat)."""
IDLE_SECONDS = 1.5
"""No move for this long: a good moment to collect garbage."""


class MainScreen(Deciding, Views, Panes, Screen[None]):
    """Conflicts (or claims) on the left, the selected one's articles on the right."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (120, "-wide")]

    BINDINGS: ClassVar[list[BindingType]] = MAIN_BINDINGS

    def __init__(self, db: Database, db_path: str, reviewer: str) -> None:
        super().__init__()
        self.db = db
        self.db_path = db_path
        self.reviewer = reviewer
        self.sources: dict[int, SourceInfo] = {}
        self.conflicts: list[Finding] = []
        self.claims: list[ClaimRef] | None = None
        """Every claim of the corpus, loaded the first time the claim list is shown."""
        self.corroborations: list[Finding] | None = None
        self.stories: dict[int, StoryInfo] = {}
        """Every story's heading: the conflict list is grouped by story when there are any."""
        self.collapsed: set[int] = set()
        """Stories whose conflicts the list hides (`z`)."""
        self.decisions = Decisions()
        """Everyone's statuses, verdicts and conflict notes; widgets hold this same object."""
        self.statuses: dict[str, str] = self.decisions.statuses
        """Current decision of every decided claim; widgets hold this same dict."""
        self.sort = SORTS[0]
        """The conflict list's order: score, date, kind or outlet."""
        self.sorted_conflicts: list[Finding] = []
        self.view = "conflicts"
        self.filters: dict[str, ListFilter] = {v: ListFilter() for v in VIEWS}
        self.pane_count = 2
        self.active_pane = 0
        """The pane shown on a narrow screen."""
        self.saving = 0
        self.saved = ""
        """What the last write put in the database, for the status line."""
        self.last_export: Any = None
        """The last export asked for: the export dialog opens on its choices."""
        self.loaded = False
        self.claim_count = 0
        self._detail_target: str | None = None
        """The claim whose detail was last asked for."""
        self.detail_claim: data.ClaimDetail | None = None
        self._articles: OrderedDict[int, Article] = OrderedDict()
        self._polling = False
        self._selected_at = 0.0
        self._rapid = False
        """The selection moved again within RAPID_SECONDS: a held key, reads wait for it."""
        self._collected = False
        """The garbage collector has run since the last move."""

    # --- layout -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield StatusLine(id="status")
        with Horizontal(id="body"):
            with Vertical(id="left"):
                yield RowList(self._render_row, on_move=self._select, empty="loading…", id="list")
                yield DetailPanel(id="detail")
            with Horizontal(id="panes"):
                for i in range(MAX_PANES):
                    yield ArticleView(i, id=f"pane-{i}")
        yield Footer()

    @property
    def main_list(self) -> RowList:
        return self.query_one("#list", RowList)

    @property
    def detail(self) -> DetailPanel:
        return self.query_one("#detail", DetailPanel)

    @property
    def panes(self) -> list[ArticleView]:
        return [self.query_one(f"#pane-{i}", ArticleView) for i in range(self.pane_count)]

    @property
    def narrow(self) -> bool:
        return self.has_class("-narrow")

    def on_mount(self) -> None:
        self._layout_panes()
        self._show_status()
        self.load()
        self.set_interval(POLL_SECONDS, self.poll)

    def on_resize(self) -> None:
        self._layout_panes()

    def _layout_panes(self) -> None:
        self.active_pane = min(self.active_pane, self.pane_count - 1)
        for i in range(MAX_PANES):
            pane = self.query_one(f"#pane-{i}", ArticleView)
            shown = i < self.pane_count and (not self.narrow or i == self.active_pane)
            pane.display = shown
            pane.set_class(self.narrow and self.pane_count > 1, "-switchable")

    def _show_status(self) -> None:
        overall = progress(self.conflicts, self.decisions)
        story = story_of(self.main_list.rows, self.main_list.cursor) if self.stories else None
        if story is not None and self.view == "conflicts":
            overall = f"this story {short_progress(story.findings, self.decisions)} · {overall}"
        self.query_one("#status", StatusLine).show(
            self.db_path,
            self.reviewer,
            overall,
            saving=self.saving,
            saved=self.saved,
        )

    # --- loading ------------------------------------------------------------------------

    @work(exclusive=True, group="load")
    async def load(self, keep: str | None = None) -> None:
        """Read what the first screen needs (never the whole corpus's text)."""
        overview = await self.db.run(data.overview)
        self.sources = overview.sources
        self.conflicts = overview.conflicts
        self.stories = overview.stories
        self._take_decisions(overview.decisions)
        self.sorted_conflicts = sort_findings(self.conflicts, self.sort, self.sources)
        self._articles.clear()
        if self.claims is not None:
            self.claims = await self.db.run(data.all_claims)
        if self.corroborations is not None:
            self.corroborations = await self.db.run(data.corroborations)
        self.loaded = True
        self._show_status()
        if not self.sources:
            from workbench.app.screens.empty import EmptyScreen

            self.app.push_screen(EmptyScreen(self.db_path), callback=lambda _: self.load())
            return
        self.claim_count = overview.claim_count
        self._apply_rows(keep=keep, at=self._first_conflict())
        self._collect_garbage()

    async def poll(self) -> None:
        """Pick up decisions made in another terminal (cheap: one max() query)."""
        if self._polling or not self.loaded:
            return
        self._polling = True
        try:
            marks = await self.db.read(data.decision_marks)
            if marks != self.decisions.marks:
                self._take_decisions(await self.db.read(data.decisions))
                self._redraw_states()
                self.reload_detail()  # its history: another reviewer's decision shows
        except (StoreError, sqlite3.Error):
            pass  # the other terminal holds a lock: try again next tick
        finally:
            self._polling = False
        if not self._collected and time.monotonic() - self._selected_at > IDLE_SECONDS:
            self._collect_garbage()

    def _take_decisions(self, found: Decisions) -> None:
        """Take everyone's decisions as read, keeping the objects the widgets hold."""
        self.statuses.clear()
        self.statuses.update(found.statuses)
        self.decisions.verdicts = found.verdicts
        self.decisions.notes = found.notes
        self.decisions.marks = found.marks

    def _collect_garbage(self) -> None:
        """Run the garbage collector while the reviewer reads, not while they press keys.

        A full pass over a large corpus's objects takes 50-150 ms; left to itself Python
        starts one whenever enough objects were made, often in the middle of a key press.
        Here it runs when nothing has happened for a while, then everything still alive is
        frozen (left out of later passes), so the automatic passes stay small.
        """
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        self._collected = True

    def action_refresh(self) -> None:
        current = self.main_list.current
        self.load(keep=getattr(current, "id", None))
        self.notify("Reloaded from the database.", markup=False, timeout=2)

    # --- the list -----------------------------------------------------------------------

    def _render_row(self, row: Any, width: int) -> Text:
        if isinstance(row, StoryRow):
            return story_row(row, self.decisions, self.main_list.style, width)
        if isinstance(row, Finding):
            return finding_row(row, self.sources, self.decisions, self.main_list.style, width)
        return claim_row(row, self.sources, self.statuses, self.main_list.style, width)

    def _all_rows(self) -> list[Any]:
        if self.view == "claims":
            return self.claims or []
        if self.view == "corroborations":
            return self.corroborations or []
        return self.sorted_conflicts

    def _row_test(self) -> Any:
        wanted = self.filters[self.view]
        if self.view == "claims":
            return lambda row: wanted.claim(row, self.statuses, self.sources)
        return lambda row: wanted.finding(row, self.decisions, self.sources)

    def _filtered_rows(self) -> list[Any]:
        rows = self._all_rows()
        if self.filters[self.view].active:
            test = self._row_test()
            rows = [r for r in rows if test(r)]
        if self.view == "conflicts" and self.stories:
            return group_by_story(rows, self.stories, self.collapsed)
        return rows

    def _apply_rows(self, keep: str | None = None, at: int = 0) -> None:
        """Fill the list for the current view and filter, keeping the row `keep` if present
        (else the cursor goes to index `at`)."""
        wanted = self.filters[self.view]
        rows = self._filtered_rows()
        cursor = next((i for i, r in enumerate(rows) if r.id == keep), at)
        shown = sum(1 for r in rows if not isinstance(r, StoryRow))
        if any(isinstance(r, StoryRow) for r in rows):
            shown = sum(len(r.findings) for r in rows if isinstance(r, StoryRow)) + sum(
                1 for r in rows if isinstance(r, Finding) and r.story_id not in self.stories
            )
        title = f"{self.view.capitalize()} {shown}"
        if wanted.active:
            title += f" of {len(self._all_rows())} · {wanted.describe(self.sources)}"
        if self.view == "conflicts" and self.sort != SORTS[0]:
            title += f" · by {self.sort}"
        self.main_list.border_title = Content(one_line(title))
        if not rows and wanted.active and self._all_rows():
            self.main_list.empty = (
                f"Nothing {wanted.describe(self.sources)} here. f: change the filter."
            )
        elif self.loaded and not rows:
            self.main_list.empty = self._empty_message()
        self.main_list.set_rows(rows, cursor=cursor)
        if not rows:
            self._select(None)

    def _first_conflict(self) -> int:
        """Where a fresh list opens: its first conflict still to do (else its first), not
        the story heading above it."""
        rows = self._filtered_rows()
        todo = (i for i, r in enumerate(rows) if isinstance(r, Finding) and self._undecided(r))
        first = (i for i, r in enumerate(rows) if not isinstance(r, StoryRow))
        return next(todo, next(first, 0))

    def _empty_message(self) -> str:
        """What an empty list says when no filter explains it."""
        if self.view != "conflicts":
            return f"(no {self.view})"
        if self.claim_count:
            return "No conflicts found. Press c for every claim."
        return "No claims found in these sources."

    @on(RowList.Selected, "#list")
    def _list_entered(self, event: RowList.Selected) -> None:
        if isinstance(event.row, StoryRow):
            self.action_toggle_story()
            return
        self.detail.aligned.focus()

    def action_toggle_story(self) -> None:
        """Open or shut the story under the cursor (its header stays, on the cursor)."""
        story = story_of(self.main_list.rows, self.main_list.cursor)
        if story is None:
            self.notify("The conflicts are not grouped into stories here.", markup=False)
            return
        self.collapsed ^= {story.story.id}
        self._apply_rows(keep=story.id)

    def action_toggle_all_stories(self) -> None:
        """Shut every story (a list of stories), or open them all when all are shut."""
        story = story_of(self.main_list.rows, self.main_list.cursor)
        self.collapsed = set() if self.collapsed >= set(self.stories) else set(self.stories)
        self._apply_rows(keep=story.id if story is not None else None)

    def _select(self, row: Any) -> None:
        now = time.monotonic()
        self._collected = False
        self._rapid = now - self._selected_at < RAPID_SECONDS
        self._selected_at = now
        if isinstance(row, Finding):
            self.detail.show_finding(row, self.sources, self.decisions)
            plan = self._plan(row)
            if row.claims:
                self.load_detail(plan[0].claim_id if plan else row.claims[0].id)
            else:
                self.detail.show_detail(None)
            self._fill(plan, {c.id for c in row.claims})
        elif isinstance(row, ClaimRef):
            aligned = [row] + [c for c in self._aligned_with(row.id) if c.id != row.id]
            source = self.sources.get(row.source_id)
            title = f"Claim · {row.kind} · {source.label if source else row.source_id}"
            self.detail.show_claims(aligned, self.sources, self.statuses, title=one_line(title))
            self.load_detail(row.id)
            spots = {c.source_id: PaneSpot(c.source_id, c.id, 0) for c in reversed(aligned)}
            self._fill(list(reversed(spots.values())), {row.id})
        elif isinstance(row, StoryRow):
            self.detail.show_story(row, self.decisions)
        else:
            self.detail.show_finding(None, self.sources, self.decisions)
            self.detail.show_detail(None)
        if self.stories:
            self._show_status()  # the story's progress

    def _aligned_with(self, claim_id: str) -> list[ClaimRef]:
        found: list[ClaimRef] = []
        for finding in self.conflicts + (self.corroborations or []):
            if any(c.id == claim_id for c in finding.claims):
                found.extend(c for c in finding.claims if c not in found)
        return found

    def _plan(self, finding: Finding) -> list[PaneSpot]:
        """Each pane on its own side's claim (see `pane_plan`)."""
        sides = [side.claims for side in finding_sides(finding, self.sources)]
        return pane_plan(sides, self.sources, 0)

    # --- the detail and the panes ---------------------------------------------------------

    @on(RowList.Highlighted, "#aligned")
    def _aligned_moved(self, event: RowList.Highlighted) -> None:
        """The reviewer moved through the selection's claims: follow in the panes."""
        claim: ClaimRef = event.row
        self.load_detail(claim.id)
        for i, pane in enumerate(self.panes):
            if pane.article is not None and pane.article.info.id == claim.source_id:
                pane.select(claim.id)
                pane.scroll_to_offset(
                    next((c.start for c in pane.article.claims if c.id == claim.id), 0),
                    only_if_hidden=True,
                )
                if self.narrow and i != self.active_pane:
                    self.active_pane = i
                    self._layout_panes()
                return
        self.show_in_pane(self._pane_for_side(claim), claim.source_id, current_id=claim.id)

    def _pane_for_side(self, claim: ClaimRef) -> int:
        """The pane showing the same side of the disagreement as `claim` (else the last one)."""
        value = format_value(claim.kind, claim.value, claim.text).casefold()
        for i, pane in enumerate(self.panes):
            shown = pane.current_claim
            if (
                shown is not None
                and format_value(shown.kind, shown.value, shown.text).casefold() == value
            ):
                return i
        return self.active_pane if self.narrow else self.pane_count - 1

    def reload_detail(self) -> None:
        """Read the detail of the claim last asked for again (its history changed); not
        the one last shown, which a move may already have replaced."""
        if self._detail_target is not None:
            self.load_detail(self._detail_target)

    @on(RowList.Selected, "#aligned")
    def _aligned_entered(self, event: RowList.Selected) -> None:
        for i, pane in enumerate(self.panes):
            if pane.article is not None and pane.article.info.id == event.row.source_id:
                self._activate_pane(i)
                return

    @on(ArticleView.ClaimChosen)
    def _pane_claim(self, event: ArticleView.ClaimChosen) -> None:
        self.load_detail(event.claim_id)

    @work(exclusive=True, group="detail")
    async def load_detail(self, claim_id: str) -> None:
        self._detail_target = claim_id
        if self._rapid:
            await asyncio.sleep(SETTLE_SECONDS)  # a held key: read only where it stops
        finding = self.detail.finding
        key = finding.key if finding is not None and finding.group == "conflict" else None
        detail = await self.db.read(lambda store: data.claim_detail(store, claim_id, key))
        self.detail_claim = detail
        self.detail.show_detail(detail)

    # --- drawing decisions -------------------------------------------------------------

    def _redraw_states(
        self, claim_ids: set[str] | None = None, keys: set[str] | None = None
    ) -> None:
        """Draw decisions: only what shows `claim_ids` (or the conflicts with claim `keys`)
        when given, else everything."""
        if claim_ids is None:
            self.main_list.redraw()
        else:
            wanted = keys or set()
            self.main_list.redraw(
                lambda row: (
                    row.key in wanted or any(c.id in claim_ids for c in row.claims)
                    if isinstance(row, Finding)
                    else isinstance(row, StoryRow) or row.id in claim_ids
                )
            )
        self.detail.restyle(self.decisions, claim_ids)
        for pane in self.panes:
            pane.restyle(self.statuses, claim_ids)
        self._show_status()

    def _refilter(self, claim_ids: set[str], keys: set[str] | None = None) -> None:
        """Apply a filter by state again after a decision, so the list keeps its promise
        ("open" shows only what is left). Only rows holding a changed claim (or a conflict
        just answered) can come or go; the cursor stays on its row, or at its place."""
        test = self._row_test()
        wanted = keys or set()
        shown = {id(row) for row in self.main_list.rows}
        for row in self._all_rows():
            ids = [c.id for c in row.claims] if isinstance(row, Finding) else [row.id]
            if claim_ids.isdisjoint(ids) and not (isinstance(row, Finding) and row.key in wanted):
                continue
            if test(row) != (id(row) in shown):
                break
        else:
            return  # nothing came or went: the redraws were enough
        current = self.main_list.current
        still = current is not None and test(current)
        self._apply_rows(keep=current.id if still else None, at=self.main_list.cursor)
