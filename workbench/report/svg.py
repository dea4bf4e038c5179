"""The two pictures as SVG for the HTML report: self-contained, text as text, no script.

Written directly (a few rectangles, lines and labels) rather than through a plotting
library: both pictures are grids of labelled marks, and an SVG a browser shows as it is,
searchable and escaped like the rest of the page, needs no more than this.
Every colour is backed by a symbol or a number, so a grey print still reads.
"""

from __future__ import annotations

import math
from xml.sax.saxutils import escape, quoteattr

from workbench.report.matrix import AgreementMatrix, Cell
from workbench.report.timeline import Point, Timeline
from workbench.safe_text import terminal_safe

FONT = "font-family='DejaVu Sans, Helvetica, Arial, sans-serif'"
AGREE, CONFLICT, RIGHT, WRONG, NEUTRAL = "#2e7d32", "#c62828", "#1565c0", "#6a1b9a", "#757575"
SHAPES = ("circle", "square", "diamond", "triangle", "cross")


def _text(x: float, y: float, text: str, size: int = 12, **attrs: str) -> str:
    extra = "".join(f" {k.replace('_', '-')}={quoteattr(v)}" for k, v in attrs.items())
    return (
        f"<text x='{x:.1f}' y='{y:.1f}' font-size='{size}' xml:space='preserve'{extra}>"
        f"{_safe(text)}</text>"
    )


def _safe(text: str) -> str:
    """Outlets and roles come from articles: control characters (which XML does not even
    allow) and bidi overrides shown as escapes, then the markup escaped."""
    return escape(terminal_safe(text))


def _short(name: str, limit: int = 28) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def cell_tint(cell: Cell) -> str:
    """Green where agreement dominates, red where conflict does, white where nothing met."""
    if cell.empty:
        return "#ffffff"
    share = cell.agree / (cell.agree + cell.conflict)
    if share >= 0.5:
        return f"rgba(46,125,50,{0.15 + 0.45 * share:.2f})"
    return f"rgba(198,40,40,{0.15 + 0.45 * (1 - share):.2f})"


def matrix_svg(matrix: AgreementMatrix) -> str:
    """Outlets by outlets: =agree ≠conflict ⚖judged, and the row's ✓right ✗wrong."""
    n = len(matrix.outlets)
    label_w, cell_w, cell_h, top = 230, 96, 46, 30
    width, height = label_w + cell_w * max(n, 1) + 140, top + cell_h * max(n, 1) + 60
    out = [
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
        f"viewBox='0 0 {width} {height}' {FONT} role='img'>",
        "<title>Agreement matrix</title>",
        f"<rect width='{width}' height='{height}' fill='white'/>",
    ]
    for j in range(n):
        x = label_w + j * cell_w + cell_w / 2
        out.append(_text(x, top - 8, str(j + 1), 12, text_anchor="middle", font_weight="bold"))
    out.append(_text(label_w + n * cell_w + 10, top - 8, "record", 11, font_weight="bold"))
    for i, row in enumerate(matrix.outlets):
        y = top + i * cell_h
        out.append(
            _text(label_w - 8, y + cell_h / 2 + 4, f"{i + 1}. {_short(row)}", 12, text_anchor="end")
        )
        for j, column in enumerate(matrix.outlets):
            x = label_w + j * cell_w
            cell = matrix.cell(row, column)
            fill = "#eeeeee" if i == j else cell_tint(cell)
            out.append(
                f"<rect x='{x}' y='{y}' width='{cell_w}' height='{cell_h}' "
                f"fill='{fill}' stroke='#9e9e9e'/>"
            )
            if i == j or cell.empty:
                out.append(
                    _text(
                        x + cell_w / 2,
                        y + cell_h / 2 + 4,
                        "·",
                        12,
                        fill=NEUTRAL,
                        text_anchor="middle",
                    )
                )
                continue
            out.append(_text(x + 6, y + 18, f"={cell.agree}", 12, fill=AGREE))
            out.append(_text(x + cell_w / 2, y + 18, f"≠{cell.conflict}", 12, fill=CONFLICT))
            if cell.judged:
                verdict = f"⚖{cell.judged} ✓{cell.right} ✗{cell.wrong}"
                out.append(_text(x + 6, y + 36, verdict, 11, fill=RIGHT))
        rec = matrix.records[row]
        summary = f"={rec.agreements} ≠{rec.conflicts}"
        if rec.judged:
            summary += f" ✓{rec.right}/{rec.judged}"
        out.append(_text(label_w + n * cell_w + 10, y + cell_h / 2 + 4, summary, 11))
    legend = (
        "= times their claims agree   ≠ times they conflict   ⚖ conflicts judged   "
        "✓ row outlet right   ✗ row outlet wrong"
    )
    out.append(_text(10, height - 20, legend, 11, fill="#424242"))
    out.append("</svg>")
    return "\n".join(out)


def nice_step(raw: float) -> float:
    """The smallest 1, 2 or 5 times a power of ten at least `raw`: ticks a reader can add."""
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def _marker(shape: str, x: float, y: float, colour: str, hollow: bool) -> str:
    fill = "white" if hollow else colour
    style = f"fill='{fill}' stroke='{colour}' stroke-width='2'"
    if shape == "circle":
        return f"<circle cx='{x:.1f}' cy='{y:.1f}' r='6' {style}/>"
    if shape == "square":
        return f"<rect x='{x - 5.5:.1f}' y='{y - 5.5:.1f}' width='11' height='11' {style}/>"
    if shape == "diamond":
        pts = f"{x:.1f},{y - 7:.1f} {x + 7:.1f},{y:.1f} {x:.1f},{y + 7:.1f} {x - 7:.1f},{y:.1f}"
        return f"<polygon points='{pts}' {style}/>"
    if shape == "triangle":
        pts = f"{x:.1f},{y - 7:.1f} {x + 7:.1f},{y + 6:.1f} {x - 7:.1f},{y + 6:.1f}"
        return f"<polygon points='{pts}' {style}/>"
    return (
        f"<path d='M{x - 6:.1f},{y - 6:.1f} L{x + 6:.1f},{y + 6:.1f} M{x - 6:.1f},"
        f"{y + 6:.1f} L{x + 6:.1f},{y - 6:.1f}' stroke='{colour}' stroke-width='2.5'/>"
    )


