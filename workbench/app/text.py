"""Untrusted article text made safe to draw, and wrapped with exact offsets.

Article text reaches the screen only through `rich.text.Text` objects built here, never
through markup strings, so brackets in an article stay brackets. Control characters
(ANSI escapes among them) are swapped one for one with visible stand-ins: the display
can never drive the terminal, and every claim offset still points at the same
character. This module never imports Textual.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

from rich.cells import cell_len
from rich.text import Text

# Characters that reorder or hide text: shown as a replacement mark instead.
_INVISIBLE_FORMAT = (
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u206a\u206b"
    "\u206c\u206d\u206e\u206f\ufeff"
)
_TOKEN = re.compile(r"\s+|\S+\s*")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _table(keep_newlines: bool) -> dict[int, str]:
    """One stand-in per character, so offsets never move: C0 controls become the Unicode
    "control pictures" (ESC shows as ␛), DEL ␡, C1 controls and bidi overrides �."""
    table = {code: chr(0x2400 + code) for code in range(0x20)}
    table[ord("\t")] = " "
    table[ord("\n")] = "\n" if keep_newlines else " "
    table[0x7F] = "\u2421"
    table.update({code: "\ufffd" for code in range(0x80, 0xA0)})
    table.update({ord(c): "\ufffd" for c in _INVISIBLE_FORMAT})
    return table


_KEEP_NEWLINES = _table(True)
_FLAT = _table(False)


def display_safe(text: str, *, keep_newlines: bool = True) -> str:
    """The text with every control character replaced by one visible stand-in (same length)."""
    if text.isascii() and text.isprintable():
        return text
    safe = text.translate(_KEEP_NEWLINES if keep_newlines else _FLAT)
    return _SURROGATE.sub("\ufffd", safe)


def one_line(text: str | None, limit: int | None = None) -> str:
    """A display-safe single line, shortened with an ellipsis past `limit` characters."""
    flat = " ".join(display_safe(text or "", keep_newlines=False).split())
    if limit is not None and len(flat) > limit:
        return flat[: max(0, limit - 1)] + "…"
    return flat


def literal(text: str | None, style: str = "") -> Text:
    """A single display-safe line as a Text: never parsed as markup."""
    return Text(one_line(text), style=style, no_wrap=True, end="")


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Start and end offsets of each screen line when `text` is word-wrapped to `width` cells.

    Every character belongs to exactly one line (newlines end lines and are not drawn),
    so an offset in the text maps to one line and back.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    pos = 0
    for paragraph in text.split("\n"):
        line_start, column = pos, 0
        for match in _TOKEN.finditer(paragraph):
            token = match.group()
            token_start = pos + match.start()
            core = cell_len(token.rstrip())
            if column and column + core > width:
                lines.append((line_start, token_start))
                line_start, column = token_start, 0
            if core <= width:
                column += cell_len(token)
                continue
            for i, char in enumerate(token):  # a word wider than the line: fold it
                char_width = cell_len(char)
                if column and column + char_width > width and not char.isspace():
                    lines.append((line_start, token_start + i))
                    line_start, column = token_start + i, 0
                column += char_width
        lines.append((line_start, pos + len(paragraph)))
        pos += len(paragraph) + 1
    return lines


def line_of(lines: list[tuple[int, int]], offset: int) -> int:
    """The index of the wrapped line holding `offset`."""
    starts = [start for start, _ in lines]
    return max(0, bisect_right(starts, offset) - 1)


def highlight_runs(
    start: int, end: int, layers: list[tuple[int, int, str]]
) -> list[tuple[int, int, tuple[str, ...]]]:
    """The text from `start` to `end` cut where a highlight layer (its own start, end and
    name, bottom first) begins or ends: each run with the names of the layers over it."""
    cuts = {start, end}
    for s, e, _ in layers:
        cuts.update(x for x in (s, e) if start < x < end)
    runs = []
    for a, b in pairwise(sorted(cuts)):
        names = tuple(name for s, e, name in layers if s <= a and e >= b)
        runs.append((a, b, names))
    return runs


def count_of(n: int, one: str, many: str | None = None) -> str:
    """A count and its noun in the number it takes ("1 claim", "24 claims")."""
    return f"{n} {one if n == 1 else many or one + 's'}"
