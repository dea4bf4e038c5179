"""A story's report as Markdown: articles, conflicts with verdicts and notes, the agreement
matrix and the figure timeline as tables. Untrusted text is escaped as in the review log's
report, so an article cannot break the page."""

from __future__ import annotations

from datetime import UTC, datetime

from workbench.about import version_line
from workbench.export.markdown import (
    _decision_line,
    _quote,
    again_line,
    md_escape,
    md_line,
    note_line,
    same_words,
)
from workbench.models import Conflict
from workbench.report.matrix import AgreementMatrix, Cell
from workbench.report.scope import Scope
from workbench.report.timeline import Timeline

MATRIX_LEGEND = (
    "Each cell reads the row outlet against the column outlet: `=` times their claims agree, "
    "`≠` times they conflict, `⚖` conflicts a reviewer judged, `✓` / `✗` how often the row "
    "outlet was right / wrong in them. `·`: nothing compared."
)
TIMELINE_LEGEND = (
    "Marks: `≠` contradicts a report of the same day, `↻` changes an earlier report's "
    "figure (an update), `=` agrees with another outlet; verdict `✓` verified, `✗` disputed, "
    "`?` unresolved."
)


def cell_text(cell: Cell) -> str:
    """One cell, symbols first so it reads without colour."""
    if cell.empty:
        return "·"
    text = f"={cell.agree} ≠{cell.conflict}"
    if cell.judged:
        text += f" ⚖{cell.judged} ✓{cell.right} ✗{cell.wrong}"
    return text


def record_text(matrix: AgreementMatrix, outlet: str) -> str:
    rec = matrix.records[outlet]
    text = f"={rec.agreements} ≠{rec.conflicts}"
    if rec.judged:
        text += f", right {rec.right} of {rec.judged} judged"
    return text


def generated_line(scope: Scope) -> str:
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"Generated {now} by {version_line()}."


def left_out_line(matrix: AgreementMatrix) -> str:
    """What a matrix drawn in part leaves out, and where to see it whole."""
    return (
        f"The {len(matrix.outlets)} outlets compared most are shown; {matrix.left_out} more "
        "are left out (a story's report, `--story ID`, shows every outlet of the story)."
    )


def matrix_table(matrix: AgreementMatrix) -> list[str]:
    if not matrix.outlets:
        return ["No outlets to compare."]
    numbers = " | ".join(str(i + 1) for i in range(len(matrix.outlets)))
    lines = [f"| outlet | {numbers} | record |", "|---" * (len(matrix.outlets) + 2) + "|"]
    for i, row in enumerate(matrix.outlets):
        cells = " | ".join(
            "—" if row == column else cell_text(matrix.cell(row, column))
            for column in matrix.outlets
        )
        lines.append(f"| {i + 1}. {md_line(row)} | {cells} | {record_text(matrix, row)} |")
    lines += ["", MATRIX_LEGEND]
    return [*lines, "", left_out_line(matrix)] if matrix.left_out else lines


def timeline_table(timeline: Timeline) -> list[str]:
    if not timeline.points:
        return ["No figures for this role."]
    lines = [
        "| published | outlet | figure | marks | words | note |",
        "|---|---|---|---|---|---|",
    ]
    for p in timeline.points:
        lines.append(
            f"| {p.published or 'no date'} | {md_line(p.outlet)} | {p.label} | {p.marks or ' '} "
            f"| {md_line(p.text)} | {md_line(p.note or '')} |"
        )
    return [*lines, "", TIMELINE_LEGEND]


def _conflict(number: int, conflict: Conflict, scope: Scope) -> list[str]:
    by_id = {s.id: s for s in scope.sources}
    when = {True: "same day", False: "different days: the figure may have changed"}
    heading = f"### {number}. {conflict.kind.capitalize()} conflict (score {conflict.score:.2f}"
    if conflict.same_day is not None:
        heading += f", {when[conflict.same_day]}"
    lines = [heading + ")", "", md_line(conflict.reason), ""]
    for verdict in scope.verdicts.get(conflict.id, []):
        line = f"**Verdict: {md_line(verdict.label)}**"
        lines += [
            f"{line} by {md_line(verdict.reviewer)}, {verdict.at[:16].replace('T', ' ')} UTC.",
            "",
        ]
    note = scope.notes.get(conflict.id)
    if note is not None and note.note:
        lines += [f"Note ({md_line(note.reviewer or '')}): {md_escape(note.note)}", ""]
    if note is not None and (undo := note.undo_words()):
        lines += [md_line(undo), ""]
    decision = lambda c: (  # noqa: E731
        _decision_line(scope.reviews.get(c.id), "  ", scope.claim_notes.get(c.id))
        + note_line(scope.claim_notes.get(c.id), "  ")
    )
    for claim, again in same_words(conflict.claims, decision):
        source = by_id.get(claim.source_id)
        name = md_line(source.label) if source else md_line(claim.file or "unknown source")
        date = source.published if source and source.published else "no date"
        lines.append(f"- **{name}** ({md_line(date)})")
        lines.append(_quote(claim.sentence, claim.text, "  "))
        lines.append("")
        lines.append(decision(claim))
        lines.append("")
        if again:
            lines += [again_line(again, "  "), ""]
    return lines


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def markdown_report(scope: Scope, matrix: AgreementMatrix, timelines: list[Timeline]) -> str:
    """The whole report as one Markdown document."""
    decided = sum(1 for c in scope.conflicts if any(i in scope.statuses for i in c.claim_ids))
    lines = [
        f"# Fact-check report: {md_line(scope.title)}",
        "",
        generated_line(scope),
        "",
        f"{_count(len(scope.sources), 'article')}, {_count(len(scope.conflicts), 'conflict')}"
        f" ({decided} with a decision), {_count(len(scope.corroborations), 'agreement')}.",
        "",
        "## Articles",
        "",
        "| # | outlet | published | title | file |",
        "|---|---|---|---|---|",
    ]
    number = {s.id: i + 1 for i, s in enumerate(scope.sources)}
    for s in scope.sources:
        outlet = md_line(s.outlet or "—")
        if s.copy_of is not None:
            outlet += f" (copy of #{number.get(s.copy_of, '?')})"
        lines.append(
            f"| {number[s.id]} | {outlet} | {s.published or 'no date'} "
            f"| {md_line(s.title or '—')} | {md_line(s.file)} |"
        )
    lines += ["", "## Conflicts", ""]
    if not scope.conflicts:
        lines += ["No conflicts.", ""]
    for i, conflict in enumerate(scope.conflicts, 1):
        lines += _conflict(i, conflict, scope)
    lines += ["## Agreement matrix", "", *matrix_table(matrix), ""]
    for timeline in timelines:
        lines += [
            f"## Figure timeline: {md_line(timeline.title or timeline.role or 'no role')}",
            "",
        ]
        lines += [*timeline_table(timeline), ""]
    return "\n".join(lines).rstrip() + "\n"