PALETTE = ("#1565c0", "#ef6c00", "#2e7d32", "#6a1b9a", "#00838f", "#5d4037", "#ad1457")


def timeline_svg(timeline: Timeline) -> str:
    """Publication time across, the figure up; each outlet its own shape and colour."""
    points = [p for p in timeline.points if p.low is not None or p.high is not None]
    dates = timeline.dates + (["undated"] if any(not p.published for p in points) else [])
    outlets = timeline.outlets
    left, top, plot_w, plot_h = 90, 40, max(420, 150 * len(dates)), 300
    width, height = left + plot_w + 40, top + plot_h + 100 + 18 * len(outlets)
    finite = [v for p in points for v in (p.low, p.high) if v is not None]
    exact = [p.low for p in points if not p.vague and p.low is not None]
    step = nice_step(max(exact or finite or [1.0]) * 1.15 / 4)
    ceiling = step * 4
    out = [
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
        f"viewBox='0 0 {width} {height}' {FONT} role='img'>",
        f"<title>Figure timeline: {_safe(timeline.title or timeline.role or 'no role')}</title>",
        f"<rect width='{width}' height='{height}' fill='white'/>",
        f"<line x1='{left}' y1='{top + plot_h}' x2='{left + plot_w}' y2='{top + plot_h}' "
        "stroke='#424242'/>",
        f"<line x1='{left}' y1='{top}' x2='{left}' y2='{top + plot_h}' stroke='#424242'/>",
        _text(
            10,
            20,
            f"Figure timeline — {timeline.title or timeline.role or 'no role'}",
            14,
            font_weight="bold",
        ),
    ]

    def y_of(value: float) -> float:
        return top + plot_h - min(value, ceiling) / ceiling * plot_h

    for k in range(5):
        value = ceiling * k / 4
        out.append(
            f"<line x1='{left - 4}' y1='{y_of(value):.1f}' x2='{left + plot_w}' "
            f"y2='{y_of(value):.1f}' stroke='#e0e0e0'/>"
        )
        out.append(_text(left - 8, y_of(value) + 4, f"{value:,.0f}", 10, text_anchor="end"))
    column = plot_w / max(len(dates), 1)
    for d, day in enumerate(dates):
        out.append(
            _text(left + column * (d + 0.5), top + plot_h + 18, day, 11, text_anchor="middle")
        )
    where: dict[str, tuple[float, float]] = {}
    for d, day in enumerate(dates):
        on_day = [p for p in points if (p.published or "undated") == day]
        for k, point in enumerate(on_day):
            x = left + column * d + column * (k + 1) / (len(on_day) + 1)
            where[point.claim_id] = (x, y_of(point.low if point.low is not None else 0))
            out.extend(_point(point, x, y_of, outlets, ceiling))
    for point in points:
        links = [(c, CONFLICT, "") for c in point.contradicts if c < point.claim_id]
        links += [(c, NEUTRAL, " stroke-dasharray='5,4'") for c in point.updates]
        for cid, colour, dash in links:
            if cid in where and point.claim_id in where:
                (x1, y1), (x2, y2) = where[cid], where[point.claim_id]
                out.append(
                    f"<line x1='{x1:.1f}' y1='{y1:.1f}' x2='{x2:.1f}' y2='{y2:.1f}' "
                    f"stroke='{colour}' stroke-width='1.5'{dash}/>"
                )
    y = top + plot_h + 44
    for i, outlet in enumerate(outlets):
        colour, shape = PALETTE[i % len(PALETTE)], SHAPES[i % len(SHAPES)]
        out.append(_marker(shape, left + 6, y + 18 * i - 4, colour, False))
        out.append(_text(left + 20, y + 18 * i, outlet, 11))
    legend = (
        "≠ contradiction (red line)   ↻ update (dashed line)   = agreement",
        "✓ verified   ✗ disputed   ? unresolved   bar: the range reported   hollow: vague",
    )
    for k, line in enumerate(legend):
        y_line = y + 18 * len(outlets) + 6 + 14 * k
        out.append(_text(left, y_line, line, 10, fill="#424242"))
    out.append("</svg>")
    return "\n".join(out)


def _point(point: Point, x: float, y_of, outlets: list[str], ceiling: float) -> list[str]:
    i = outlets.index(point.outlet)
    colour, shape = PALETTE[i % len(PALETTE)], SHAPES[i % len(SHAPES)]
    low = point.low if point.low is not None else 0.0
    parts = []
    if point.high is None or point.high != low:
        high = ceiling if point.high is None else point.high
        parts.append(
            f"<line x1='{x:.1f}' y1='{y_of(low):.1f}' x2='{x:.1f}' y2='{y_of(high):.1f}' "
            f"stroke='{colour}' stroke-width='4' stroke-opacity='0.35'/>"
        )
        if point.high is None or point.high > ceiling:
            parts.append(_text(x, y_of(ceiling) - 2, "↑", 12, fill=colour, text_anchor="middle"))
    parts.append(_marker(shape, x, y_of(low), colour, point.vague))
    label = f"{point.label} {point.marks}".strip()
    parts.append(_text(x + 10, y_of(low) + 4, label, 11, fill=colour))
    return parts
