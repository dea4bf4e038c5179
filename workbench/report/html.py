"""A story's report as one self-contained HTML page: the Markdown report's sections, with the
matrix and the timelines drawn as inline SVG (no script, no external file, no font)."""

from __future__ import annotations

from html import escape

from workbench.claim_spans import span_at
from workbench.export.markdown import again_line, same_words
from workbench.export.note_words import NoteShown
from workbench.models import Conflict, Review
from workbench.report.markdown import (
    MATRIX_LEGEND,
    TIMELINE_LEGEND,
    cell_text,
    generated_line,
    left_out_line,
    record_text,
)
from workbench.report.matrix import AgreementMatrix
from workbench.report.scope import Scope
from workbench.report.svg import cell_tint, matrix_svg, timeline_svg
from workbench.report.timeline import Timeline
from workbench.safe_text import http_url, terminal_safe

STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; max-width: 72rem; margin: 2rem auto;
       padding: 0 1rem; color: #212121; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid #bdbdbd; padding: .25rem .5rem; text-align: left;
         vertical-align: top; }
th { background: #f5f5f5; }
blockquote { margin: .3rem 0 .3rem 1rem; padding-left: .8rem; border-left: 3px solid #bdbdbd; }
.decision { margin: 0 0 .8rem 1rem; }
.verified { color: #2e7d32; } .disputed { color: #c62828; } .unresolved { color: #6d4c41; }
.legend, .meta { color: #616161; font-size: 90%; }
figure { margin: 1rem 0; overflow-x: auto; }
"""


def _t(text: str | None) -> str:
    """Untrusted text, shown literally."""
    return escape(terminal_safe(text or ""))


def _quote(sentence: str, span: str) -> str:
    at = span_at(sentence, span)
    if at < 0:
        return _t(sentence)
    return _t(sentence[:at]) + "<b>" + _t(span) + "</b>" + _t(sentence[at + len(span) :])


def _conflict(number: int, conflict: Conflict, scope: Scope) -> list[str]:
    by_id = {s.id: s for s in scope.sources}
    out = [
        f"<h3>{number}. {_t(conflict.kind.capitalize())} conflict "
        f"(score {conflict.score:.2f})</h3>",
        f"<p>{_t(conflict.reason)}</p>",
    ]
    for verdict in scope.verdicts.get(conflict.id, []):
        out.append(
            f"<p><b>Verdict: {_t(verdict.label)}</b> by {_t(verdict.reviewer)}, "
            f"{_t(verdict.at[:16].replace('T', ' '))} UTC.</p>"
        )
    note = scope.notes.get(conflict.id)
    if note is not None and note.note:
        out.append(f"<p>Note ({_t(note.reviewer or '')}): {_t(note.note)}</p>")
    if note is not None and (undo := note.undo_words()):
        out.append(f"<p>{_t(undo)}</p>")
    decision = lambda c: _decision_html(  # noqa: E731
        scope.reviews.get(c.id), scope.claim_notes.get(c.id)
    )
    for claim, again in same_words(conflict.claims, decision):
        source = by_id.get(claim.source_id)
        name = source.label if source else claim.file or "unknown source"
        date = source.published if source and source.published else "no date"
        out.append(f"<p><b>{_t(name)}</b> ({_t(date)})</p>")
        out.append(f"<blockquote>{_quote(claim.sentence, claim.text)}</blockquote>")
        out.append(f"<p class='decision'>{decision(claim)}</p>")
        if again:
            out.append(f"<p class='decision'>{_t(again_line(again, ''))}</p>")
    return out


def _decision_html(review: Review | None, note: NoteShown | None = None) -> str:
    """A claim's decision and note (the note on the log row when it is not the claim's
    own in force, and the claim's own, or its undo)."""
    own = f" Note ({_t(note.reviewer or '')}): {_t(note.note)}" if note and note.note else ""
    if note is not None and (undo := note.undo_words()):
        own += f" {_t(undo)}"
    if review is not None and review.status is None and review.undo_of is not None:
        was = f" (was {_t(review.previous_status)})" if review.previous_status else ""
        when = review.at[:16].replace("T", " ")
        return f"Undecided: undone by {_t(review.reviewer)}, {_t(when)} UTC{was}." + own
    if review is None or review.status is None:
        return "Undecided." + own
    line = (
        f"<b class='{_t(review.status)}'>{_t(review.status.capitalize())}</b> by "
        f"{_t(review.reviewer)}, {_t(review.at[:16].replace('T', ' '))} UTC."
    )
    if review.note and (note is None or review.note != note.note):
        line += f" {'Note' if note is None else 'Note when decided'}: {_t(review.note)}"
    return line + own


def _matrix_table(matrix: AgreementMatrix) -> list[str]:
    head = "".join(f"<th>{i + 1}</th>" for i in range(len(matrix.outlets)))
    out = [f"<table><tr><th>outlet</th>{head}<th>record</th></tr>"]
    for i, row in enumerate(matrix.outlets):
        cells = []
        for column in matrix.outlets:
            cell = matrix.cell(row, column)
            text = "—" if row == column else cell_text(cell)
            cells.append(f"<td style='background:{cell_tint(cell)}'>{_t(text)}</td>")
        out.append(
            f"<tr><th>{i + 1}. {_t(row)}</th>{''.join(cells)}"
            f"<td>{_t(record_text(matrix, row))}</td></tr>"
        )
    return [*out, "</table>"]


def _timeline_table(timeline: Timeline) -> list[str]:
    out = [
        "<table><tr><th>published</th><th>outlet</th><th>figure</th><th>marks</th>"
        "<th>words</th><th>note</th></tr>"
    ]
    for p in timeline.points:
        out.append(
            f"<tr><td>{_t(p.published or 'no date')}</td><td>{_t(p.outlet)}</td>"
            f"<td>{_t(p.label)}</td><td>{_t(p.marks)}</td><td>{_t(p.text)}</td>"
            f"<td>{_t(p.note)}</td></tr>"
        )
    return [*out, "</table>"]


def html_report(scope: Scope, matrix: AgreementMatrix, timelines: list[Timeline]) -> str:
    """The whole report as one HTML page."""
    number = {s.id: i + 1 for i, s in enumerate(scope.sources)}
    out = [
        "<!DOCTYPE html>",
        "<html lang='en'><head><meta charset='utf-8'>",
        f"<title>Fact-check report: {_t(scope.title)}</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<h1>Fact-check report: {_t(scope.title)}</h1>",
        f"<p class='meta'>{_t(generated_line(scope))}</p>",
        "<h2>Articles</h2>",
        "<table><tr><th>#</th><th>outlet</th><th>published</th><th>title</th><th>file</th></tr>",
    ]
    for s in scope.sources:
        outlet = _t(s.outlet or "—")
        if s.copy_of is not None:
            outlet += f" (copy of #{number.get(s.copy_of, '?')})"
        title = _t(s.title or "—")
        url = http_url(s.url)
        if url:
            title = f"<a href='{escape(url, quote=True)}'>{title}</a>"
        out.append(
            f"<tr><td>{number[s.id]}</td><td>{outlet}</td><td>{_t(s.published or 'no date')}"
            f"</td><td>{title}</td><td>{_t(s.file)}</td></tr>"
        )
    out += ["</table>", "<h2>Conflicts</h2>"]
    if not scope.conflicts:
        out.append("<p>No conflicts.</p>")
    for i, conflict in enumerate(scope.conflicts, 1):
        out += _conflict(i, conflict, scope)
    out += ["<h2>Agreement matrix</h2>", f"<figure>{matrix_svg(matrix)}</figure>"]
    out += [*_matrix_table(matrix), f"<p class='legend'>{_t(MATRIX_LEGEND.replace('`', ''))}</p>"]
    if matrix.left_out:
        out.append(f"<p class='legend'>{_t(left_out_line(matrix).replace('`', ''))}</p>")
    for timeline in timelines:
        out.append(f"<h2>Figure timeline: {_t(timeline.title or timeline.role or 'no role')}</h2>")
        if not timeline.points:
            out.append("<p>No figures for this role.</p>")
            continue
        out += [f"<figure>{timeline_svg(timeline)}</figure>", *_timeline_table(timeline)]
        out.append(f"<p class='legend'>{_t(TIMELINE_LEGEND.replace('`', ''))}</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
