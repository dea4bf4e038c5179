"""The review screen's list: which rows it holds (view, filter, stories, sort), how each
is drawn, and drawing decisions as they land. A mixin of `MainScreen`, kept apart so each
module has one job."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.content import Content

from workbench.app.claim_stories import (
    ClaimStoryRow,
    claim_story_row,
    claims_by_story,
    claims_in,
)
from workbench.app.data import Finding, SectionRow, StoryRow
from workbench.app.format import claim_row, finding_row
from workbench.app.queue import SORTS, conflict_sections, conflicts_in, story_of
from workbench.app.screens.views import VIEWS
from workbench.app.story_rows import section_row, story_row
from workbench.app.text import one_line
from workbench.findings.score import threshold_text

BELOW_ID = "section-below-below"
"""The id of the row that counts (and opens) the conflicts below the threshold."""


class Listing:
    """The list's rows for `MainScreen` (which provides the widgets and the state)."""

    def _render_row(self: Any, row: Any, width: int) -> Text:
        if isinstance(row, SectionRow):
            return section_row(row, self.main_list.style, width)
        if isinstance(row, ClaimStoryRow):
            return claim_story_row(row, self.statuses, self.main_list.style, width)
        if isinstance(row, StoryRow):
            return story_row(row, self.decisions, self.main_list.style, width)
        if isinstance(row, Finding):
            return finding_row(row, self.sources, self.decisions, self.main_list.style, width)
        return claim_row(row, self.sources, self.statuses, self.main_list.style, width)

    def _all_rows(self: Any) -> list[Any]:
        if self.view == "claims":
            return self.claims or []
        if self.view == "corroborations":
            return self.corroborations or []
        return self.sorted_conflicts

    def _row_test(self: Any) -> Any:
        wanted = self.filters[self.view]
        if self.view == "claims":
            return lambda row: wanted.claim(row, self.statuses, self.sources)
        return lambda row: wanted.finding(row, self.decisions, self.sources)

    def _filtered_rows(self: Any) -> list[Any]:
        rows = self._all_rows()
        if self.filters[self.view].active:
            test = self._row_test()
            rows = [r for r in rows if test(r)]
        if self.view == "conflicts":
            return conflict_sections(
                rows,
                self.stories,
                self.collapsed,
                self.threshold,
                show_below=self.show_below,
                below_count=None if self.filters[self.view].active else self.below_count,
            )
        if self.view == "claims":
            return claims_by_story(rows, self.sources, self.stories, self.collapsed)
        return rows

    def set_list_title(self: Any) -> None:
        """The list's title, in short on a narrow screen ("Conflicts 4 · 8 below 0.…" was cut
        in the 29-cell list at 80x24)."""
        long, short = getattr(self, "list_titles", ("", ""))
        if long:
            self.main_list.border_title = Content(one_line(short if self.narrow else long))

    def _apply_rows(
        self: Any, keep: str | None = None, at: int = 0, *, announce: bool = True
    ) -> None:
        """Fill the list for the current view and filter, keeping the row `keep` if present
        (else the cursor goes to index `at`); `announce=False`: the row under the cursor
        is not selected again."""
        wanted = self.filters[self.view]
        rows = self._filtered_rows()
        cursor = next((i for i, r in enumerate(rows) if r.id == keep), None)
        lost = self._lost_row
        if cursor is None:
            cursor = _row_at(rows, at)
            if keep is not None and rows:
                # Gone for now (another terminal's re-analysis deletes, then finds again):
                # back to it at a later reload, unless the reviewer has moved meanwhile.
                self._lost_row = (keep, rows[cursor].id)
        elif lost is not None and keep == lost[1]:
            back = next((i for i, r in enumerate(rows) if r.id == lost[0]), None)
            cursor = cursor if back is None else back
            self._lost_row = lost if back is None else None
        elif lost is not None:
            self._lost_row = None
        shown = (
            conflicts_in(rows)
            if self.view == "conflicts"
            else claims_in(rows)
            if self.view == "claims"
            else len(rows)
        )
        if self.view == "claims" and self.claims_paged and not wanted.active:
            shown = self.claim_count  # the first page: the whole list's count
        below = next((r for r in rows if isinstance(r, SectionRow) and r.kind == "below"), None)
        if self.paged and self.view == "conflicts" and not wanted.active:
            # The first page: the whole list's counts, as the database gives them.
            shown = self.page_above
            if self.below_count:
                below = SectionRow(
                    "below", self.below_count, "below", self.threshold, open=self.show_below
                )
        # "Claims 22,485": at 1,000 articles "Claims 22485" read as a number to spell out
        title = f"{self.view.capitalize()} {shown:,}"
        if wanted.active:
            title += f" of {len(self._all_rows()):,} · {wanted.describe(self.sources)}"
        long = short = ""
        if below is not None and not below.open:
            long, short = (
                f" · {below.count} below {threshold_text(below.threshold)}",
                f" +{below.count} below",
            )
        if self.view == "conflicts" and self.sort != SORTS[0]:
            long, short = f"{long} · by {self.sort}", f"{short} by {self.sort}"
        if self.view != "conflicts":
            # The footer keeps the conflicts' keys and escape does not leave this list, so its
            # title says the way on (walk of gva records 2101-2400: no way back was shown).
            following = VIEWS[(VIEWS.index(self.view) + 1) % len(VIEWS)]
            long, short = f"{long} · c: {following}", f"{short} · c: {following}"
        self.list_titles = (title + long, title + short)
        self.set_list_title()
        if not rows and wanted.active and self._all_rows():
            self.main_list.empty = (
                f"Nothing {wanted.describe(self.sources)} here. f: change the filter."
            )
        elif self.loaded and not rows:
            self.main_list.empty = self._empty_message()
        self.main_list.set_rows(rows, cursor=cursor, announce=announce)
        if not rows:
            self._select(None)
            if wanted.active:
                self.clear_panes()

    def _first_conflict(self: Any) -> int:
        """Where a fresh list opens: its first conflict still to do (else its first), not
        the story heading above it."""
        rows = self._filtered_rows()
        todo = (i for i, r in enumerate(rows) if isinstance(r, Finding) and self._undecided(r))
        first = (i for i, r in enumerate(rows) if isinstance(r, Finding))
        return next(todo, next(first, 0))

    def _empty_message(self: Any) -> str:
        """What an empty list says when no filter explains it."""
        if self.view != "conflicts":
            return f"(no {self.view})"
        if self.claim_count:
            return "No conflicts found. Press c for every claim."
        return "No claims found in these sources."

    def action_toggle_below(self: Any) -> None:
        """Show or hide the conflicts scoring below the threshold (after the row that
        counts them; the cursor stays on its row)."""
        if self.view != "conflicts":
            self.notify("The threshold applies to the conflict list.", markup=False)
            return
        if not self.paged and not any(f.score < self.threshold for f in self._all_rows()):
            words = (
                "The score model sets no threshold: every conflict is listed, best first."
                if self.threshold <= 0
                else f"No conflict scores below the threshold ({threshold_text(self.threshold)})."
            )
            self.notify(words, markup=False)
            return
        self.show_below = not self.show_below
        rows, cursor = self.main_list.rows, self.main_list.cursor
        keep = getattr(self.main_list.current, "id", None)
        heading = next((i for i, r in enumerate(rows) if r.id == BELOW_ID), None)
        if not self.show_below and heading is not None and cursor > heading:
            keep = BELOW_ID  # the row under the cursor is hidden now: back to the heading
        self._apply_rows(keep=keep, at=cursor)

    def action_toggle_story(self: Any) -> None:
        """Open or shut the story under the cursor (its header stays, on the cursor)."""
        current = self.main_list.current
        if isinstance(current, SectionRow) and current.kind == "below":
            self.action_toggle_below()
            return
        story = story_of(self.main_list.rows, self.main_list.cursor)
        if story is None:
            self.notify("The conflicts are not grouped into stories here.", markup=False)
            return
        self.collapsed ^= {story.id}
        self._apply_rows(keep=story.id)

    def action_toggle_all_stories(self: Any) -> None:
        """Shut every story heading shown (a list of stories), or open them all when all
        are shut."""
        story = story_of(self.main_list.rows, self.main_list.cursor)
        headings = {row.id for row in self.main_list.rows if isinstance(row, StoryRow)}
        self.collapsed = set() if headings <= self.collapsed else self.collapsed | headings
        self._apply_rows(keep=story.id if story is not None else None)

    def _redraw_states(
        self, claim_ids: set[str] | None = None, keys: set[str] | None = None
    ) -> None:
        """Draw decisions: only what shows `claim_ids` (or the conflicts with claim `keys`)
        when given, else everything."""
        if claim_ids is None:
            self.main_list.redraw()
        else:
            wanted = keys or set()
            touched = self.tally.update(self.decisions, claim_ids, wanted)
            stories = {f.story_id for f in touched}  # their headings' progress
            self.main_list.redraw(
                lambda row: (
                    row.key in wanted or any(c.id in claim_ids for c in row.claims)
                    if isinstance(row, Finding)
                    else not claim_ids.isdisjoint(c.id for c in row.claims)
                    if isinstance(row, ClaimStoryRow)
                    else row.story.id in stories
                    if isinstance(row, StoryRow)
                    else row.id in claim_ids
                )
            )
        self.detail.restyle(self.decisions, claim_ids)
        for pane in self.panes:
            pane.restyle(self.statuses, claim_ids)
        self._show_status()

    def _refilter(self: Any, claim_ids: set[str], keys: set[str] | None = None) -> None:
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


def _row_at(rows: list[Any], at: int) -> int:
    """Where the cursor goes when its row is gone: the first row at or after `at` that is
    a conflict or a claim (not a heading a verdict cannot answer), else the last before."""

    def heading(row: Any) -> bool:
        return isinstance(row, StoryRow | SectionRow)

    after = (i for i in range(max(at, 0), len(rows)) if not heading(rows[i]))
    before = (i for i in range(min(at, len(rows)) - 1, -1, -1) if not heading(rows[i]))
    return next(after, next(before, at))
