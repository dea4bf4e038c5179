"""The review screen's deciding half: verdicts, single tags and notes.

A mixin of `MainScreen` (which owns the list, the detail and the panes), kept apart so
each module has one job; taking a decision back is `Undoing`'s, moving through what is
still to do is `Moving`'s. Every write goes to the database thread and is shown as saved
only once it is committed.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from workbench.app import writes
from workbench.app.data import ClaimRef, Finding, SectionRow, StoryRow
from workbench.app.format import finding_sides
from workbench.app.queue import next_to_do
from workbench.app.screens.note import NoteDialog
from workbench.app.screens.verdict import VerdictChoice, VerdictDialog
from workbench.app.text import one_line
from workbench.app.widgets import ArticleView
from workbench.app.widgets.status_line import saved_words
from workbench.models import Note, Review, Verdict
from workbench.store import StoreError

T = TypeVar("T")


_NOT_A_CONFLICT = {
    SectionRow: "This row heads a part of the list (B shows or hides the conflicts below the "
    "threshold); verdicts go on conflicts.",
    StoryRow: "This is a story's heading: enter or z opens and shuts it; verdicts go on its "
    "conflicts.",
}
"""What a verdict key says on a heading of the conflict list."""
_ELSEWHERE = "A verdict answers a conflict: select one in the conflict list (c switches)."
SAVING_SHOWN_AFTER = 0.1
"""A write still waiting after this long says so ("saving 1…"). Most commit sooner: a
frame painted at once only to say it cost a decision a third of its CPU."""


class Deciding:
    """Keys that decide something, for `MainScreen` (which provides the widgets)."""

    advance: bool = True
    """After a verdict, move to the next conflict still to do (`A` turns it off)."""

    # --- what a key applies to ------------------------------------------------------------

    def _conflict(self: Any, *, warn: bool = True) -> Finding | None:
        row = self.main_list.current
        if isinstance(row, Finding) and row.group == "conflict" and row.claims:
            return row
        if warn:
            said = _NOT_A_CONFLICT.get(type(row), _ELSEWHERE)
            self.notify(said, markup=False, severity="warning")
        return None

    def _targets(self: Any) -> list[str]:
        """The one claim a tag applies to, by where the focus is: the pane's claim, the
        claim under the claims' cursor (also on a conflict row), or the claim row."""
        focused = self.focused
        if isinstance(focused, ArticleView):
            return [focused.current_id] if focused.current_id else []
        row = self.main_list.current
        if isinstance(row, ClaimRef) and focused is not self.detail.aligned:
            return [row.id]
        claim = self.detail.aligned.current
        return [claim.id] if claim is not None else []

    # --- writing ----------------------------------------------------------------------------

    def _write(self: Any, fn: Callable[[Any], T], then: Callable[[T], None]) -> None:
        """Run `fn(store)` on the writer thread, then `then(result)` once it is committed."""
        detail = self.written_detail()
        future = self.db.submit(lambda store: (fn(store), detail(store)))
        self.saving += 1
        self.set_timer(SAVING_SHOWN_AFTER, self._show_saving)
        self.run_worker(self._after(future, then), group="write")

    def _show_saving(self: Any) -> None:
        if self.saving:
            self._show_status()

    async def _after(self: Any, future: Future, then: Callable[[Any], None]) -> None:
        """Apply a committed write with the detail it read after it (one redraw)."""
        try:
            result, self._just_written = await asyncio.wrap_future(future)
        except (StoreError, sqlite3.Error) as exc:
            self.saving -= 1
            self.notify(f"Not saved: {exc}", severity="error", markup=False, timeout=8)
            self._show_status()
            return
        self.saving -= 1
        try:
            then(result)
        finally:
            self._just_written = None

    def _took(self: Any, reviews: list[Review]) -> set[str]:
        """Apply committed log rows to the statuses the widgets draw."""
        for review in reviews:
            if review.status is None:
                self.statuses.pop(review.claim_id, None)
            else:
                self.statuses[review.claim_id] = review.status
        return {r.claim_id for r in reviews}

    def _took_verdicts(self: Any, key: str, standing: list[Verdict]) -> None:
        if standing:
            self.decisions.verdicts[key] = standing
        else:
            self.decisions.verdicts.pop(key, None)

    # --- verdicts ---------------------------------------------------------------------------

    def action_verdict_side(self: Any, index: int) -> None:
        finding = self._conflict()
        if finding is None:
            return
        sides = finding_sides(finding, self.sources)
        if index >= len(sides):
            self.notify(
                f"This conflict has {len(sides)} sides: press 1 to {len(sides)}.",
                markup=False,
                severity="warning",
            )
            return
        self._give_verdict(finding, "right", index)

    def action_verdict_this_side(self: Any) -> None:
        finding = self._conflict()
        claim = self.detail.aligned.current
        if finding is None or claim is None:
            return
        sides = finding_sides(finding, self.sources)
        index = next(i for i, side in enumerate(sides) if claim in side.claims)
        self._give_verdict(finding, "right", index)

    def action_verdict(self: Any, answer: str) -> None:
        finding = self._conflict()
        if finding is not None:
            self._give_verdict(finding, answer, None)

    async def action_verdict_dialog(self: Any) -> None:
        finding = self._conflict()
        if finding is None:
            return
        sides = finding_sides(finding, self.sources)
        standing = self.decisions.verdicts.get(finding.key, [])
        mine = next((v for v in standing if v.reviewer == self.reviewer), None)
        current = None
        if mine is not None:
            current = mine.verdict
            if mine.verdict == "right":
                picked = set(mine.right_claim_ids)
                found = (i for i, s in enumerate(sides) if picked & {c.id for c in s.claims})
                current = next((f"right:{i}" for i in found), None)
        note = self.decisions.notes.get(finding.key)
        old_note = note.note if note else ""

        def chosen(choice: VerdictChoice | None) -> None:
            if choice is None:
                return
            if choice.note.strip() != (old_note or ""):
                self._save_note("conflict", finding.key, choice.note)
            self._give_verdict(finding, choice.verdict, choice.side)

        dialog = VerdictDialog(
            sides,
            current,
            old_note,
            role=finding.role,
            update=finding.relation == "update",
        )
        await self.app.push_screen(dialog, callback=chosen)

    def _give_verdict(self: Any, finding: Finding, answer: str, side: int | None) -> None:
        sides = finding_sides(finding, self.sources)
        right = [c.id for c in sides[side].claims] if side is not None else []
        value = sides[side].written if side is not None else None
        snapshot = [s.as_dict() for s in sides]
        reviewer, key = self.reviewer, finding.key

        def write(store: Any) -> tuple[Verdict, list[Review], list[Verdict]]:
            verdict, reviews = writes.verdict(
                store, finding.id, answer, reviewer, right, value, snapshot
            )
            return verdict, reviews, store.verdicts([key]).get(key, [])

        def done(result: tuple[Verdict, list[Review], list[Verdict]]) -> None:
            verdict, reviews, standing = result
            changed = self._took(reviews)
            self._took_verdicts(key, standing)
            answer = verdict.label.split(":")[0]  # "right" of "right: 27 people"
            self.saved = saved_words(
                f"saved: {one_line(verdict.label, 30)}", f"saved: {answer}", "saved: verdict"
            )
            self._decided(changed, finding)
            if self.advance and self.main_list.current is finding:
                self._advance()

        self._write(write, done)

    def _decided(self: Any, changed: set[str], finding: Finding | None = None) -> None:
        """Redraw after a write; the detail shows the new history."""
        rows = None if finding is None else {finding.key}
        self._redraw_states(changed, rows)
        self.reload_detail()
        if self.filters[self.view].state != "all":
            self._refilter(changed, rows)

    def _advance(self: Any) -> None:
        rows = self.main_list.rows
        index = next_to_do(rows, self.main_list.cursor, self.decisions)
        if index is None and self.paged:
            return  # the rest of the list is still being read
        if index is None:
            self.notify(
                "Every conflict in this list is done." + self._hidden_below(),
                markup=False,
                timeout=3,
            )
        elif index != self.main_list.cursor:
            self.main_list.cursor = index

    def action_toggle_advance(self: Any) -> None:
        self.advance = not self.advance
        state = "on" if self.advance else "off"
        self.notify(f"Move to the next open conflict after a verdict: {state}.", markup=False)
        self._show_status()

    # --- single claims ------------------------------------------------------------------------

    def action_tag(self: Any, status: str) -> None:
        ids = self._targets()
        if not ids:
            self.notify(
                "Nothing to tag here: select a conflict or a claim.",
                markup=False,
                severity="warning",
            )
            return
        reviewer = self.reviewer

        def done(reviews: list[Review]) -> None:
            changed = self._took(reviews)
            self.saved = saved_words(f"saved: {len(reviews)} {status}")
            self._decided(changed)

        self._write(lambda store: writes.tag(store, ids, status, reviewer), done)

    # --- notes ------------------------------------------------------------------------------

    async def action_note(self: Any) -> None:
        focused = self.focused
        row = self.main_list.current
        on_claim = isinstance(focused, ArticleView) or focused is self.detail.aligned
        if isinstance(row, Finding) and row.group == "conflict" and row.claims and not on_claim:
            subject, subject_id = "conflict", row.key
            title = f"the conflict: {one_line(row.reason, 80)}"
        else:
            ids = self._targets()
            if not ids:
                self.notify(
                    "Select a conflict or a claim to write a note on.",
                    markup=False,
                    severity="warning",
                )
                return
            subject, subject_id = "claim", ids[0]
            title = "this claim"
            claim = self.detail_claim.claim if self.detail_claim else None
            if claim is not None and claim.id == subject_id:
                # a mention counted in two roles is two claims: the role says which one
                role = f" ({claim.role})" if claim.role else ""
                title = f"“{claim.text}”{role}"
        note = await self.db.read(lambda store: store.current_note(subject, subject_id))

        def save(result: str | None) -> None:
            if result is not None and result != (note or ""):
                self._save_note(subject, subject_id, result)

        await self.app.push_screen(NoteDialog(title, note), callback=save)

    def _save_note(self: Any, subject: str, subject_id: str, text: str) -> None:
        """A new edit of the note (an undo puts back the text before it)."""
        reviewer = self.reviewer

        def done(note: Note) -> None:
            self._note_shown(note, "saved: note" if note.note else "saved: note cleared")

        self._write(lambda store: writes.set_note(store, subject, subject_id, text, reviewer), done)

    def _note_shown(self: Any, note: Note, *saved: str) -> None:
        """A committed note edit on screen: the conflict's in the list, and the detail."""
        if note.subject == "conflict":
            if note.note:
                self.decisions.notes[note.subject_id] = note
            else:
                self.decisions.notes.pop(note.subject_id, None)
        self.saved = saved_words(*saved)
        self._show_status()
        self.reload_detail()
