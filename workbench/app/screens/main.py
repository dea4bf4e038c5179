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
from concurrent.futures import Future
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer

from workbench.app import data
from workbench.app.data import Article, ClaimRef, Database, Finding, SourceInfo
from workbench.app.filters import ListFilter
from workbench.app.format import claim_row, finding_row, finding_state, format_value, progress
from workbench.app.screens.filter import FilterDialog
from workbench.app.screens.note import NoteDialog, NoteResult
from workbench.app.screens.search import SearchDialog
from workbench.app.screens.sources import PickSourceDialog
from workbench.app.text import one_line
from workbench.app.widgets import ArticleView, DetailPanel, RowList, StatusLine
from workbench.models import Review, Sentence
from workbench.store import StoreError

VIEWS = ("conflicts", "claims", "corroborations")
MAX_PANES = 4
ARTICLE_CACHE = 32
POLL_SECONDS = 2.0
RAPID_SECONDS = 0.15
"""Selections closer together than this are a held key (auto-repeat)."""
SETTLE_SECONDS = 0.06
"""How long a held key's database reads wait for the next press before going ahead."""
IDLE_SECONDS = 1.5
"""No move for this long: a good moment to collect garbage."""
"""How long a held key's database reads wait for the next press before going ahead."""


class MainScreen(Screen[None]):
    """Conflicts (or claims) on the left, the selected one's articles on the right."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (120, "-wide")]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "v",
            "tag('verified')",
            "Verified",
            id="main.verified",
            tooltip="Tag the selected claim (or every claim of the conflict) verified",
        ),
        Binding(
            "d",
            "tag('disputed')",
            "Disputed",
            id="main.disputed",
            tooltip="Tag the selected claim (or every claim of the conflict) disputed",
        ),
        Binding(
            "u",
            "tag('unresolved')",
            "Unresolved",
            id="main.unresolved",
            tooltip="Tag the selected claim (or every claim of the conflict) unresolved",
        ),
        Binding(
            "e", "note", "Note", id="main.note", tooltip="Write a note, saved with the decision"
        ),
        Binding(
            "ctrl+z",
            "undo",
            "Undo",
            id="main.undo",
            tooltip="Undo your last decision (a whole conflict tagged at once counts as one)",
        ),
        Binding(
            "n",
            "next_undecided",
            "Next open",
            id="main.next_undecided",
            tooltip="Go to the next undecided row",
        ),
        Binding(
            "p",
            "previous_undecided",
            "Prev open",
            id="main.previous_undecided",
            tooltip="Go to the previous undecided row",
        ),
        Binding(
            "slash",
            "search",
            "Search",
            id="main.search",
            tooltip="Search the articles' text; a result opens at its sentence",
        ),
        Binding(
            "f",
            "filter",
            "Filter",
            id="main.filter",
            tooltip="Filter the list: state, kind, source, words",
        ),
        Binding(
            "c",
            "switch_list",
            "Claims",
            id="main.switch_list",
            tooltip="Switch the list: conflicts, every claim, corroborations",
        ),
        Binding(
            "s",
            "choose_source",
            "Source",
            id="main.choose_source",
            tooltip="Choose the source shown in the focused pane",
        ),
        Binding(
            "w",
            "switch_pane",
            "Pane",
            id="main.switch_pane",
            tooltip="Show (narrow screen) or focus the next article pane",
        ),
        Binding(
            "plus",
            "add_pane",
            "More panes",
            show=False,
            id="main.add_pane",
            tooltip="Add an article pane (up to four)",
        ),
        Binding(
            "minus",
            "remove_pane",
            "Fewer panes",
            show=False,
            id="main.remove_pane",
            tooltip="Remove the last article pane",
        ),
        Binding(
            "r",
            "refresh",
            "Refresh",
            show=False,
            id="main.refresh",
            tooltip="Reload from the database (another terminal's decisions, a re-analysis)",
        ),
        Binding(
            "x",
            "export",
            "Export",
            show=False,
            id="main.export",
            tooltip="Export the review log to a file (JSONL, CSV, Markdown, ClaimReview)",
        ),
        Binding(
            "m",
            "pictures",
            "Pictures",
            show=False,
            id="main.pictures",
            tooltip="Pictures: who agrees with whom (matrix) and how a figure moved (timeline)",
        ),
    ]

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
        self.statuses: dict[str, str] = {}
        """Current decision of every decided claim; widgets hold this same dict."""
        self.high_water = 0
        self.view = "conflicts"
        self.filters: dict[str, ListFilter] = {v: ListFilter() for v in VIEWS}
        self.pane_count = 2
        self.active_pane = 0
        """The pane shown on a narrow screen."""
        self.undo_stack: list[list[int]] = []
        """Review ids of each decision made here, so undo takes back a whole conflict."""
        self.saving = 0
        self.saved = ""
        """What the last write put in the database, for the status line."""
        self.last_export: Any = None
        """The last export asked for: the export dialog opens on its choices."""
        self.loaded = False
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
        self.query_one("#status", StatusLine).show(
            self.db_path,
            self.reviewer,
            progress(self.conflicts, self.statuses),
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
        self.statuses.clear()
        self.statuses.update(overview.statuses)
        self.high_water = overview.last_review_id
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
        if not self.conflicts and overview.claim_count:
            self.main_list.empty = "No conflicts found. Press c for every claim."
        elif not self.conflicts:
            self.main_list.empty = "No claims found in these sources."
        self._apply_rows(keep=keep)
        self._collect_garbage()

    async def poll(self) -> None:
        """Pick up decisions made in another terminal (cheap: one max() query)."""
        if self._polling or not self.loaded:
            return
        self._polling = True
        try:
            mark = await self.db.run(data.review_high_water)
            if mark != self.high_water:
                self.high_water, current = await self.db.run(data.statuses)
                self.statuses.clear()
                self.statuses.update(current)
                self._redraw_states()
        except (StoreError, sqlite3.Error):
            pass  # the other terminal holds a lock: try again next tick
        finally:
            self._polling = False
        if not self._collected and time.monotonic() - self._selected_at > IDLE_SECONDS:
            self._collect_garbage()

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
        if isinstance(row, Finding):
            return finding_row(row, self.sources, self.statuses, self.main_list.style, width)
        return claim_row(row, self.sources, self.statuses, self.main_list.style, width)

    def _all_rows(self) -> list[Any]:
        if self.view == "claims":
            return self.claims or []
        if self.view == "corroborations":
            return self.corroborations or []
        return self.conflicts

    def _filtered_rows(self) -> list[Any]:
        wanted = self.filters[self.view]
        rows = self._all_rows()
        if wanted.active:
            test = wanted.claim if self.view == "claims" else wanted.finding
            rows = [r for r in rows if test(r, self.statuses, self.sources)]
        return rows

    def _apply_rows(self, keep: str | None = None, at: int = 0) -> None:
        """Fill the list for the current view and filter, keeping the row `keep` if present
        (else the cursor goes to index `at`)."""
        wanted = self.filters[self.view]
        rows = self._filtered_rows()
        cursor = next((i for i, r in enumerate(rows) if r.id == keep), at)
        title = f"{self.view.capitalize()} {len(rows)}"
        if wanted.active:
            title += f" of {len(self._all_rows())} · {wanted.describe(self.sources)}"
        self.main_list.border_title = Content(one_line(title))
        self.main_list.set_rows(rows, cursor=cursor)
        if not rows:
            self._select(None)

    @on(RowList.Selected, "#list")
    def _list_entered(self) -> None:
        self.detail.aligned.focus()

    def _select(self, row: Any) -> None:
        now = time.monotonic()
        self._collected = False
        self._rapid = now - self._selected_at < RAPID_SECONDS
        self._selected_at = now
        if isinstance(row, Finding):
            self.detail.show_finding(row, self.sources, self.statuses)
            if row.claims:
                self.load_detail(row.claims[0].id)
            else:
                self.detail.show_detail(None)
            self._fill(self._pane_order(row), {c.id for c in row.claims})
        elif isinstance(row, ClaimRef):
            aligned = [row] + [c for c in self._aligned_with(row.id) if c.id != row.id]
            source = self.sources.get(row.source_id)
            title = f"Claim · {row.kind} · {source.label if source else row.source_id}"
            self.detail.show_claims(aligned, self.sources, self.statuses, title=one_line(title))
            self.load_detail(row.id)
            self._fill(list(dict.fromkeys(c.source_id for c in aligned)), {row.id})
        else:
            self.detail.show_finding(None, self.sources, self.statuses)
            self.detail.show_detail(None)

    def _aligned_with(self, claim_id: str) -> list[ClaimRef]:
        found: list[ClaimRef] = []
        for finding in self.conflicts + (self.corroborations or []):
            if any(c.id == claim_id for c in finding.claims):
                found.extend(c for c in finding.claims if c not in found)
        return found

    def _pane_order(self, finding: Finding) -> list[int]:
        """Pane sources: one per side of the disagreement first, originals before copies."""
        sides: dict[str, list[ClaimRef]] = {}
        for claim in finding.claims:
            key = format_value(claim.kind, claim.value, claim.text).casefold()
            sides.setdefault(key, []).append(claim)

        def originals_first(claim: ClaimRef) -> int:
            source = self.sources.get(claim.source_id)
            return 1 if source is not None and source.copy_of is not None else 0

        order: list[int] = []
        ranked = [sorted(claims, key=originals_first) for claims in sides.values()]
        for depth in range(max((len(r) for r in ranked), default=0)):
            for claims in ranked:
                if depth < len(claims) and claims[depth].source_id not in order:
                    order.append(claims[depth].source_id)
        return order

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
        if self._rapid:
            await asyncio.sleep(SETTLE_SECONDS)  # a held key: read only where it stops
        detail = await self.db.read(lambda store: data.claim_detail(store, claim_id))
        self.detail_claim = detail
        self.detail.show_detail(detail)

    def _cached(self, source_ids: list[int]) -> list[Article] | None:
        """The articles if every one is in the cache (now the most recent), else None."""
        wanted = [i for i in source_ids if i in self.sources]
        if any(i not in self._articles for i in wanted):
            return None
        for i in wanted:
            self._articles.move_to_end(i)
        return [self._articles[i] for i in wanted]

    def _remember(self, articles: list[Article]) -> None:
        """Keep `articles` as the most recent; forget the oldest, never one on screen."""
        for article in articles:
            self._articles[article.info.id] = article
            self._articles.move_to_end(article.info.id)
        shown = {p.article.info.id for p in self.panes if p.article is not None}
        for source_id in list(self._articles):
            if len(self._articles) <= ARTICLE_CACHE:
                break
            if source_id not in shown and all(a.info.id != source_id for a in articles):
                del self._articles[source_id]

    async def _articles_for(self, source_ids: list[int]) -> list[Article]:
        """Articles from the cache, the rest read on the reader thread in one go."""
        missing = [i for i in source_ids if i not in self._articles and i in self.sources]
        if missing:
            infos = [self.sources[i] for i in missing]
            self._remember(
                await self.db.read(lambda store: [data.article(store, i) for i in infos])
            )
        found = [i for i in source_ids if i in self._articles]
        return self._cached(found) or []

    def _fill(self, source_ids: list[int], focus_ids: set[str]) -> None:
        """Fill the panes in this very frame when the articles are at hand, else read them."""
        articles = self._cached(source_ids[: self.pane_count])
        if articles is None:
            self.fill_panes(source_ids, focus_ids)
            return
        self.workers.cancel_group(self, "panes")
        self._show_articles(articles, focus_ids)
        self.read_ahead()

    def _show_articles(self, articles: list[Article], focus_ids: set[str]) -> None:
        for i, pane in enumerate(self.panes):
            article = articles[i] if i < len(articles) else None
            pane.empty_message = "(not part of this selection: press s to choose a source)"
            pane.show(article, self.statuses, focus_ids=focus_ids)
            self._title_pane(pane)

    @work(exclusive=True, group="panes")
    async def fill_panes(self, source_ids: list[int], focus_ids: set[str]) -> None:
        """Show the selection's sources, one per pane, each at its claim."""
        if self._rapid:
            await asyncio.sleep(SETTLE_SECONDS)  # a held key: read only where it stops
        articles = await self._articles_for(source_ids[: self.pane_count])
        self._show_articles(articles, focus_ids)
        self.read_ahead()

    @work(exclusive=True, group="read-ahead")
    async def read_ahead(self) -> None:
        """Read the articles of the rows around the cursor, so moving there is instant."""
        rows, cursor = self.main_list.rows, self.main_list.cursor
        wanted: list[int] = []
        for index in (cursor + 1, cursor - 1, cursor + 2, cursor + 3):
            if 0 <= index < len(rows):
                wanted += self._sources_of(rows[index])[: self.pane_count]
        missing = [
            i for i in dict.fromkeys(wanted) if i in self.sources and i not in self._articles
        ]
        if not missing:
            return
        infos = [self.sources[i] for i in missing]
        self._remember(await self.db.read(lambda store: [data.article(store, i) for i in infos]))

    def _sources_of(self, row: Any) -> list[int]:
        if isinstance(row, Finding):
            return self._pane_order(row)
        if isinstance(row, ClaimRef):
            aligned = [row, *self._aligned_with(row.id)]
            return list(dict.fromkeys(c.source_id for c in aligned))
        return []

    @work(exclusive=True, group="pane-one")
    async def show_in_pane(
        self,
        index: int,
        source_id: int,
        hit: tuple[int, int] | None = None,
        current_id: str | None = None,
        *,
        focus: bool = False,
    ) -> None:
        articles = await self._articles_for([source_id])
        if not articles or index >= self.pane_count:
            return
        pane = self.panes[index]
        selection = self.main_list.current
        shown = {c.id for c in selection.claims} if isinstance(selection, Finding) else set()
        if isinstance(selection, ClaimRef):
            shown = {selection.id}
        pane.show(articles[0], self.statuses, focus_ids=shown, current_id=current_id, hit=hit)
        self._title_pane(pane)
        if focus:
            self._activate_pane(index)
        elif self.narrow:
            self.active_pane = index
            self._layout_panes()

    def _title_pane(self, pane: ArticleView) -> None:
        article = pane.article
        if article is None:
            pane.border_title = Content(f"{pane.index + 1} · empty")
            pane.border_subtitle = None
            return
        info = article.info
        title = f"{pane.index + 1} · {info.published or 'no date'} · "
        if info.copy_of is not None:
            original = self.sources.get(info.copy_of)
            title += f"COPY of {original.label if original else info.copy_of_file} · "
        title += info.label
        pane.border_title = Content(one_line(title))
        count = len(article.claims)
        subtitle = f"{count} claims · [ ] step" if count else "no claims in this source"
        if self.narrow and self.pane_count > 1:
            subtitle += f" · w: pane {pane.index + 1}/{self.pane_count}"
        pane.border_subtitle = Content(subtitle)

    def _activate_pane(self, index: int) -> None:
        self.active_pane = index
        self._layout_panes()
        self.panes[index].focus()

    def _target_pane(self) -> int:
        focused = self.focused
        if isinstance(focused, ArticleView) and focused.index < self.pane_count:
            return focused.index
        return self.active_pane if self.narrow else 0

    # --- deciding -----------------------------------------------------------------------

    def _targets(self) -> list[str]:
        """The claims a tag applies to, by where the focus is."""
        focused = self.focused
        if isinstance(focused, ArticleView):
            return [focused.current_id] if focused.current_id else []
        if focused is self.detail.aligned:
            claim = focused.current
            return [claim.id] if claim is not None else []
        row = self.main_list.current
        if isinstance(row, Finding):
            return [c.id for c in row.claims]
        if isinstance(row, ClaimRef):
            return [row.id]
        return []

    def action_tag(self, status: str) -> None:
        self._decide(self._targets(), status, None)

    def _decide(self, ids: list[str], status: str, note: str | None) -> None:
        if not ids:
            self.notify(
                "Nothing to tag here: select a conflict or a claim.",
                markup=False,
                severity="warning",
            )
            return
        reviewer = self.reviewer
        future = self.db.submit(lambda store: data.tag(store, ids, status, reviewer, note))
        self.saving += 1
        self._show_status()
        self.run_worker(self._after_write(future, undo=False), group="write")

    def action_undo(self) -> None:
        batch = self.undo_stack.pop() if self.undo_stack else []
        reviewer = self.reviewer
        future = self.db.submit(lambda store: data.undo(store, reviewer, batch))
        self.saving += 1
        self._show_status()
        self.run_worker(self._after_write(future, undo=True), group="write")

    async def _after_write(self, future: Future[list[Review]], *, undo: bool) -> None:
        """Show a decision only once the database has it."""
        try:
            rows = await asyncio.wrap_future(future)
        except (StoreError, sqlite3.Error) as exc:
            self.notify(f"Not saved: {exc}", severity="error", markup=False, timeout=8)
            rows = None
        self.saving -= 1
        if rows is None:
            self._show_status()
            return
        if not rows:
            self.notify("Nothing to undo.", markup=False, timeout=2)
        for row in rows:
            if row.status is None:
                self.statuses.pop(row.claim_id, None)
            else:
                self.statuses[row.claim_id] = row.status
        if rows and not undo:
            self.undo_stack.append([r.id for r in rows])
        if rows and min(r.id for r in rows) == self.high_water + 1:
            self.high_water = max(r.id for r in rows)  # nobody else wrote in between
        if rows:
            what = "undone" if undo else f"{rows[-1].status}"
            self.saved = f"saved: {len(rows)} {what}"  # short: it must fit 80 columns
        changed = {r.claim_id for r in rows}
        self._redraw_states(changed)
        shown = self.detail_claim.claim if self.detail_claim else None
        if shown is not None and shown.id in changed:
            self.load_detail(shown.id)  # its history
        if self.filters[self.view].state != "all":
            self._refilter(changed)  # may select another row (whose detail then wins)

    def _redraw_states(self, claim_ids: set[str] | None = None) -> None:
        """Draw decisions: only what shows `claim_ids` when given, else everything."""
        if claim_ids is None:
            self.main_list.redraw()
        else:
            self.main_list.redraw(
                lambda row: (
                    any(c.id in claim_ids for c in row.claims)
                    if isinstance(row, Finding)
                    else row.id in claim_ids
                )
            )
        self.detail.restyle(self.statuses, claim_ids)
        for pane in self.panes:
            pane.restyle(self.statuses, claim_ids)
        self._show_status()

    def _refilter(self, claim_ids: set[str]) -> None:
        """Apply a filter by state again after a decision, so the list keeps its promise
        ("open" shows only what is left). Only rows holding a changed claim can come or
        go; the cursor stays on its row, or at its place when the row left."""
        wanted = self.filters[self.view]
        test = wanted.claim if self.view == "claims" else wanted.finding
        shown = {id(row) for row in self.main_list.rows}
        for row in self._all_rows():
            ids = [c.id for c in row.claims] if isinstance(row, Finding) else [row.id]
            if claim_ids.isdisjoint(ids):
                continue
            if test(row, self.statuses, self.sources) != (id(row) in shown):
                break
        else:
            return  # nothing came or went: the redraws were enough
        current = self.main_list.current
        still = current is not None and test(current, self.statuses, self.sources)
        self._apply_rows(keep=current.id if still else None, at=self.main_list.cursor)

    def action_note(self) -> None:
        ids = self._targets()
        if not ids:
            self.notify(
                "Select a conflict or a claim to write a note on.", markup=False, severity="warning"
            )
            return
        states = {self.statuses.get(i) for i in ids}
        status = states.pop() if len(states) == 1 else None
        note = None
        detail = self.detail_claim
        if len(ids) == 1 and detail and detail.claim and detail.claim.id == ids[0]:
            subject = f"“{detail.claim.text}”"
            note = next((r.note for r in reversed(detail.history)), None)
        else:
            subject = f"{len(ids)} claims" if len(ids) > 1 else "this claim"

        def save(result: NoteResult | None) -> None:
            if result is not None:
                self._decide(ids, result.status, result.note)

        self.app.push_screen(NoteDialog(subject, note, status), callback=save)

    # --- moving ---------------------------------------------------------------------------

    def _undecided(self, row: Any) -> bool:
        if isinstance(row, Finding):
            return finding_state(row, self.statuses) in ("open", "partial")
        return row.id not in self.statuses

    def _jump_undecided(self, step: int) -> None:
        rows = self.main_list.rows
        index = self.main_list.cursor + step
        while 0 <= index < len(rows):
            if self._undecided(rows[index]):
                self.main_list.cursor = index
                self.main_list.focus()
                return
            index += step
        self.notify("No more undecided rows that way.", markup=False, timeout=2)

    def action_next_undecided(self) -> None:
        self._jump_undecided(1)

    def action_previous_undecided(self) -> None:
        self._jump_undecided(-1)

    def action_switch_pane(self) -> None:
        index = (self._target_pane() + 1) % self.pane_count
        self._activate_pane(index)
        self._title_pane(self.panes[index])

    def action_add_pane(self) -> None:
        if self.pane_count < MAX_PANES:
            self.pane_count += 1
            self._layout_panes()
            self._select(self.main_list.current)

    def action_remove_pane(self) -> None:
        if self.pane_count > 1:
            self.pane_count -= 1
            self._layout_panes()
            if self.focused is None:
                self.main_list.focus()

    # --- dialogs and views ----------------------------------------------------------------

    def action_search(self) -> None:
        def found(sentence: Sentence | None) -> None:
            if sentence is not None:
                hit = (sentence.start, sentence.end)
                self.show_in_pane(self._target_pane(), sentence.source_id, hit, focus=True)

        self.app.push_screen(SearchDialog(self.db, self.sources), callback=found)

    def action_choose_source(self) -> None:
        index = self._target_pane()
        row = self.main_list.current
        preferred = [c.source_id for c in row.claims] if isinstance(row, Finding) else []
        if isinstance(row, ClaimRef):
            preferred = [c.source_id for c in self._aligned_with(row.id)] or [row.source_id]

        def chosen(source_id: int | None) -> None:
            if source_id is not None:
                self.show_in_pane(index, source_id, focus=True)

        self.app.push_screen(PickSourceDialog(self.sources, index, preferred), callback=chosen)

    def action_filter(self) -> None:
        rows = self._all_rows()
        kinds = sorted({r.kind for r in rows})

        def apply(result: ListFilter | None) -> None:
            if result is not None:
                self.filters[self.view] = result
                current = self.main_list.current
                self._apply_rows(keep=getattr(current, "id", None))

        self.app.push_screen(FilterDialog(self.filters[self.view], kinds, self.sources), apply)

    @work(exclusive=True, group="views")
    async def action_switch_list(self) -> None:
        self.view = VIEWS[(VIEWS.index(self.view) + 1) % len(VIEWS)]
        if self.view == "claims" and self.claims is None:
            self.main_list.border_title = Content("Claims: loading…")
            self.claims = await self.db.run(data.all_claims)
        if self.view == "corroborations" and self.corroborations is None:
            self.corroborations = await self.db.run(data.corroborations)
        self.main_list.empty = f"(no {self.view})"
        self._apply_rows()
        self.main_list.focus()

    def action_pictures(self) -> None:
        from workbench.app.screens.pictures import PicturesScreen

        self.app.push_screen(PicturesScreen(self.db))

    def action_export(self) -> None:
        from workbench.app.screens.export import ExportDialog, ExportRequest

        def write(request: ExportRequest | None) -> None:
            if request is not None:
                self.last_export = request
                self.export(request)

        self.app.push_screen(ExportDialog(self.last_export), callback=write)

    @work(group="export")
    async def export(self, request: Any) -> None:
        """Write the file on the database thread (the log may be long)."""
        from workbench.export import ExportError, write_export
        from workbench.export_guard import ExportNotes

        notes = ExportNotes()

        def run(store):
            return write_export(
                store,
                request.fmt,
                request.path,
                force=request.force,
                latest=request.latest,
                notes=notes,
            )

        try:
            count = await self.db.run(run)
        except (ExportError, StoreError, OSError) as exc:
            self.notify(f"Not exported: {exc}", severity="error", markup=False, timeout=8)
            return
        self.notify(f"Exported {count} records to {request.path}", markup=False, timeout=4)
        for line in notes.lines():  # an altered log, URLs left out
            self.notify(line, severity="warning", markup=False, timeout=10)
