"""The reviewer's screen: the list, the detail, and the articles side by side.

The screen owns the review state the widgets draw (`statuses`, shared by reference)
and every key that decides something. Decisions go to the database thread and are
shown as saved only when `Store.record_review` has committed them.
"""

from __future__ import annotations

import gc
import time
from collections import OrderedDict
from concurrent.futures import Future
from typing import Any, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.geometry import Size
from textual.screen import Screen

from workbench.app import data, paging
from workbench.app.claim_stories import ClaimStoryRow, claims_progress
from workbench.app.data import (
    Article,
    ClaimRef,
    Decisions,
    Finding,
    SectionRow,
    SourceInfo,
    StoryInfo,
    StoryRow,
)
from workbench.app.database import Database
from workbench.app.filters import ListFilter
from workbench.app.format import finding_sides
from workbench.app.keys import MAIN_BINDINGS
from workbench.app.queue import (
    SORTS,
    PaneSpot,
    Tally,
    pane_plan,
    progress_text,
    short_text,
    story_of,
)
from workbench.app.screens.deciding import Deciding
from workbench.app.screens.details import Details
from workbench.app.screens.listing import Listing
from workbench.app.screens.loading import POLL_SECONDS, Loading
from workbench.app.screens.moving import Moving
from workbench.app.screens.panes import MAX_PANES, Panes
from workbench.app.screens.undoing import Undoing
from workbench.app.screens.views import VIEWS, Views
from workbench.app.text import one_line
from workbench.app.values import format_value
from workbench.app.widgets import ArticleView, DetailPanel, RowList, StatusLine
from workbench.app.widgets.steady_footer import FittedFooter

RAPID_SECONDS = 0.15
"""Selections closer together than this are a held key (auto-repeat)."""
SAVED_SECONDS = 5.0
"""What a write saved leaves the header at the first move made this long after it showed."""


