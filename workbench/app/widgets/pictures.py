"""The two pictures as terminal widgets: the agreement matrix and the figure timeline.

Each is a Rich table drawn from the core's numbers (workbench.report). Colour helps
(green where outlets agree, red where they conflict, verdicts coloured) but every meaning
is also a symbol, so the pictures read on a monochrome terminal or in a screenshot.
"""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from workbench.app.text import one_line
from workbench.report.markdown import cell_text
from workbench.report.matrix import AgreementMatrix, Cell
from workbench.report.timeline import Point, Timeline

VERDICT_STYLES = {"verified": "bold green", "disputed": "bold red", "unresolved": "yellow"}


def short_record(matrix: AgreementMatrix, outlet: str) -> str:
    """An outlet's record in a few columns: =agreements ≠conflicts ✓right/judged."""
    rec = matrix.records[outlet]
    text = f"={rec.agreements} ≠{rec.conflicts}"
    return text + (f" ✓{rec.right}/{rec.judged}" if rec.judged else "")


def _cell_style(cell: Cell) -> str:
    if cell.empty:
        return "dim"
    if cell.agree >= cell.conflict:
        return "black on #a5d6a7"
    return "black on #ef9a9a"


MATRIX_LEGEND = (
    "= agree",
    "≠ conflict",
    "⚖ judged",
    "✓ row outlet right",
    "✗ wrong",
    "· none",
    "record: ✓ right / judged",
)
TIMELINE_LEGEND = (
    "≠ contradicts a same-day report",
    "↻ updates an earlier one",
    "= agrees",
    "✓ verified",
    "✗ disputed",
    "? unresolved",
)


def legend(items: tuple[str, ...], room: int | None = None) -> Text:
    """A legend's items on as few lines as `room` allows, a line breaking only between
    items (wrapped by Rich, "record:" ended one line and "✓ right / judged" began the next)."""
    lines: list[str] = []
    for item in items:
        if lines and (room is None or len(lines[-1]) + 2 + len(item) <= room):
            lines[-1] += f"  {item}"
        else:
            lines.append(item)
    return Text("\n".join(lines), style="dim")


def matrix_renderable(
    matrix: AgreementMatrix, name_width: int = 28, room: int | None = None
) -> RenderableType:
    """Outlets numbered down the side, each outlet's record beside its name, their numbers
    across the top."""
    if not matrix.outlets:
        return Text("No outlets to compare yet.", style="dim")
    table = Table(box=None, padding=(0, 1, 0, 0), show_edge=False, pad_edge=False)
    # Columns never shrink below their text: a narrow terminal scrolls sideways instead
    # of cutting a cell to "…". The record comes first, so it is never the part cut off.
    table.add_column("outlet", no_wrap=True, min_width=12, max_width=name_width + 4)
    widest = max(len(short_record(matrix, row)) for row in matrix.outlets)
    table.add_column("record", no_wrap=True, min_width=widest)
    for i, column in enumerate(matrix.outlets):
        texts = [cell_text(matrix.cell(row, column)) for row in matrix.outlets if row != column]
        table.add_column(
            str(i + 1), justify="center", no_wrap=True, min_width=max(map(len, texts), default=1)
        )
    for i, row in enumerate(matrix.outlets):
        cells: list[RenderableType] = [
            Text(f"{i + 1}. {one_line(row, name_width)}"),
            Text(short_record(matrix, row), style="bold"),
        ]
        for column in matrix.outlets:
            if row == column:
                cells.append(Text("—", style="dim"))
                continue
            cell = matrix.cell(row, column)
            cells.append(Text(f" {cell_text(cell)} ", style=_cell_style(cell)))
        table.add_row(*cells)
    return Group(table, legend(MATRIX_LEGEND, room))


