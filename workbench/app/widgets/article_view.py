"""One article in a pane: its literal text with every claim highlighted by review state.

The text is a `rich.text.Text` built from the display-safe article and styled with
`Text.stylize` on claim offsets (never markup), wrapped by `text.wrap_offsets` so that
an offset maps to a screen line; only the visible lines are drawn.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from workbench.app.data import Article
from workbench.app.text import display_safe, line_of, wrap_offsets
from workbench.models import Claim

STATE_CLASSES = {
    None: "article--unreviewed",
    "verified": "article--verified",
    "disputed": "article--disputed",
    "unresolved": "article--unresolved",
}


class ArticleView(ScrollView, can_focus=True, inherit_bindings=False):
    """A pane showing one source; `[` and `]` step through the claims in its text."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "j,down",
            "scroll_down",
            "Scroll down",
            show=False,
            id="pane.down",
            tooltip="Scroll the article one line down",
        ),
        Binding(
            "k,up",
            "scroll_up",
            "Scroll up",
            show=False,
            id="pane.up",
            tooltip="Scroll the article one line up",
        ),
        Binding(
            "pagedown,space",
            "page_down",
            "Page down",
            show=False,
            id="pane.page_down",
            tooltip="Scroll the article a screenful down",
        ),
        Binding(
            "pageup",
            "page_up",
            "Page up",
            show=False,
            id="pane.page_up",
            tooltip="Scroll the article a screenful up",
        ),
        Binding(
            "home",
            "scroll_home",
            "Top",
            show=False,
            id="pane.top",
            tooltip="Go to the top of the article",
        ),
        Binding(
            "end",
            "scroll_end",
            "Bottom",
            show=False,
            id="pane.bottom",
            tooltip="Go to the end of the article",
        ),
        Binding(
            "right_square_bracket",
            "next_claim",
            "Next claim",
            id="pane.next_claim",
            tooltip="Select the next claim in this article",
        ),
        Binding(
            "left_square_bracket",
            "previous_claim",
            "Prev claim",
            id="pane.previous_claim",
            tooltip="Select the previous claim in this article",
        ),
    ]

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
        self.hit: tuple[int, int] | None = None
        """A search result's sentence, marked softly."""
        self.statuses: Mapping[str, str] = {}
        self.empty_message = "(no source: press s to choose one)"
        self._plain = ""
        self._text: Text | None = None
        self._lines: list[tuple[int, int]] = []
        self._line_texts: list[Text] = []
        self._wrapped_width = -1
        self._pending_offset: int | None = None
        self._cache: LRUCache[int, Strip] = LRUCache(256)

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
        """Show a source, scrolled to its current claim (or the search hit)."""
        self.article = article
        self._plain = display_safe(article.text) if article is not None else ""
        self.statuses = statuses
        self.focus_ids = set(focus_ids)
        if article is not None:
            ids = {c.id for c in article.claims}
            self.focus_ids &= ids
            if current_id not in ids:
                current_id = next((c.id for c in article.claims if c.id in self.focus_ids), None)
        self.current_id = current_id
        self.hit = hit
        self._invalidate(rewrap=True)
        target = self.current_claim
        if hit is not None:
            self.scroll_to_offset(hit[0])
        elif target is not None:
            self.scroll_to_offset(target.start)
        else:
            self.scroll_to_offset(0)

    def restyle(self, statuses: Mapping[str, str] | None = None) -> None:
        """Draw again after decisions changed colours (the layout is unchanged)."""
        if statuses is not None:
            self.statuses = statuses
        self._text = None
        self._line_texts = []
        self._cache.clear()
        self.refresh()

    @property
    def current_claim(self) -> Claim | None:
        if self.article is None or self.current_id is None:
            return None
        return next((c for c in self.article.claims if c.id == self.current_id), None)

    @property
    def visible_text(self) -> str:
        """The lines on screen as plain text (what a reader sees), for tests and the log."""
        self._ensure_wrapped()
        top = round(self.scroll_y)
        height = self.scrollable_content_region.height
        return "\n".join(str(t) for t in self._line_texts[top : top + height])

    # --- claims in the text -------------------------------------------------------------

    def _step(self, delta: int) -> None:
        if self.article is None or not self.article.claims:
            return
        claims = self.article.claims
        current = self.current_claim
        if current is None:
            top_offset = self._lines[round(self.scroll_y)][0] if self._lines else 0
            index = next((i for i, c in enumerate(claims) if c.start >= top_offset), 0)
            index = index if delta > 0 else max(0, index - 1)
        else:
            index = max(0, min(claims.index(current) + delta, len(claims) - 1))
        self.current_id = claims[index].id
        self.restyle()
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
        """Rewrap to the new width, keeping the requested claim or the top line in view."""
        pending, self._pending_offset = self._pending_offset, None
        anchor = None
        if pending is None and self._lines:
            anchor = self._lines[min(round(self.scroll_y), len(self._lines) - 1)][0]
        if not self._ensure_wrapped():
            self._pending_offset = pending
        elif pending is not None:
            self.scroll_to_offset(pending)
        elif anchor is not None:
            self.scroll_to(y=line_of(self._lines, anchor), animate=False, immediate=True)

    # --- drawing ------------------------------------------------------------------------

    def _invalidate(self, *, rewrap: bool) -> None:
        self._text = None
        self._line_texts = []
        if rewrap:
            self._wrapped_width = -1
            self._lines = []
        self._cache.clear()
        self.refresh()

    def _ensure_wrapped(self) -> bool:
        """Wrap to the current width; False while the pane has no width yet."""
        width = self.scrollable_content_region.width
        if width <= 0:
            return False
        if width != self._wrapped_width:
            self._lines = wrap_offsets(self._plain, width) if self.article else []
            self._wrapped_width = width
            self._line_texts = []
            self._cache.clear()
            self.virtual_size = Size(width, len(self._lines))
        return True

    def _style(self, name: str) -> Style:
        """A component style from app.tcss, its translucent background blended onto ours
        (Rich has no alpha, and layered highlights must keep each other's colours)."""
        styles = self.get_component_styles(name)
        style = self.get_component_rich_style(name, partial=True)
        if styles.has_rule("background") and styles.background.a < 1:
            blended = self.background_colors[1] + styles.background
            style += Style(bgcolor=blended.rich_color)
        return style

    def _build(self) -> Text:
        """The article as one Text: claims coloured by state, the selection on top."""
        assert self.article is not None
        text = Text(self._plain, end="", no_wrap=True)
        by_id = {s.id: s for s in self.article.sentences}
        strong = self.focus_ids | ({self.current_id} if self.current_id else set())
        for claim in self.article.claims:
            if claim.id in strong:
                sentence = by_id.get(claim.sentence_id) if claim.sentence_id else None
                if sentence is None:
                    sentence = next(
                        (s for s in self.article.sentences if s.start <= claim.start < s.end),
                        None,
                    )
                if sentence is not None:
                    text.stylize(self._style("article--sentence"), sentence.start, sentence.end)
        if self.hit is not None:
            text.stylize(self._style("article--hit"), *self.hit)
        for claim in self.article.claims:
            name = STATE_CLASSES.get(self.statuses.get(claim.id), "article--unreviewed")
            text.stylize(self._style(name), claim.start, claim.end)
        for claim in self.article.claims:
            if claim.id in strong:
                text.stylize(self._style("article--focus"), claim.start, claim.end)
        return text

    def _line_text(self, y: int) -> Text:
        if not self._line_texts:
            if self._text is None:
                self._text = self._build()
            cuts = [start for start, _ in self._lines[1:]]
            pieces = list(self._text.divide(cuts)) if self._lines else []
            for piece, (start, end) in zip(pieces, self._lines, strict=False):
                extra = len(piece) - (end - start)
                if extra > 0:
                    piece.right_crop(extra)
            self._line_texts = pieces
        return self._line_texts[y]

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if self.article is None:
            if y:
                return Strip.blank(width, base)
            message = Text(self.empty_message, style=base + self._style("article--empty"))
            return Strip(message.render(self.app.console)).crop_extend(0, width, base)
        self._ensure_wrapped()
        index = y + round(self.scroll_y)
        if index >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._cache.get(index)
        if strip is None:
            line = self._line_text(index).copy()
            line.stylize_before(base)
            strip = Strip(line.render(self.app.console)).crop_extend(0, width, base)
            self._cache[index] = strip
        return strip