class MainScreen(Deciding, Undoing, Moving, Details, Views, Panes, Listing, Loading, Screen[None]):
    """Conflicts (or claims) on the left, the selected one's articles on the right."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (120, "-wide")]

    BINDINGS: ClassVar[list[BindingType]] = MAIN_BINDINGS

    def __init__(self, db: Database, db_path: str, reviewer: str) -> None:
        super().__init__()
        self.db = db
        self.db_path = db_path
        self.reviewer = reviewer
        self._lost_row: tuple[str, str] | None = None
        """(the row a reload could not keep, the row shown instead): see `_apply_rows`."""
        self.sources: dict[int, SourceInfo] = {}
        self.conflicts: list[Finding] = []
        self.claims: list[ClaimRef] | None = None
        """Every claim of the corpus, loaded the first time the claim list is shown."""
        self.corroborations: list[Finding] | None = None
        self.stories: dict[int, StoryInfo] = {}
        """Every story's heading: the conflict list is grouped by story when there are any."""
        self.collapsed: set[str] = set()
        """Story headings whose conflicts the list hides (`z`), by row id: a story is shut
        in the part of the list where the reviewer shut it, not in the others."""
        self.threshold = 0.0
        """The score at and above which conflicts are listed first (the model's)."""
        self.below_count = 0
        """How many conflicts score below it (from the database)."""
        self.show_below = False
        """Whether the conflicts below the threshold are shown (`t`)."""
        self.decisions = Decisions()
        """Everyone's statuses, verdicts and conflict notes; widgets hold this same object."""
        self.statuses: dict[str, str] = self.decisions.statuses
        """Current decision of every decided claim; widgets hold this same dict."""
        self.tally = Tally()
        """Each conflict's state counted, for the header (kept up to date by decisions)."""
        self.sort = SORTS[0]
        """The conflict list's order: score, date, kind or outlet."""
        self.sorted_conflicts: list[Finding] = []
        self.view = "conflicts"
        self.filters: dict[str, ListFilter] = {v: ListFilter() for v in VIEWS}
        self.pane_count = 2
        self.active_pane = 0
        """The pane shown on a narrow screen."""
        self.saving = 0
        self.saved: tuple[str, ...] = ()
        self._saved_shown: tuple[tuple[str, ...], float] | None = None
        """The saved words last shown in the header, and when (see `_forget_saved`)."""
        self._selected_id: str | None = None
        """The id of the row last selected (a reload selects it again: no move)."""
        """What the last write put in the database, for the status line (shorter and
        shorter words: `status_line.saved_words`)."""
        self.passed_notes: set[int] = set()
        """Note edits `ctrl+z` was refused on (someone edited the note since): the next
        undo goes on past them."""
        self.last_export: Any = None
        """The last export asked for: the export dialog opens on its choices."""
        self.loaded = False
        self.page_above = 0
        """While paged: how many conflicts score at or above the threshold (from SQL)."""
        self._counted: list[Any] = []
        """While paged: every conflict as the header counts it (`queue.Counted`)."""
        self.claim_count = 0
        self._detail_target: str | None = None
        """The claim whose detail was last asked for."""
        self.detail_claim: data.ClaimDetail | None = None
        self._details: OrderedDict[tuple[str, str | None], data.ClaimDetail] = OrderedDict()
        """Details read ahead, by claim and conflict key (see `Details`)."""
        self._detail_generation = 0
        self._just_written: tuple[str, str | None, data.ClaimDetail] | None = None
        self._articles: OrderedDict[int, Article] = OrderedDict()
        self._polling = False
        self._resized_to: Size | None = None
        """The size the layout was last made for (see `on_screen_resume`)."""
        self._selected_at = 0.0
        self._rapid = False
        """The selection moved again within RAPID_SECONDS: a held key, reads wait for it."""
        self._collected = False
        """The garbage collector has run since the last move."""
        self._first_read: Future[paging.Page] | None = db.submit(paging.first_page)
        """The first screen's data, read on the database thread while Textual builds the
        screen (SQLite works without the GIL: on two cores the two overlap)."""
        gc.freeze()  # the imports' objects: the collector's passes at start skip them
        self._frozen_at_full = gc.get_freeze_count()

    # --- layout -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # The breakpoint's class from the start: Textual sets it at the first resize event,
        # after the first layout, and the screen was laid out and painted again.
        width = self.app.size.width
        wanted = [name for least, name in self.HORIZONTAL_BREAKPOINTS if width >= least][-1:]
        for _, name in self.HORIZONTAL_BREAKPOINTS:
            self.set_class(name in wanted, name)
        yield StatusLine(id="status")
        with Horizontal(id="body"):
            with Vertical(id="left"):
                yield RowList(self._render_row, on_move=self._select, empty="loading…", id="list")
                yield DetailPanel(id="detail")
            with Horizontal(id="panes"):
                for i in range(MAX_PANES):
                    yield ArticleView(i, id=f"pane-{i}")
        yield FittedFooter()

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
        self.load_first()
        self.set_interval(POLL_SECONDS, self.poll)

    def on_resize(self, event: events.Resize) -> None:
        self._resized_to = event.size
        # Screen's own handler, which sets the breakpoint class (-narrow), runs after this
        # one: the panes are laid out once it has.
        self.call_later(self._after_resize)

    def _after_resize(self) -> None:
        self._layout_panes()
        self.set_list_title()
        self._retitle_panes()  # their hints fit their width, and `w` is offered when narrow

    def on_screen_resume(self) -> None:
        """A terminal resized while a dialog was on top told the dialog only: Textual lays
        this screen out again but leaves its breakpoint class (two panes squeezed into 80
        columns) and this screen's own resize work as they were. Resized now."""
        if self._resized_to is not None and self._resized_to != self.app.size:
            self.post_message(events.Resize(self.app.size, self.app.size))

    def _layout_panes(self) -> None:
        self.active_pane = min(self.active_pane, self.pane_count - 1)
        for i in range(MAX_PANES):
            pane = self.query_one(f"#pane-{i}", ArticleView)
            shown = i < self.pane_count and (not self.narrow or i == self.active_pane)
            pane.display = shown
            pane.set_class(self.narrow and self.pane_count > 1, "-switchable")
        self.call_after_refresh(self._retitle_panes)  # fitted to the widths laid out

    def show_saved(self, saved: tuple[str, ...]) -> None:
        """Say in the header what a write made elsewhere saved (the stories dialog's fix):
        the header above the dialog went on saying the decision before it. The conflicts
        are read again at once: a fix finds them again, and the header above the dialog
        went on counting those before it (3 of 3 where the list had 4; walk32). The words
        come with the new count, once read: shown at once, they stood beside the count from
        before the fix ("0 of 193 conflicts done", then 194, after an undone move; walk44)."""
        self.saved = saved
        if self.loaded:
            self.load(keep=getattr(self.main_list.current, "id", None))

    def _show_status(self) -> None:
        counts = self.tally.counts()
        # shorter and shorter: at 80 columns the end was cut ("· 1 c…" for "1 can't tell")
        overall = (
            progress_text(*counts),
            progress_text(*counts, short=True),
            f"all {short_text(*counts)}",
        )
        story = story_of(self.main_list.rows, self.main_list.cursor) if self.stories else None
        if self.view == "claims" and self.claims is not None:
            paged = self.claim_count if self.claims_paged else None  # the first page
            overall = claims_progress(self.claims, self.statuses, story, total=paged)
        elif story is not None and self.view == "conflicts":  # all its parts, not the one here
            here = f"story {short_text(*self.tally.counts(story.story.id))} · "
            overall = (f"this {here}{overall[0]}", *(here + text for text in overall[1:]))
        shown = self._saved_shown
        if self.saved and not self.saving and (shown is None or shown[0] is not self.saved):
            self._saved_shown = (self.saved, time.monotonic())  # durable, in the header now
        self.query_one("#status", StatusLine).show(
            self.db_path,
            self.reviewer,
            overall,
            saving=self.saving,
            saved=self.saved,
        )

    def _forget_saved(self, now: float) -> None:
        """Drop what the last write saved from the header at the first move made
        SAVED_SECONDS after it showed: it stayed until the next write ("saved: rename
        undone" beside every row read since, walk38), and said nothing of the row shown."""
        shown = self._saved_shown
        if shown is not None and shown[0] is self.saved and now - shown[1] >= SAVED_SECONDS:
            self.saved, self._saved_shown = (), None
            self._show_status()

    # --- the list -----------------------------------------------------------------------

    @on(RowList.Selected, "#list")
    def _list_entered(self, event: RowList.Selected) -> None:
        if isinstance(event.row, StoryRow | SectionRow):
            self.action_toggle_story()  # opens the rows under the threshold, too
            return
        self.detail.aligned.focus()

    def _select(self, row: Any) -> None:
        now = time.monotonic()
        self._collected = False
        self._rapid = now - self._selected_at < RAPID_SECONDS
        self._selected_at = now
        if getattr(row, "id", None) != self._selected_id:
            self._selected_id = getattr(row, "id", None)
            if self.main_list.moved_by_user:  # not a reload's rows (after a story's fix)
                self._forget_saved(now)
        if isinstance(row, Finding):
            self.detail.show_finding(row, self.sources, self.decisions)
            plan = self._plan(row)
            if row.claims:
                self.show_detail_of(plan[0].claim_id if plan else row.claims[0].id)
            else:
                self.detail.show_detail(None)
            self._fill(plan, {c.id for c in row.claims})
        elif isinstance(row, ClaimRef):
            aligned = [row] + [c for c in self._aligned_with(row.id) if c.id != row.id]
            source = self.sources.get(row.source_id)
            title = f"Claim · {row.kind} · {source.label if source else row.source_id}"
            self.detail.show_claims(aligned, self.sources, self.statuses, title=one_line(title))
            self.show_detail_of(row.id)
            spots = {c.source_id: PaneSpot(c.source_id, c.id, 0) for c in reversed(aligned)}
            self._fill(list(reversed(spots.values())), {row.id})
        elif isinstance(row, ClaimStoryRow):
            self.detail.show_claim_story(row, self.statuses)
        elif isinstance(row, StoryRow):
            self.detail.show_story(row, self.decisions)
        elif isinstance(row, SectionRow):
            self.detail.show_section(row)
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
        self.show_detail_of(claim.id)
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

    @on(RowList.Selected, "#aligned")
    def _aligned_entered(self, event: RowList.Selected) -> None:
        for i, pane in enumerate(self.panes):
            if pane.article is not None and pane.article.info.id == event.row.source_id:
                self._activate_pane(i)
                return

    @on(ArticleView.ClaimChosen)
    def _pane_claim(self, event: ArticleView.ClaimChosen) -> None:
        self.show_detail_of(event.claim_id)

    # --- drawing decisions -------------------------------------------------------------
