"""Scroll views whose content changes size without a layout pass of the whole screen."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget


def resize_content(view: ScrollView, size: Size) -> None:
    """Give `view` a new content (virtual) size, laying out only what must move.

    Setting `virtual_size` lays out the whole screen and repaints every widget on it: on
    the review screen that was most of a key press. A scroll view's own region is fixed
    by the stylesheet whatever it holds, so only its scrollbars follow the new size; a
    scrollbar that appears or goes still lays the screen out (Textual's own reactive).
    """
    if size == view.virtual_size:
        return
    view.set_reactive(Widget.virtual_size, size)
    view._scroll_update(size)  # scrollbars and the scroll offset, clamped
    view.refresh()


class StyleOncePerPaint:
    """A line-drawing widget's own style and width worked out once per paint, not once
    per line: `rich_style` walks every ancestor (~0.1 ms) and the content region asks
    the scrollbars, and a decision repaints a dozen lines."""

    _painting = False
    _paint_style: Style | None = None
    _paint_width: int | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        self._painting, self._paint_style, self._paint_width = True, None, None
        try:
            return super().render_lines(crop)  # type: ignore[misc]
        finally:
            self._painting, self._paint_style, self._paint_width = False, None, None

    @property
    def base_style(self) -> Style:
        if not self._painting:
            return self.rich_style  # type: ignore[attr-defined]
        if self._paint_style is None:
            self._paint_style = self.rich_style  # type: ignore[attr-defined]
        return self._paint_style

    @property
    def content_width(self) -> int:
        if not self._painting:
            return self.scrollable_content_region.width  # type: ignore[attr-defined]
        if self._paint_width is None:
            self._paint_width = self.scrollable_content_region.width  # type: ignore[attr-defined]
        return self._paint_width


def wrap_hanging(text: Text, console: Console, width: int, hanging: int) -> list[Text]:
    """`text` wrapped to `width`, each paragraph's later lines indented by `hanging` cells."""
    if hanging <= 0 or hanging >= width // 2:
        lines = list(text.wrap(console, width, overflow="fold"))
    else:
        lines = []
        for paragraph in text.split("\n", allow_blank=True):
            first, *rest = paragraph.wrap(console, width, overflow="fold") or [Text()]
            lines.append(first)
            if rest:
                for line in rest:
                    line.rstrip()
                more = Text(" ").join(rest)  # the rest, re-wrapped in the narrower column
                for line in more.wrap(console, width - hanging, overflow="fold"):
                    lines.append(Text(" " * hanging).append_text(line))
    for line in lines:
        line.end = ""
    return lines


class TextView(StyleOncePerPaint, ScrollView, can_focus=False):
    """A scrollable block of literal Text, wrapped to the width and drawn a line at a
    time (a Static in a scroll container lays the screen out on every update)."""

    DEFAULT_CSS: ClassVar[str] = """
    TextView {
        overflow-x: hidden;
        overflow-y: auto;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._text = Text(end="")
        self._strips: list[Strip] = []
        self._width = -1
        self._hanging = 0

    def update(self, text: Text, *, hanging: int = 0) -> None:
        """Show `text` from its first line; with `hanging`, a line too long for the width
        goes on indented by that many cells (a label's column stays clear of its value)."""
        self._text = text
        self._hanging = hanging
        self._width = -1
        self.scroll_to(y=0, animate=False, immediate=True)
        self._wrap()
        self.refresh()

    def render(self) -> Text:
        """The text itself (what a reader sees, unwrapped), for tests."""
        return self._text

    def _wrap(self) -> bool:
        width = self.content_width
        if width <= 0:
            return False
        if width != self._width:
            console: Console = self.app.console
            lines = wrap_hanging(self._text, console, width, self._hanging)
            self._strips = [Strip(line.render(console)) for line in lines]
            self._width = width
            resize_content(self, Size(width, len(self._strips)))
        return True

    def on_resize(self) -> None:
        self._width = -1
        self._wrap()

    def render_line(self, y: int) -> Strip:
        width = self.content_width
        base = self.base_style
        index = y + round(self.scroll_y)
        if not self._wrap() or index >= len(self._strips):
            return Strip.blank(width, base)
        return self._strips[index].apply_style(base).crop_extend(0, width, base)
