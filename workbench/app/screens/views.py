"""The review screen's views and dialogs: search, sources, filter, sort, the list shown,
the original address, export. A mixin of `MainScreen`, kept apart so each module has
one job."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from textual import work
from textual.content import Content

from workbench.app import data
from workbench.app.claim_page import first_page_sources
from workbench.app.data import ClaimRef, Finding, StoryRow
from workbench.app.filters import (
    CLAIM_STATES,
    STATES,
    ListFilter,
    offered_choices,
    offered_claim_stories,
)
from workbench.app.opener import open_url, openable
from workbench.app.queue import SORTS, sort_findings
from workbench.app.screens.filter import FilterDialog
from workbench.app.screens.search import SearchDialog
from workbench.app.screens.sources import PickSourceDialog
from workbench.app.widgets import ArticleView
from workbench.models import Sentence
from workbench.store import StoreError

VIEWS = ("conflicts", "claims", "corroborations")
CONFLICT_ONLY = ("verdict_side(0)", "verdict_side(1)", "verdict_dialog", "sort", "toggle_below")
"""The footer's keys that act on the conflict list only."""
TAG_KEYS = ("tag('verified')", "tag('disputed')", "tag('unresolved')")
"""The footer's keys that tag one claim: what a claim list is for (its footer showed no
way to tag, walk35), left out over the conflicts, whose footer the verdicts fill."""


