"""One article in a pane: its literal text with every claim highlighted by review state.

The display-safe article is wrapped by `text.wrap_offsets`, so an offset maps to a
screen line, and each visible line is drawn straight to segments from the claim
offsets (never markup). A line is drawn again only when something on it changes: a
decision or a new selection refreshes the lines of the claims involved, not the pane,
so a key press costs a few lines however long the article.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from workbench.app.claim_marks import (
    STATE_CLASSES,
    claim_sentences,
    claims_by_line,
    line_layers,
    lines_of,
    sentence_start,
)
from workbench.app.data import Article
from workbench.app.keys import PANE_BINDINGS
from workbench.app.text import display_safe, line_of, wrap_offsets
from workbench.app.widgets.scrolling import StyleOncePerPaint, resize_content
from workbench.models import Claim


class ArticleView(StyleOncePerPaint, ScrollView, can_focus=True, inherit_bindings=False):
    """A pane showing one source; `[` and `]` step through the claims in its text."""

    BINDINGS: ClassVar[list[BindingType]] = PANE_BINDINGS

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *STATE_CLASSES.values(),
        "article--sentence",
        "article--focus",
        "article--hit",
        "article--empty",
    }

    @dataclass
    class ClaimChosen(Message):
        """The reviewer stepped onto another claim in this pane."""

        view: ArticleView
        claim_id: str

    @dataclass
    class Resized(Message):
        """The pane was laid out at another size: its title is fitted to the width it has
        now (a pane shown again at 80 columns kept the width it had when hidden)."""

        view: ArticleView

    def __init__(self, index: int, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.index = index
        """Position of this pane, from 0."""
        self.article: Article | None = None
        """The source shown, or None for an empty pane."""
        self.focus_ids: set[str] = set()
        """Claims of the selected conflict: highlighted strongly, their sentences softly."""
        self.current_id: str | None = None
        """The claim a tag from this pane applies to."""
        self.side: int | None = None
        """Which side of the selected conflict this pane stands for (from 0), if any."""
        self.hit: tuple[int, int] | None = None
        """A search result's sentence, marked softly."""
        self.statuses: Mapping[str, str] = {}
        self.empty_message = "(no source: press s to choose one)"
        self._plain = ""
        self._claims: list[Claim] = []
        """The article's claims by position in the text."""
        self._sentences: list[tuple[int, int]] = []
        """Sentences of the strongly highlighted claims."""
        self._lines: list[tuple[int, int]] = []
        self._line_claims: list[list[int]] = []
        """Per wrapped line, the indices (in `_claims`) of the claims that touch it."""
        self._wrapped_width = -1
        self._pending_offset: int | None = None
        self._styles: dict[tuple[str, ...], Style] = {}
        self._cache: LRUCache[int, Strip] = LRUCache(1024)

    # --- what is shown ------------------------------------------------------------------

    def show(
        self,
        article: Article | None,
        statuses: Mapping[str, str],
        *,
        focus_ids: Iterable[str] = (),
        current_id: str | None = None,
        hit: tuple[int, int] | None = None,
    ) -> None:
        """Show a source, scrolled to its current claim (or the search hit).

        The same source again (the next conflict between the same articles) keeps its
        wrapped lines and redraws only the lines whose highlights change.
        """
        same = (
            article is not None
            and self.article is not None
            and article.info.id == self.article.info.id
            and article.text == self.article.text
            and self._lines
            and statuses is self.statuses
        )
        before = self._marked_lines() if same else set()
        self.article = article
        self.statuses = statuses
        self.focus_ids = set(focus_ids)
        if article is not None:
            ids = {c.id for c in article.claims}
            self.focus_ids &= ids
            if current_id not in ids:
                current_id = next((c.id for c in article.claims if c.id in self.focus_ids), None)
        self.current_id = current_id
        self.hit = hit
        if same:
            self._find_sentences()
            self._redraw_lines(before | self._marked_lines())
        else:
            self._plain = display_safe(article.text) if article is not None else ""
            self._claims = sorted(article.claims, key=lambda c: (c.start, c.end)) if article else []
            self._find_sentences()
            self._invalidate()
        target = self.current_claim
        if hit is not None:
            self.scroll_to_offset(hit[0])
        elif target is not None:
            self.scroll_to_offset(target.start)  # cheap when the same: its lines are cached
        elif not same:
            self.scroll_to_offset(0)

    def select(self, claim_id: str) -> None:
        """Make `claim_id` the current claim, redrawing only the lines that change."""
        before = self._marked_lines()
        self.current_id = claim_id
        self._find_sentences()
        self._redraw_lines(before | self._marked_lines())

    def restyle(
        self, statuses: Mapping[str, str] | None = None, claim_ids: Iterable[str] | None = None
    ) -> None:
        """Draw again after decisions changed colours (the layout is unchanged).

        With `claim_ids`, only the lines of those claims are drawn again.
        """
        if statuses is not None:
            self.statuses = statuses
        if claim_ids is None:
            self._cache.clear()
            self.refresh()
            return
        wanted = set(claim_ids)
        lines: set[int] = set()
        for claim in self._claims:
            if claim.id in wanted:
                lines.update(self._lines_of(claim.start, claim.end))
        self._redraw_lines(lines)

    @property
    def current_claim(self) -> Claim | None:
        if self.article is None or self.current_id is None:
            return None
        return next((c for c in self._claims if c.id == self.current_id), None)

    @property
    def visible_text(self) -> str:
        """The lines on screen as plain text (what a reader sees), for tests and the log."""
        self._ensure_wrapped()
        top = round(self.scroll_y)
        height = self.scrollable_content_region.height
        return "\n".join(self._plain[s:e] for s, e in self._lines[top : top + height])

    # --- claims in the text -------------------------------------------------------------

    def _step(self, delta: int) -> None:
        if self.article is None or not self._claims:
            return
        claims = self._claims
        current = self.current_claim
        if current is None:
            top_offset = self._lines[round(self.scroll_y)][0] if self._lines else 0
            index = next((i for i, c in enumerate(claims) if c.start >= top_offset), 0)
            index = index if delta > 0 else max(0, index - 1)
        else:
            index = max(0, min(claims.index(current) + delta, len(claims) - 1))
        self.select(claims[index].id)
        self.scroll_to_offset(claims[index].start, only_if_hidden=True)
        self.post_message(self.ClaimChosen(self, claims[index].id))

    def action_next_claim(self) -> None:
        self._step(1)

    def action_previous_claim(self) -> None:
        self._step(-1)

    # --- scrolling ----------------------------------------------------------------------

    def scroll_to_offset(self, offset: int, *, only_if_hidden: bool = False) -> None:
        """Bring the line holding `offset` to the upper third of the pane."""
        if not self._ensure_wrapped():
            self._pending_offset = offset
            return
        line = line_of(self._lines, offset)
        height = self.scrollable_content_region.height
        top = round(self.scroll_y)
        if only_if_hidden and top <= line < top + height:
            return
        self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True)

    def on_resize(self) -> None:
        """Rewrap to a new width and bring the current claim's sentence back to the upper
        third (the same line offset would show other text); with no current claim, keep
        the top line."""
        self.post_message(self.Resized(self))
        pending, self._pending_offset = self._pending_offset, None
        current = self.current_claim
        if pending is None and current is not None:
            pending = sentence_start(self.article, current)
        if pending is None and self.scrollable_content_region.width == self._wrapped_width:
            return  # only the height changed: the lines are still right
        anchor = None
        if pending is None and self._lines:
            anchor = self._lines[min(round(self.scroll_y), len(self._lines) - 1)][0]
        if not self._ensure_wrapped():
            self._pending_offset = pending
        elif pending is not None:
            self.scroll_to_offset(pending)
        elif anchor is not None:
            self.scroll_to(y=line_of(self._lines, anchor), animate=False, immediate=True)

    # --- what changes where -------------------------------------------------------------

    def _strong(self) -> set[str]:
        return self.focus_ids | ({self.current_id} if self.current_id else set())

    def _find_sentences(self) -> None:
        """The sentences of the strongly highlighted claims, marked softly."""
        self._sentences = (
            claim_sentences(self.article, self._claims, self._strong()) if self.article else []
        )

    def _lines_of(self, start: int, end: int) -> range:
        return lines_of(self._lines, start, end)

    def _marked_lines(self) -> set[int]:
        """Lines carrying a selection-dependent highlight (strong claims, sentences, hit)."""
        lines: set[int] = set()
        strong = self._strong()
        for claim in self._claims:
            if claim.id in strong:
                lines.update(self._lines_of(claim.start, claim.end))
        for start, end in self._sentences:
            lines.update(self._lines_of(start, end))
        if self.hit is not None:
            lines.update(self._lines_of(*self.hit))
        return lines

    def _redraw_lines(self, lines: Iterable[int]) -> None:
        for line in sorted(set(lines)):
            self._cache.discard(line)
            self.refresh_line(line)

    # --- drawing ------------------------------------------------------------------------

    def _invalidate(self) -> None:
        self._wrapped_width = -1
        self._lines = []
        self._line_claims = []
        self._cache.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        """The theme or the focus changed: look the component styles up again."""
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()

    def _ensure_wrapped(self) -> bool:
        """Wrap to the current width; False while the pane has no width yet."""
        width = self.content_width
        if width <= 0:
            return False
        if width != self._wrapped_width:
            self._lines = wrap_offsets(self._plain, width) if self.article else []
            self._wrapped_width = width
            self._line_claims = claims_by_line(self._lines, self._claims)
            self._cache.clear()
            resize_content(self, Size(width, len(self._lines)))
        return True

    def _style(self, *names: str) -> Style:
        """The pane's own style with the named component styles layered on, in order.

        Component styles come from app.tcss; a translucent background is blended onto
        what lies beneath (Rich has no alpha, and layered highlights must keep each
        other's colours).
        """
        style = self._styles.get(names)
        if style is None:
            if not names:
                style = self.rich_style
            else:
                style = self._style(*names[:-1]) + self._component(names[-1])
            self._styles[names] = style
        return style

    def _component(self, name: str) -> Style:
        styles = self.get_component_styles(name)
        style = self.get_component_rich_style(name, partial=True)
        if styles.has_rule("background") and styles.background.a < 1:
            blended = self.background_colors[1] + styles.background
            style += Style(bgcolor=blended.rich_color)
        return style

    def line_runs(self, index: int) -> list[tuple[int, int, tuple[str, ...]]]:
        """Wrapped line `index` as runs of text offsets, each with its highlight layers
        (soft sentence, search hit, claim state, focus), bottom first."""
        touching = [self._claims[i] for i in self._line_claims[index]]
        return line_layers(
            self._lines[index], self._sentences, self.hit, touching, self.statuses, self._strong()
        )

    def render_line(self, y: int) -> Strip:
        width = self.content_width
        base = self._style()
        if self.article is None:  # the message wrapped: cut to one line, it lost its key
            message = Text(self.empty_message, style=self._style("article--empty"))
            lines = message.wrap(self.app.console, max(width, 1)) if width > 0 else []
            if y >= len(lines):
                return Strip.blank(width, base)
            line = lines[y]
            line.end = ""
            return Strip(line.render(self.app.console)).crop_extend(0, width, base)
        if not self._ensure_wrapped():
            return Strip.blank(width, base)
        index = y + round(self.scroll_y)
        if index >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._cache.get(index)
        if strip is None:
            plain = self._plain
            segments = [
                Segment(plain[a:b], self._style(*names))
                for a, b, names in self.line_runs(index)
                if b > a
            ]
            strip = Strip(segments).crop_extend(0, width, base)
            self._cache[index] = strip
        return strip
