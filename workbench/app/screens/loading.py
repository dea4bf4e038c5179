"""The review screen's reading: the first screen's data, the rest of a large list after
the first paint, what the rows name later, and other terminals' decisions. A mixin of
`MainScreen`, kept apart so each module has one job."""

from __future__ import annotations

import asyncio
import gc
import sqlite3
import time
from typing import Any

from textual import work

from workbench.app import data, paging
from workbench.app.data import Decisions
from workbench.app.places import name_places
from workbench.app.queue import sort_findings
from workbench.ingest.page_form import NOT_ENGLISH
from workbench.page_marks import keep_marks, no_article_marks
from workbench.store import StoreError

POLL_SECONDS = 2.0
FIRST_WAIT = 0.5
"""Seconds the first frame waits for the first read (see `load_first`)."""
IDLE_SECONDS = 1.5
"""No move for this long: a good moment to collect garbage."""
RELOAD_EVERY = 20.0
"""While another process keeps adding articles (an ingest at work), reload this often."""
FULL_GROWTH = 1.5
"""The frozen objects grow by this much before an idle collection passes over them all."""


class Loading:
    """Reads for `MainScreen` (which provides the widgets and the state)."""

    paged: bool = False
    """The list holds only its first page; the rest is being read (`load_rest`)."""
    claims_paged: bool = False
    """The claims hold only the claims list's first page (`load_claims_rest`)."""
    _content_shown: tuple[Any, ...] | None = None
    """The articles' and findings' marks (`data.content_marks`) of what the list shows."""
    _content_last: tuple[Any, ...] | None = None
    _content_since: float | None = None
    _frozen_at_full: int = 0
    """Objects frozen after the last pass over them all (the imports', at first)."""

    def load_first(self: Any) -> None:
        """Show the first read in the first frame: it began as the screen was made and
        is short (a page), so it is waited for a moment rather than a frame painted
        empty and then painted again (on a large database, a tenth of a second each)."""
        try:
            page = self._first_read.result(timeout=FIRST_WAIT)
        except TimeoutError:
            self.load()  # a slow disk: say "loading…" meanwhile
            return
        self._first_read = None
        self._show_read(page)

    @work(exclusive=True, group="load")
    async def load(self: Any, keep: str | None = None) -> None:
        """Read what the first screen needs (never the whole corpus's text; on a large
        database only the list's first page, the rest after the first paint)."""
        first, self._first_read = self._first_read, None
        self._content_shown = await self.db.read(data.content_marks)  # before: a change
        # made while the page is read shows at the next poll
        page = await (asyncio.wrap_future(first) if first else self.db.run(paging.first_page))
        if self.claims is not None:
            self.claims, self.claims_paged = await self.db.run(data.all_claims), False
        if self.corroborations is not None:
            self.corroborations = await self.db.run(data.corroborations)
        self._show_read(page, keep)

    def _show_read(self: Any, page: paging.Page, keep: str | None = None) -> None:
        overview = page.overview
        self.paged, self.page_above = page.paged, page.above
        self._counted = page.counted
        self.sources = overview.sources
        self.conflicts = overview.conflicts
        self.stories = overview.stories
        self.threshold, self.below_count = overview.threshold, overview.below
        self._take_decisions(overview.decisions)
        self.sorted_conflicts = sort_findings(self.conflicts, self.sort, self.sources)
        self._articles.clear()
        self.loaded = True
        self._show_status()
        if not self.sources:
            from workbench.app.screens.empty import EmptyScreen

            self.app.push_screen(EmptyScreen(self.db_path), callback=lambda _: self.load())
            return
        self.claim_count = overview.claim_count
        self._apply_rows(keep=keep, at=self._first_conflict())
        self.call_after_refresh(self.load_rest if self.paged else self.load_later)

    @work(exclusive=True, group="load-rest")
    async def load_rest(self: Any) -> None:
        """Fill the list past its first page: every conflict, source and story, the
        rows already shown kept as they are (the cursor, the detail and the panes stay)."""
        page = self.conflicts
        whole = await self.db.read(data.overview)
        if page is not self.conflicts:
            return  # loaded again meanwhile: that load reads its own
        shown = {f.id: f for f in page}
        self.conflicts = [shown.get(f.id, f) for f in whole.conflicts]
        self.sources = {k: self.sources.get(k, v) for k, v in whole.sources.items()}
        self.stories = whole.stories
        self.paged, self._counted = False, []
        self.tally.reset(self.conflicts, self.decisions)
        self.sorted_conflicts = sort_findings(self.conflicts, self.sort, self.sources)
        current = self.main_list.current
        self._apply_rows(
            keep=getattr(current, "id", None), at=self.main_list.cursor, announce=False
        )
        if self.main_list.current is not current:
            self._select(self.main_list.current)
        self._show_status()
        self.load_later()

    @work(exclusive=True, group="claims-rest")
    async def load_claims_rest(self: Any) -> None:
        """Fill the claims list past its first page (`claim_page`): the rows shown stay,
        and the cursor on its row."""
        page = self.claims
        whole = await self.db.read(data.all_claims)
        if page is not self.claims:
            return  # read again meanwhile (a reload reads the whole list)
        self.claims, self.claims_paged = whole, False
        if self.view == "claims":
            current = self.main_list.current
            self._apply_rows(
                keep=getattr(current, "id", None), at=self.main_list.cursor, announce=False
            )
            self._show_status()

    @work(exclusive=True, group="load-later")
    async def load_later(self: Any) -> None:
        """What the first screen can do without: the places the list rows name, each
        source's claim count and whether it has article text at all (for the source
        picker and the panes' titles). Read after the first paint."""
        conflicts, sources = self.conflicts, self.sources
        places, counts, (bare, to_keep) = await self.db.read(
            lambda store: (
                name_places(store, "conflict", conflicts),
                data.claim_counts(store),
                no_article_marks(store),  # kept by the analysis, else read (`page_marks`)
            )
        )
        if to_keep is not None:  # read anew: kept for the next opening, by the writer
            self.db.submit(lambda store: keep_marks(store, to_keep, bare))
        if conflicts is not self.conflicts:
            return  # loaded again meanwhile: that load reads its own
        for finding in conflicts:
            finding.place = places.get(finding.id)
        for source_id, source in sources.items():
            source.claims = counts.get(source_id, 0)
            source.bare = source_id in bare
            source.not_english = bare.get(source_id) == NOT_ENGLISH
        self.main_list.redraw()
        if bare:
            self._retitle_panes()
        self._collect_garbage()

    async def poll(self: Any) -> None:
        """Pick up decisions made in another terminal (cheap: one max() query)."""
        if self._polling or not self.loaded:
            return
        self._polling = True
        try:
            marks = await self.db.read(data.decision_marks)
            if marks != self.decisions.marks:
                found = await self.db.read(data.decisions)
                if self._same_decisions(found):  # the marks moved by this app's own writes
                    self.decisions.marks = found.marks
                else:
                    self._take_decisions(found)
                    self._redraw_states()
                    self.reload_detail()  # its history: another reviewer's decision shows
            if getattr(self.app.screen, "writes_content", False):
                return  # its own moves and merges; closing it reloads (not "new" findings)
            if self._content_changed(await self.db.read(data.content_marks)):
                current = self.main_list.current
                self.load(keep=getattr(current, "id", None))
                self.notify(
                    "New articles or findings in the database: reloaded.", markup=False, timeout=3
                )
        except (StoreError, sqlite3.Error):
            pass  # the other terminal holds a lock: try again next tick
        finally:
            self._polling = False
        if not self._collected and time.monotonic() - self._selected_at > IDLE_SECONDS:
            self._collect_garbage()

    def _content_changed(self: Any, marks: tuple[Any, ...]) -> bool:
        """Whether another process's articles or findings are worth a reload now: once
        they have settled (the same at two polls running) or, while an ingest keeps
        adding, every RELOAD_EVERY seconds, so the list is not rebuilt every tick."""
        last, self._content_last = self._content_last, marks
        if self._content_shown is None:
            self._content_shown = marks
        if marks == self._content_shown:
            self._content_since = None
            return False
        now = time.monotonic()
        if self._content_since is None:
            self._content_since = now
        if marks == last or now - self._content_since >= RELOAD_EVERY:
            self._content_shown, self._content_since = marks, None
            return True
        return False

    def _same_decisions(self: Any, found: Decisions) -> bool:
        """Whether the database's decisions are the ones on screen (nothing to redraw)."""
        mine = self.decisions
        return (found.statuses, found.verdicts, found.notes) == (
            mine.statuses,
            mine.verdicts,
            mine.notes,
        )

    def _take_decisions(self: Any, found: Decisions) -> None:
        """Take everyone's decisions as read, keeping the objects the widgets hold."""
        self.statuses.clear()
        self.statuses.update(found.statuses)
        self.decisions.verdicts = found.verdicts
        self.decisions.notes = found.notes
        self.decisions.marks = found.marks
        self.tally.reset(self._counted if self.paged else self.conflicts, self.decisions)

    def _collect_garbage(self: Any) -> None:
        """Run the garbage collector while the reviewer reads, not while they press keys.

        A full pass over a large corpus's objects takes 50-150 ms; left to itself Python
        starts one whenever enough objects were made, often in the middle of a key press.
        Here it runs when nothing has happened for a while, then everything still alive is
        frozen (left out of later passes), so the automatic passes stay small.

        It passes over the objects made since the last freeze only: unfreezing all of
        them each time (the imports' 115,000 objects at 3,370 articles) made each idle
        pass a full one, 85 ms after every move and three at the opening (walk39). All
        of them are passed over again once the frozen ones have grown by half
        (`FULL_GROWTH`: a claims list read), so cycles left among them are bounded.
        """
        full = gc.get_freeze_count() > FULL_GROWTH * self._frozen_at_full
        if full:
            gc.unfreeze()
        gc.collect()
        gc.freeze()
        if full:
            self._frozen_at_full = gc.get_freeze_count()
        self._collected = True

    def action_refresh(self: Any) -> None:
        current = self.main_list.current
        self.load(keep=getattr(current, "id", None))
        self.notify("Reloaded from the database.", markup=False, timeout=2)
