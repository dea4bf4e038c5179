"""A dialog's key hints ("enter: save · escape: cancel") on as many lines as its width
needs, a line breaking only between hints: wrapped as prose at 80 columns, "/: find"
broke after its key and "kept in the log" before its last word."""

from __future__ import annotations

from textual import events
from textual.widgets import Static

SEPARATOR = " · "


def packed(hints: str, width: int) -> str:
    """The hints on lines of at most `width` cells, each hint whole (one longer than a
    line gets a line of its own and wraps there)."""
    lines: list[str] = []
    for hint in hints.split(SEPARATOR):
        if lines and len(lines[-1]) + len(SEPARATOR) + len(hint) <= width:
            lines[-1] += SEPARATOR + hint
        else:
            lines.append(hint)
    return "\n".join(lines)


def fitted(hints: list[str], width: int | None, spare: tuple[str, ...] = ()) -> str:
    """The hints on one line of `width` cells: the `spare` ones left off whole, in that
    order, until the rest fit ("24 claims · [ ] step · o: UR…" at 120 columns: now
    "24 claims · [ ] step")."""
    kept = list(hints)
    for hint in spare:
        if not width or len(SEPARATOR.join(kept)) <= width:
            break
        if hint in kept:
            kept.remove(hint)
    return SEPARATOR.join(kept)


class Hint(Static):
    """Key hints that re-pack when the dialog's width changes."""

    def __init__(self, hints: str, *, id: str | None = None) -> None:
        super().__init__(hints, id=id, classes="hint", markup=False)
        self.hints = hints

    def show(self, hints: str) -> None:
        self.hints = hints
        self.update(packed(hints, self.size.width) if self.size.width else hints)

    def on_resize(self, event: events.Resize) -> None:
        self.update(packed(self.hints, event.size.width))
