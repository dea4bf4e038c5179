"""An article pane's title fitted to its border: the outlet and the date are what a
reviewer reads a pane by, so the other parts give way first. At 120 columns a pane has 29
cells for its title, and Textual cut "side 1 · The New York Times (republished copy) ·
2019-01-21" at its end: the date went first. Never imports Textual.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rich.cells import cell_len

SEPARATOR = " · "
BORDER_CELLS = 6
"""A border label's room is the pane's width less its two corners, their two border cells
and a blank on each side of the label."""
MIN_LABEL = 12
"""The outlet is cut to this many cells before "NO ARTICLE TEXT" gives way to "NO TEXT"
(which a reader may take for an empty pane)."""
MIN_ORIGINAL = 6
"""Fewer cells of a copy's original than this say nothing: "COPY" alone then."""


@dataclass(frozen=True, slots=True)
class TitleParts:
    """What a pane's title says, each part in its longest form (on one display-safe line:
    `text.one_line`)."""

    number: str
    """The pane's number ("2"), or its side's when it shows one side of a conflict."""
    side: bool
    label: str
    """The outlet (else the headline, else the file)."""
    date: str
    copy_of: str | None = None
    """The original's label when the article is a copy."""
    bare: bool = False
    """Site furniture only: its article was lost by the scraper."""
    not_english: bool = False
    """Marked `bare` for its language: "NOT ENGLISH" says so (the tool reads English only)."""
    show_side: bool = True
    show_number: bool = True
    show_www: bool = True
    """False: the outlet and the original without their "www." (a host's, not a name's)."""
    bare_short: bool = False
    original_room: int | None = None
    """Cells left for the original's name (None: whole; 0: "COPY" alone)."""
    label_room: int | None = None

    def text(self) -> str:
        parts = []
        if self.show_number:
            parts.append(f"side {self.number}" if self.side and self.show_side else self.number)
        label, copy_of = self.label, self.copy_of
        if not self.show_www:
            label, copy_of = _no_www(label) or label, _no_www(copy_of)
        if copy_of is not None:
            original = _cut(copy_of, self.original_room)
            parts.append(f"COPY of {original}" if original else "COPY")
        if self.bare and self.not_english:
            parts.append("NOT ENGLISH")
        elif self.bare:
            parts.append("NO TEXT" if self.bare_short else "NO ARTICLE TEXT")
        parts.append(_cut(label, self.label_room) or "…")
        parts.append(self.date)
        return SEPARATOR.join(parts)


def _cut(text: str, room: int | None) -> str:
    """`text` in `room` cells, ending with an ellipsis when cut ("" when room is 0)."""
    if room is None or cell_len(text) <= room:
        return text
    if room <= 0:
        return ""
    kept = ""
    for char in text:
        if cell_len(kept + char) > room - 1:
            break
        kept += char
    return kept.rstrip() + "…"


def _no_www(name: str | None) -> str | None:
    """A host name without its "www." (the scraped outlets are hosts: "www.wlwt.com")."""
    if name and name.lower().startswith("www.") and " " not in name and len(name) > 4:
        return name[4:]
    return name


def _room_for(parts: TitleParts, field_name: str, room: int) -> int:
    """The cells left for one part once every other part is written (never below 1)."""
    without = replace(parts, **{field_name: "x"}).text()  # the part as one cell
    return max(1, room - cell_len(without) + 1)


def fitted_parts(parts: TitleParts, width: int | None) -> TitleParts:
    """The longest form of the title that fits a pane `width` cells wide, shortening the
    least useful part first: "side" (the pane's place says it), "www.", the pane's number
    (its place again, and "(1/2)" on a narrow screen's border), the copy's original (down
    to "COPY"), the outlet (with an ellipsis, to `MIN_LABEL` cells), "NO ARTICLE TEXT" (to
    "NO TEXT"), then the outlet again. The date is kept whole; only a pane too narrow for
    the date alone loses it, at Textual's own cut."""
    if not width:
        return parts
    room = width - BORDER_CELLS
    steps = [
        lambda p: replace(p, show_side=False),
        lambda p: replace(p, show_www=False),
        lambda p: replace(p, show_number=False),
        lambda p: _cut_original(p, room),
        lambda p: replace(p, label_room=max(MIN_LABEL, _room_for(p, "label", room))),
        lambda p: replace(p, bare_short=True, label_room=None),  # the outlet whole again
        lambda p: replace(p, label_room=_room_for(p, "label", room)),
    ]
    for step in steps:
        if cell_len(parts.text()) <= room:
            break
        parts = step(parts)
    return parts


def _cut_original(parts: TitleParts, room: int) -> TitleParts:
    """The copy's original cut to what fits beside the rest, or "COPY" alone."""
    if parts.copy_of is None:
        return parts
    without = replace(parts, original_room=0).text()
    left = room - cell_len(without) - len(" of ")
    return replace(parts, original_room=left if left >= MIN_ORIGINAL else 0)