def _point_text(point: Point) -> Text:
    text = Text(point.label, style="bold")
    if point.contradicts:
        text.append(" ≠", style="bold red")
    if point.updates:
        text.append(" ↻", style="bold yellow")
    if point.agrees:
        text.append(" =", style="green")
    if point.status:
        mark = {"verified": "✓", "disputed": "✗", "unresolved": "?"}[point.status]
        text.append(f" {mark}", style=VERDICT_STYLES[point.status])
    return text


def timeline_renderable(
    timeline: Timeline, name_width: int = 28, room: int | None = None
) -> RenderableType:
    """Outlets down the side, publication dates across, each figure where it was reported."""
    if not timeline.points:
        return Text("No figures for this role.", style="dim")
    dates = timeline.dates + (["no date"] if any(not p.published for p in timeline.points) else [])
    table = Table(box=None, padding=(0, 1, 0, 0), show_edge=False, pad_edge=False)
    table.add_column("outlet", no_wrap=True, min_width=12, max_width=name_width + 4)
    for day in dates:
        table.add_column(day, no_wrap=True, min_width=10)
    at: dict[tuple[str, str], list[Point]] = {}
    for point in timeline.points:  # once: a cell's points sought among all was cubic
        at.setdefault((point.outlet, point.published or "no date"), []).append(point)
    for outlet in timeline.outlets:
        row: list[RenderableType] = [Text(one_line(outlet, name_width))]
        for day in dates:
            here = at.get((outlet, day), [])
            cell = Text() if here else Text("·", style="dim")
            for k, point in enumerate(here):
                if k:
                    cell.append(", ")
                cell.append_text(_point_text(point))
            row.append(cell)
        table.add_row(*row)
    figures = Table(box=None, padding=(0, 1, 0, 0), show_edge=False, pad_edge=False)
    for name, least in (("published", 10), ("outlet", 12), ("figure", 12), ("words", 16)):
        figures.add_column(name, no_wrap=True, min_width=least, overflow="ellipsis")
    figures.add_column("note", overflow="fold")
    for point in timeline.points:
        figures.add_row(
            point.published or "no date",
            one_line(point.outlet, min(name_width, 20)),
            _point_text(point),
            one_line(point.text, 40 if name_width > 20 else 24),
            one_line(point.note or "", 60),
        )
    return Group(table, Text(""), figures, legend(TIMELINE_LEGEND, room))


def natural_width(renderable: RenderableType, room: int | None = None) -> int:
    """The width a picture needs: its tables uncut (the screen scrolls sideways when the
    terminal is narrower), and its legend on one line when `room` (the width the screen
    gives) holds it; a legend wider than that wraps within it (at 120 columns it wrapped
    under a narrow table that left the rest of the line empty)."""
    console = Console(width=1000)
    parts = renderable.renderables if isinstance(renderable, Group) else [renderable]
    tables = [p for p in parts if isinstance(p, Table)] or parts
    width = max(Measurement.get(console, console.options, p).maximum for p in tables)
    if room is not None:
        texts = [p for p in parts if isinstance(p, Text)]
        widest = max(
            (Measurement.get(console, console.options, t).maximum for t in texts), default=0
        )
        width = max(width, min(widest, room))
    return width


class AgreementGrid(Static):
    """The agreement matrix of the screen's scope."""

    drawn: RenderableType = ""
    """What the widget shows now (the pictures are read back by tests and by copy)."""

    def show(self, matrix: AgreementMatrix, name_width: int = 28, room: int | None = None) -> None:
        self.drawn = matrix_renderable(matrix, name_width, room)
        self.styles.width = natural_width(self.drawn, room)
        self.update(self.drawn)


class FigureTimeline(Static):
    """The figure timeline of one role."""

    drawn: RenderableType = ""

    def show(self, timeline: Timeline, name_width: int = 28, room: int | None = None) -> None:
        self.drawn = timeline_renderable(timeline, name_width, room)
        self.styles.width = natural_width(self.drawn, room)
        self.update(self.drawn)
