"""The review screen's article panes: which article each pane shows and where, the
cache of articles read, reading ahead, and the pane keys. A mixin of `MainScreen`, kept
apart so each module has one job."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

from textual import work
from textual.content import Content

from workbench.app import data
from workbench.app.data import Article, ClaimRef, Finding
from workbench.app.format import finding_sides
from workbench.app.pane_title import BORDER_CELLS, TitleParts, fitted_parts
from workbench.app.queue import PaneSpot
from workbench.app.text import count_of, one_line
from workbench.app.widgets import ArticleView
from workbench.app.widgets.hint import fitted

ARTICLE_CACHE = 32
SETTLE_SECONDS = 0.06
"""How long a held key's database reads wait for the next press before going ahead."""
MAX_PANES = 4


class Panes:
    """Pane work for `MainScreen` (which provides the widgets and the selection)."""

    def _cached(self: Any, source_ids: list[int]) -> list[Article] | None:
        """The articles if every one is in the cache (now the most recent), else None."""
        wanted = [i for i in source_ids if i in self.sources]
        if any(i not in self._articles for i in wanted):
            return None
        for i in wanted:
            self._articles.move_to_end(i)
        return [self._articles[i] for i in wanted]

    def _remember(self: Any, articles: list[Article]) -> None:
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

    async def _articles_for(self: Any, source_ids: list[int]) -> list[Article]:
        """Articles from the cache, the rest read on the reader thread in one go."""
        missing = [i for i in source_ids if i not in self._articles and i in self.sources]
        if missing:
            infos = [self.sources[i] for i in missing]
            self._remember(
                await self.db.read(lambda store: [data.article(store, i) for i in infos])
            )
        found = [i for i in source_ids if i in self._articles]
        return self._cached(found) or []

    def _fill(self: Any, plan: list[PaneSpot], focus_ids: set[str]) -> None:
        """Fill the panes in this very frame when the articles are at hand, else read them."""
        plan = plan[: self.pane_count]
        articles = self._cached([spot.source_id for spot in plan])
        if articles is None:
            self.fill_panes(plan, focus_ids)
            return
        self.workers.cancel_group(self, "panes")
        self._show_articles(articles, plan, focus_ids)
        self.read_ahead()

    def _show_articles(
        self, articles: list[Article], plan: list[PaneSpot], focus_ids: set[str]
    ) -> None:
        by_id = {a.info.id: a for a in articles}
        for i, pane in enumerate(self.panes):
            spot = plan[i] if i < len(plan) else None
            article = by_id.get(spot.source_id) if spot is not None else None
            pane.side = spot.side if spot is not None else None
            pane.empty_message = "(not part of this selection: press s to choose a source)"
            pane.show(
                article,
                self.statuses,
                focus_ids=focus_ids,
                current_id=spot.claim_id if spot is not None else None,
            )
        self._retitle_panes()

    def clear_panes(self: Any) -> None:
        """No row left in the list (a filter that matches nothing): the panes showed the
        conflict selected before it, under "Nothing selected." (walk42)."""
        self.workers.cancel_group(self, "panes")
        for pane in self.panes:
            pane.side = None
            pane.empty_message = "(nothing in the list: f changes the filter)"
            pane.show(None, self.statuses)
        self._retitle_panes()

    @work(exclusive=True, group="panes")
    async def fill_panes(self: Any, plan: list[PaneSpot], focus_ids: set[str]) -> None:
        """Show the selection's sources, one per pane, each at its side's claim."""
        if self._rapid:
            await asyncio.sleep(SETTLE_SECONDS)  # a held key: read only where it stops
        articles = await self._articles_for([spot.source_id for spot in plan])
        self._show_articles(articles, plan, focus_ids)
        self.read_ahead()

    @work(exclusive=True, group="read-ahead")
    async def read_ahead(self: Any) -> None:
        """Read the articles of the rows around the cursor, so moving there is instant."""
        rows, cursor = self.main_list.rows, self.main_list.cursor
        wanted: list[int] = []
        for index in (cursor + 1, cursor - 1, cursor + 2, cursor + 3):
            if 0 <= index < len(rows):
                wanted += self._sources_of(rows[index])[: self.pane_count]
        missing = [
            i for i in dict.fromkeys(wanted) if i in self.sources and i not in self._articles
        ]
        details = [
            d
            for index in (cursor + 1, cursor - 1)
            if 0 <= index < len(rows)
            and (d := self.detail_wanted(rows[index])) is not None
            and d not in self._details
        ]
        if not missing and not details:
            return
        infos = [self.sources[i] for i in missing]
        generation = self._detail_generation

        def read(store: Any) -> tuple[list[Article], dict]:
            articles = [data.article(store, i) for i in infos]
            return articles, {d: data.claim_detail(store, *d) for d in details}

        articles, found = await self.db.read(read)
        self._remember(articles)
        self.remember_details(found, generation)

    def _sources_of(self: Any, row: Any) -> list[int]:
        if isinstance(row, Finding):
            return list(dict.fromkeys(spot.source_id for spot in self._plan(row)))
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
        pane.side = self._side_shown(selection, source_id, pane.side)
        shown = {c.id for c in selection.claims} if isinstance(selection, Finding) else set()
        if isinstance(selection, ClaimRef):
            shown = {selection.id}
        if hit is not None:  # a sentence of the text, which the pane shows below the title
            hit = (hit[0] + articles[0].body_start, hit[1] + articles[0].body_start)
        pane.show(articles[0], self.statuses, focus_ids=shown, current_id=current_id, hit=hit)
        self._retitle_panes()
        if focus:
            self._activate_pane(index)
        elif self.narrow:
            self.active_pane = index
            self._layout_panes()

    def _side_shown(self: Any, selection: Any, source_id: int, side: int | None) -> int | None:
        """The conflict's side a pane shows once `source_id` is put in it (a search result,
        a source chosen): the side it showed when that side's source is this one, else
        the side this source's claims are on, else none (a pane once kept "side 1" over
        side 2's outlet, opened there by a search; walk33)."""
        if not isinstance(selection, Finding):
            return None
        sides = [spot.side for spot in self._plan(selection) if spot.source_id == source_id]
        return side if side in sides else (sides[0] if sides else None)

    def _title_parts(self: Any, pane: ArticleView) -> TitleParts | None:
        """What the pane's title says, in its longest form (None: the pane is empty)."""
        article = pane.article
        if article is None:
            return None
        info = article.info
        original = None
        if info.copy_of is not None:
            found = self.sources.get(info.copy_of)
            original = one_line(found.label if found else info.copy_of_file)
        side = pane.side is not None and isinstance(self.main_list.current, Finding)
        return TitleParts(
            number=str((pane.side if side else pane.index) + 1),  # pane n shows side n
            side=side,
            label=one_line(info.label),
            date=info.published or "no date",
            copy_of=original,
            bare=self.sources.get(info.id, info).bare,  # a sign-up box where the article was
            not_english=self.sources.get(info.id, info).not_english,
        )

    def _title_pane(self: Any, pane: ArticleView, numbering: tuple[bool, bool, bool]) -> None:
        article = pane.article
        parts = self._title_parts(pane)
        if article is None or parts is None:
            pane.border_title = Content(f"{pane.index + 1} · empty")
            pane.border_subtitle = None
            return
        width = pane.outer_size.width or None
        show_side, show_number, show_www = numbering
        parts = replace(parts, show_side=show_side, show_number=show_number, show_www=show_www)
        pane.border_title = Content(fitted_parts(parts, width).text())
        count = len(article.claims)
        hints = (
            [count_of(count, "claim"), "[ ] step", "o: URL"]
            if count
            else ["no claims in this source"]
        )
        row = self.main_list.current
        if self.narrow and self.pane_count > 1:
            sides = len(finding_sides(row, self.sources)) if isinstance(row, Finding) else 0
            flip = "w: other side" if sides > 1 else "w: next pane"
            hints.append(f"{flip} ({pane.index + 1}/{self.pane_count})")
        # Within the border, its corners off: a hint left off whole, never one cut short.
        room = width - BORDER_CELLS if width else None
        pane.border_subtitle = Content(fitted(hints, room, spare=("o: URL", "[ ] step")))

    def on_article_view_resized(self: Any) -> None:
        self._retitle_panes()

    def _retitle_panes(self: Any) -> None:
        """Title every pane again (what is known of its source grew after the first paint,
        its width changed, another pane's article changed): panes side by side number
        themselves alike, so when one has no room for "side 1" none says "side", and name
        their outlets alike: "1 · cbs58.com" beside "2 · www.tmj4.com" read as two kinds
        of name (walk of gva records 2101-2400)."""
        shown = [p for p in self.panes if p.display and p.outer_size.width]
        fits = [
            fitted_parts(parts, p.outer_size.width)
            for p in shown
            if (parts := self._title_parts(p)) is not None
        ]
        numbering = (
            all(f.show_side for f in fits),
            all(f.show_number for f in fits),
            all(f.show_www for f in fits),
        )
        for pane in self.panes:
            self._title_pane(pane, numbering)

    def _activate_pane(self: Any, index: int) -> None:
        self.active_pane = index
        self._layout_panes()
        self.panes[index].focus()

    def _target_pane(self: Any) -> int:
        focused = self.focused
        if isinstance(focused, ArticleView) and focused.index < self.pane_count:
            return focused.index
        return self.active_pane if self.narrow else 0

    def action_switch_pane(self: Any) -> None:
        index = (self._target_pane() + 1) % self.pane_count
        self._activate_pane(index)
        self._retitle_panes()

    def action_add_pane(self: Any) -> None:
        if self.pane_count < MAX_PANES:
            self.pane_count += 1
            self._layout_panes()
            self._select(self.main_list.current)

    def action_remove_pane(self: Any) -> None:
        if self.pane_count > 1:
            self.pane_count -= 1
            self._layout_panes()
            if self.focused is None:
                self.main_list.focus()
