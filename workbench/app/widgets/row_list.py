"""A keyboard list that draws only the rows on screen.

Textual's OptionList builds every option up front (seconds for 30,000 claims); this
list keeps plain row objects and renders a row only when it scrolls into view, so a
large corpus opens at once and a key press costs the same at any size.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from workbench.app.widgets.scrolling import StyleOncePerPaint, resize_content


class RowList(StyleOncePerPaint, ScrollView, can_focus=True, inherit_bindings=False):
    """Rows of any kind, drawn by a `render_row(row, width) -> Text` callback."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Down", show=False, id="list.down", tooltip="Next row"),
        Binding("k,up", "cursor_up", "Up", show=False, id="list.up", tooltip="Previous row"),
        Binding(
            "pagedown",
            "page_down",
            "Page down",
            show=False,
            id="list.page_down",
            tooltip="A screenful down",
        ),
        Binding(
            "pageup", "page_up", "Page up", show=False, id="list.page_up", tooltip="A screenful up"
        ),
        Binding("home,g", "first", "First", show=False, id="list.first", tooltip="First row"),
        Binding("end,G", "last", "Last", show=False, id="list.last", tooltip="Last row"),
        Binding(
            "enter",
            "select",
            "Open",
            show=False,
            id="list.select",
            tooltip="Open the highlighted row",
        ),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "row-list--cursor",
        "row-list--empty",
        "row-list--dim",
        "row-list--kind",
        "row-list--state-open",
        "row-list--state-partial",
        "row-list--state-decided",
        "row-list--state-gone",
        "row-list--state-cant_tell",
        "row-list--state-not_conflict",
        "row-list--state-disagreed",
        "row-list--story",
        "row-list--status-none",
        "row-list--status-verified",
        "row-list--status-disputed",
        "row-list--status-unresolved",
    }

    cursor: reactive[int] = reactive(0, always_update=True, init=False)
    """Index of the highlighted row."""

    @dataclass
    class Highlighted(Message):
        """The cursor moved to another row."""

        row_list: RowList
        index: int
        row: Any

        @property
        def control(self) -> RowList:
            return self.row_list

    @dataclass
    class Selected(Message):
        """Enter (or a click) on a row."""

        row_list: RowList
        index: int
        row: Any

        @property
        def control(self) -> RowList:
            return self.row_list

    def __init__(
        self,
        render_row: Callable[[Any, int], Text],
        *,
        on_move: Callable[[Any], None] | None = None,
        empty: str = "(nothing here)",
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._render_row = render_row
        self._on_move = on_move
        """Called with the new row as the cursor moves, before the next frame is drawn
        (a `Highlighted` message arrives a frame later: the screen would show the cursor
        on the new row beside the old row's detail)."""
        self.rows: list[Any] = []
        """The rows, in display order."""
        self.moved_by_user = False
        """The cursor last moved by a key or a click, not by new rows (`set_rows`)."""
        self.empty = empty
        """What to say when there are no rows."""
        self._cache: LRUCache[tuple[int, int, bool], Strip] = LRUCache(512)

    # --- content ------------------------------------------------------------------------

    def set_rows(
        self, rows: Sequence[Any], *, cursor: int | None = None, announce: bool = True
    ) -> None:
        """Replace the rows, keeping the cursor at `cursor` (clamped) or where it was.

        With `announce=False` the cursor moves without a `Highlighted` message: the
        caller already acts on the new first row itself.
        """
        self.rows = list(rows)
        self.moved_by_user = False
        self._cache.clear()
        resize_content(self, Size(self.size.width, len(self.rows)))
        target = self.cursor if cursor is None else cursor
        target = max(0, min(target, len(self.rows) - 1))
        if announce:
            self.cursor = target
        else:
            self.set_reactive(RowList.cursor, target)
            self._scroll_cursor_visible()
        self.refresh()

    def redraw(self, which: Callable[[Any], bool] | None = None) -> None:
        """Draw rows again after their state changed (not their order): every row, or
        only the rows `which` accepts."""
        if which is None:
            self._cache.clear()
            self.refresh()
            return
        for key in list(self._cache.keys()):
            index = key[0]
            if index < len(self.rows) and which(self.rows[index]):
                self._cache.discard(key)
        top = round(self.scroll_y)
        height = self.scrollable_content_region.height
        for index in range(top, min(top + height, len(self.rows))):
            if which(self.rows[index]):
                self.refresh_line(index)

    def style(self, name: str) -> Style:
        """A named row style from app.tcss (`RowList > .row-list--NAME`)."""
        return self.get_component_rich_style(f"row-list--{name}", partial=True)

    @property
    def current(self) -> Any | None:
        if 0 <= self.cursor < len(self.rows):
            return self.rows[self.cursor]
        return None

    # --- cursor -------------------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.rows) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self._scroll_cursor_visible()
        self.refresh_line(old)
        self.refresh_line(new)
        if self.rows:
            if self._on_move is not None:
                self._on_move(self.rows[new])
            self.post_message(self.Highlighted(self, new, self.rows[new]))

    def _scroll_cursor_visible(self) -> None:
        height = self.scrollable_content_region.height or 1
        top = round(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False)

    def action_cursor_down(self) -> None:
        self.moved_by_user = True
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.moved_by_user = True
        self.cursor -= 1

    def action_page_down(self) -> None:
        self.moved_by_user = True
        self.cursor += max(1, self.scrollable_content_region.height - 1)

    def action_page_up(self) -> None:
        self.moved_by_user = True
        self.cursor -= max(1, self.scrollable_content_region.height - 1)

    def action_first(self) -> None:
        self.moved_by_user = True
        self.cursor = 0

    def action_last(self) -> None:
        self.moved_by_user = True
        self.cursor = len(self.rows) - 1

    def action_select(self) -> None:
        if self.rows:
            self.post_message(self.Selected(self, self.cursor, self.rows[self.cursor]))

    def on_click(self, event: events.Click) -> None:
        index = event.y + round(self.scroll_y)
        if 0 <= index < len(self.rows):
            self.moved_by_user = True
            self.cursor = index
            if event.chain > 1:
                self.action_select()

    def on_focus(self) -> None:
        self._redraw_cursor()

    def on_blur(self) -> None:
        self._redraw_cursor()

    def _redraw_cursor(self) -> None:
        """The cursor row is drawn differently with and without the focus."""
        for key in list(self._cache.keys()):
            if key[2]:
                self._cache.discard(key)
        self.refresh_line(self.cursor)

    def on_resize(self) -> None:
        self._cache.clear()
        # Already inside a layout pass: setting virtual_size would ask for another one.
        resize_content(self, Size(self.size.width, len(self.rows)))
        self._scroll_cursor_visible()

    # --- drawing ------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.content_width
        index = y + round(self.scroll_y)
        base = self.base_style
        if not self.rows:
            if y:
                return Strip.blank(width, base)
            style = base + self.get_component_rich_style("row-list--empty")
            return Strip(
                Text(self.empty, style=style, end="").render(self.app.console)
            ).crop_extend(0, width, base)
        if index >= len(self.rows):
            return Strip.blank(width, base)
        is_cursor = index == self.cursor
        key = (index, width, is_cursor)
        strip = self._cache.get(key)
        if strip is None:
            text = self._render_row(self.rows[index], width).copy()
            text.no_wrap = True
            text.end = ""
            style = base
            if is_cursor:
                style = base + self.get_component_rich_style("row-list--cursor")
                text.stylize_before(style)
            else:
                text.stylize_before(base)
            strip = Strip(text.render(self.app.console)).crop_extend(0, width, style)
            self._cache[key] = strip
        return strip