class Views:
    """Keys that change what is shown, for `MainScreen` (which provides the widgets)."""

    async def action_search(self: Any) -> None:
        def found(sentence: Sentence | None) -> None:
            if sentence is not None:
                hit = (sentence.start, sentence.end)
                self.show_in_pane(self._target_pane(), sentence.source_id, hit, focus=True)

        await self.app.push_screen(SearchDialog(self.db, self.sources), callback=found)

    async def action_choose_source(self: Any) -> None:
        index = self._target_pane()
        row = self.main_list.current
        preferred = [c.source_id for c in row.claims] if isinstance(row, Finding) else []
        if isinstance(row, ClaimRef):
            preferred = [c.source_id for c in self._aligned_with(row.id)] or [row.source_id]

        def chosen(source_id: int | None) -> None:
            if source_id is not None:
                self.show_in_pane(index, source_id, focus=True)

        await self.app.push_screen(
            PickSourceDialog(self.sources, index, preferred), callback=chosen
        )

    async def action_filter(self: Any) -> None:
        if not self.loaded:  # its choices (kinds, stories) come with the list
            self.notify("Still reading the database…", markup=False, timeout=2)
            return
        rows = self._all_rows()
        kinds = sorted({r.kind for r in rows if not isinstance(r, StoryRow)})
        states = CLAIM_STATES if self.view == "claims" else STATES

        def apply(result: ListFilter | None) -> None:
            if result is not None:
                self.filters[self.view] = result
                current = self.main_list.current
                self._apply_rows(keep=getattr(current, "id", None))

        sources, stories = self.sources, None
        current = self.filters[self.view]
        if self.view == "claims":
            stories = offered_claim_stories(self.sources, self.stories, current)
        else:  # a corroboration names its story as a conflict does
            findings = [r for r in rows if isinstance(r, Finding)]
            sources, stories = offered_choices(findings, self.sources, self.stories, current)
        dialog = FilterDialog(
            self.filters[self.view],
            kinds,
            sources,
            states,
            stories,
            relations=self.view == "conflicts",
            words_in="claims, kinds, sources"
            if self.view == "claims"
            else "values, sources, reason",
        )
        await self.app.push_screen(dialog, apply)

    @work(exclusive=True, group="views")
    async def action_switch_list(self: Any) -> None:
        self.view = VIEWS[(VIEWS.index(self.view) + 1) % len(VIEWS)]
        if self.view == "claims" and self.claims is None:
            self.main_list.border_title = Content("Claims: loading…")
            first = None  # the conflicts' first page alone: not every source read yet
            if not self.paged:
                first = first_page_sources(self.sources, self.stories, self.claim_count)
            self.claims = await self.db.run(lambda store: data.all_claims(store, first))
            self.claims_paged = first is not None  # the rest after the first paint
        if self.view == "corroborations" and self.corroborations is None:
            self.corroborations = await self.db.run(data.corroborations)
        self.main_list.empty = f"(no {self.view})"
        self._apply_rows()
        self.main_list.focus()
        self.refresh_bindings()  # the footer shows the keys of this list (`footer_left_out`)
        if self.view == "claims" and self.claims_paged:
            self.call_after_refresh(self.load_claims_rest)

    def footer_left_out(self: Any) -> set[str]:
        """Keys the footer leaves out over this list: the verdicts, the sort and the
        threshold answer conflicts (pressed elsewhere, each says so); over the conflicts,
        the tags (`v`, `d`, `u` still tag the claim under the cursor there)."""
        return set(TAG_KEYS) if self.view == "conflicts" else set(CONFLICT_ONLY)

    async def action_export(self: Any) -> None:
        from workbench.app.screens.export import ExportDialog, ExportRequest

        def write(request: ExportRequest | None) -> None:
            if request is not None:
                self.last_export = request
                self.export(request)

        await self.app.push_screen(ExportDialog(self.last_export), callback=write)

    @work(group="export")
    async def export(self: Any, request: Any) -> None:
        """Write the file on the database thread (the log may be long)."""
        from workbench.export import ExportError, ExportNotes, exported, write_export

        notes = ExportNotes()
        publisher = claimreview_publisher() if request.fmt == "claimreview" else {}

        def run(store):
            return write_export(
                store,
                request.fmt,
                request.path,
                force=request.force,
                latest=request.latest,
                notes=notes,
                **publisher,
            )

        if Path(request.path).exists() and not request.force:
            self.notify(
                f"Not exported: {request.path} already exists. Press x again and tick "
                "“overwrite an existing file”, or name another file.",
                severity="warning",
                markup=False,
                timeout=8,
            )
            return
        try:
            count = await self.db.run(run)
        except (ExportError, StoreError, OSError) as exc:
            self.notify(f"Not exported: {exc}", severity="error", markup=False, timeout=8)
            return
        where = Path(request.path).resolve()  # a bare name: which folder was it written in?
        said = f"Exported {exported(request.fmt, count)} to {where}"
        self.notify(said, markup=False, timeout=6)
        for line in notes.lines():  # an altered log, URLs left out
            self.notify(line, severity="warning", markup=False, timeout=10)

    async def action_pictures(self: Any) -> None:
        from workbench.app.app import story_at
        from workbench.app.screens.pictures import PicturesScreen

        # Opened on the story of the row under the cursor (a conflict, a claim or a story's
        # heading). Over a heading it drew every article of the database: at 3,375
        # articles the timeline took minutes, the app frozen (walk38).
        await self.app.push_screen(PicturesScreen(self.db, story_at(self)))

    def action_sort(self: Any) -> None:
        if self.view != "conflicts":
            self.notify("Sorting applies to the conflict list (c switches).", markup=False)
            return
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.sorted_conflicts = sort_findings(self.conflicts, self.sort, self.sources)
        current = self.main_list.current
        self._apply_rows(keep=getattr(current, "id", None))
        self.notify(f"Sorted by {self.sort}.", markup=False, timeout=2)

    def action_open_url(self: Any) -> None:
        """The original of the focused pane's article (else of the selected claim's)."""
        focused = self.focused
        pane = focused if isinstance(focused, ArticleView) else None
        if pane is None:
            shown = [p for p in self.panes if p.display and p.article is not None]
            claim = self.detail.aligned.current
            if claim is not None:
                pane = next((p for p in shown if p.article.info.id == claim.source_id), None)
            pane = pane or (shown[0] if shown else None)
        if pane is None or pane.article is None:
            self.notify("No article shown to open.", markup=False, severity="warning")
            return
        info = pane.article.info
        if not info.url:
            self.notify(f"{info.label} has no address on record.", markup=False, timeout=4)
            return
        if openable(info.url) and open_url(info.url):
            self.notify(f"Opened {info.url}", markup=False, timeout=4)
            return
        self.app.copy_to_clipboard(info.url)
        self.notify(f"{info.label}: {info.url} (copied)", markup=False, timeout=12)


def claimreview_publisher() -> dict[str, str | None]:
    """The ClaimReview's author organisation and page address, as `workbench export` takes
    them by default (`WORKBENCH_ORG`, `WORKBENCH_BASE_URL`): the app's export ignored
    them, writing every object without its `url` and with the reviewer as its author
    (walk37)."""
    return {
        "org": os.environ.get("WORKBENCH_ORG") or None,
        "base_url": os.environ.get("WORKBENCH_BASE_URL") or None,
    }
