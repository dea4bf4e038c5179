"""The review screen's claim detail: which claim it shows, read from the database, and
kept for the rows around the cursor. A mixin of `MainScreen`, kept apart so each module
has one job.

A detail read after the move is drawn in a frame of its own (a second full paint of the
screen); the details of the next rows are read ahead with their articles, and a
decision's write reads the new detail on the writer thread, so a move or a decision is
drawn once.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from typing import Any

from textual import work

from workbench.app import data
from workbench.app.data import ClaimDetail, Finding
from workbench.app.screens.panes import SETTLE_SECONDS

DETAIL_CACHE = 64


class Details:
    """The detail's reads for `MainScreen` (which provides the widgets)."""

    _details: OrderedDict[tuple[str, str | None], ClaimDetail]
    _detail_generation: int
    """Counts the times every detail was forgotten: a read ahead begun before is old."""
    _just_written: tuple[str, str | None, ClaimDetail] | None
    """While a write's result is applied: the detail it read after committing (claim,
    conflict key, detail), so the redraw needs no read of its own."""
    _detail_target: str | None
    detail_claim: ClaimDetail | None

    def _detail_key(self: Any) -> str | None:
        """The conflict whose verdicts and note the detail shows beside its claim's."""
        finding = self.detail.finding
        return finding.key if finding is not None and finding.group == "conflict" else None

    def show_detail_of(self: Any, claim_id: str) -> None:
        """Show `claim_id`'s detail: at once when it was read ahead, else once read."""
        self._detail_target = claim_id
        cached = self._details.get((claim_id, self._detail_key()))
        if cached is None:
            self.load_detail(claim_id)
            return
        self.workers.cancel_group(self, "detail")
        self._put_detail(cached)

    def _put_detail(self: Any, detail: ClaimDetail) -> None:
        self.detail_claim = detail
        self.detail.show_detail(detail)

    def reload_detail(self: Any) -> None:
        """Read the detail of the claim last asked for again (its history changed); not
        the one last shown, which a move may already have replaced."""
        self._details.clear()  # every history may have changed
        self._detail_generation += 1
        target, written = self._detail_target, self._just_written
        if target is None:
            return
        if written is not None and written[:2] == (target, self._detail_key()):
            self.workers.cancel_group(self, "detail")
            self._put_detail(written[2])
            return
        self.load_detail(target)

    @work(exclusive=True, group="detail")
    async def load_detail(self: Any, claim_id: str) -> None:
        self._detail_target = claim_id
        if self._rapid:
            await asyncio.sleep(SETTLE_SECONDS)  # a held key: read only where it stops
        if not self.query("#detail-body"):
            return  # the screen is closing: there is no panel to fill
        key = self._detail_key()
        detail = await self.db.read(lambda store: data.claim_detail(store, claim_id, key))
        if self.query("#detail-body"):  # a closing screen removes the body before the panel
            self._put_detail(detail)

    def written_detail(self: Any) -> Any:
        """What a write reads after committing: the detail on screen, new (see `_write`)."""
        target, key = self._detail_target, self._detail_key()

        def read(store: Any) -> tuple[str, str | None, ClaimDetail] | None:
            return None if target is None else (target, key, data.claim_detail(store, target, key))

        return read

    def detail_wanted(self: Any, row: Any) -> tuple[str, str | None] | None:
        """The detail a move to `row` shows first (its first pane's claim), if any."""
        if not isinstance(row, Finding) or not row.claims:
            return None
        plan = self._plan(row)
        claim_id = plan[0].claim_id if plan else row.claims[0].id
        return claim_id, row.key if row.group == "conflict" else None

    def remember_details(
        self: Any, found: dict[tuple[str, str | None], ClaimDetail], generation: int
    ) -> None:
        """Keep details read ahead, unless a decision came in between (they may be old)."""
        if generation != self._detail_generation:
            return
        for wanted, detail in found.items():
            self._details[wanted] = detail
            self._details.move_to_end(wanted)
        while len(self._details) > DETAIL_CACHE:
            self._details.popitem(last=False)
