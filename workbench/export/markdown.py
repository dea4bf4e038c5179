"""The editor's report in Markdown: summary, sources, each conflict with its sides, their
decisions and verdicts (grouped by story), undecided conflicts last, then decisions
outside any conflict. Every piece of untrusted text is escaped to render literally."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from workbench.claim_spans import span_at
from workbench.export.note_words import NoteShown, note_shown
from workbench.export.options import Filters
from workbench.export.roles import CLAIM_NOW, UNKNOWN, DecidedRole, decided_role
from workbench.export.verdicts import by_story, has_verdict, verdict_lines
from workbench.models import REVIEW_STATUSES, Claim, Conflict, Note, Review, Source
from workbench.safe_text import terminal_safe
from workbench.store import Store

# `_` inside a word never makes emphasis (CommonMark), so file_names stay readable.
_MD_INLINE = re.compile(r"([\\`*\[\]<>|~&$#]|(?<![^\W_])_|_(?![^\W_]))")
_MD_LINE_START = re.compile(r"^([-+=]|\d+[.)])")
_OPEN, _CLOSE = "\ue000", "\ue001"


def md_escape(text: str, indent: str = "") -> str:
    """Untrusted text as Markdown that renders literally and cannot break the report.

    Inline markup, HTML and entities are backslash-escaped; so is anything that would
    start a block (heading, list, rule) at a line start. Line breaks become hard breaks
    followed by `indent`, so a multi-line note stays inside its list item or quote;
    blank lines and leading spaces are dropped (they would end the item or open a code
    block). Control characters are shown as `\\xNN`.
    """
    text = terminal_safe(text)
    lines = []
    for line in text.splitlines():
        line = line.strip()
        if line:
            line = _MD_INLINE.sub(r"\\\1", line)
            lines.append(_MD_LINE_START.sub(lambda m: m[0][:-1] + "\\" + m[0][-1], line))
    return ("\\\n" + indent).join(lines)


def md_line(text: str) -> str:
    """`md_escape` for one-line places (table cells, headings, labels): breaks become spaces."""
    return md_escape(" ".join(text.split()))


def _quote(sentence: str, span: str | None, indent: str) -> str:
    """The sentence as a block quote, the claim's own words in bold."""
    prefix = indent + "> "
    # Private-use marks survive escaping and become the bold markers afterwards.
    sentence = sentence.replace(_OPEN, "\ufffd").replace(_CLOSE, "\ufffd")
    span = (span or "").strip()
    at = span_at(sentence, span)
    if at >= 0:
        sentence = sentence[:at] + _OPEN + span + _CLOSE + sentence[at + len(span) :]
    body = md_escape(sentence, prefix).replace(_OPEN, "**").replace(_CLOSE, "**")
    return prefix + body


def _when(at: str) -> str:
    return at[:16].replace("T", " ") + " UTC"


def note_line(note: Note | NoteShown | None, indent: str) -> str:
    """A claim's own note (written on the claim, apart from its status), and an undo of
    it said as such: '' for none."""
    if note is None:
        return ""
    line = ""
    if note.note:
        line = f"\n\n{indent}Note ({md_line(note.reviewer or '')}): {md_escape(note.note, indent)}"
    if isinstance(note, NoteShown) and (undo := note.undo_words()):
        line += f"\n\n{indent}{md_line(undo)}"
    return line


def _decision_line(review: Review | None, indent: str, note: Note | NoteShown | None = None) -> str:
    """The claim's decision; its note only when it is not the claim's note shown below
    (a tag carries the note in force, which the report then printed twice), and then as
    the note it was decided with when the note has changed since (an undone note read as
    if it stood)."""
    if review is not None and review.status is None and review.undo_of is not None:
        was = f" (was {review.previous_status})" if review.previous_status else ""
        return f"{indent}Undecided: undone by {md_line(review.reviewer)}, {_when(review.at)}{was}."
    if review is None or review.status is None:
        return indent + "Undecided."
    line = f"{indent}**{review.status.capitalize()}** by {md_line(review.reviewer)}, "
    line += _when(review.at) + "."
    if review.note and (note is None or review.note != note.note):
        said = " Note: " if note is None else " Note when decided: "
        line += said + md_escape(review.note, indent)
    return line


def same_words(claims: list[Claim], decision: Callable[[Claim], str]) -> list[tuple[Claim, int]]:
    """Each claim with how many later claims of its article say the same words with the
    same value and the same decision: a scraped page repeating a paragraph (a caption on
    every slide) listed one conflict's claim ten times over, its sentence each time."""
    first: dict[tuple[Any, ...], list[Any]] = {}
    for claim in claims:
        value = (claim.value.get("low"), claim.value.get("high"))
        key = (claim.source_id, claim.text, value, decision(claim))
        if key in first:
            first[key][1] += 1
        else:
            first[key] = [claim, 0]
    return [(claim, again) for claim, again in first.values()]


def again_line(again: int, indent: str) -> str:
    times = "once more" if again == 1 else f"{again} more times"
    return f"{indent}The same words {times} in this article, decided alike."


RELATION_WORDS = {
    "contradiction": "A contradiction: both cannot be right at one time",
    "update": "An update: the figure changed between reports",
}


def _source_line(source: Source | None, file: str | None, published: str | None) -> str:
    if source is None:
        label = md_line(file or "unknown source")
        return f"**{label}** ({md_line(published or 'no date')}; no longer in the database)"
    details = [md_line(source.published or "no date")]
    # Named as the app names it (outlet, else headline, else file), the file beside it.
    label = source.outlet or source.title or source.file
    if label != source.file:
        details.insert(0, md_line(source.file))
    return f"**{md_line(label)}** ({', '.join(details)})"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _other_decisions(store: Store, filters: Filters, in_conflicts: set[str]) -> Iterator[Review]:
    """Each claim outside the conflicts whose current row is a decision or an undo of one
    (an undone decision is reported as undone, not dropped)."""
    for review in store.reviews(
        since=filters.since, reviewer=filters.reviewer, status=filters.status, latest=True
    ):
        if review.claim_id not in in_conflicts and (review.status or review.undo_of):
            yield review


def _cited_sources(
    store: Store, filters: Filters, shown: list, in_conflicts: set[str], sources: dict
) -> set[int]:
    """The sources the report's decisions cite: both sides of each decided conflict and
    each other decision's source (not every source of the database)."""
    cited = {claim.source_id for _n, conflict, _k in shown for claim in conflict.claims}
    for review in _other_decisions(store, filters, in_conflicts):
        cited.add(store.claim_source_id(review.claim_id))
    return {sid for sid in cited if sid in sources}


def write_md(store: Store, filters: Filters, out: TextIO) -> int:
    sources = {s.id: s for s in store.source_headers()}
    conflicts = store.conflicts()
    claim_notes = {
        claim_id: shown
        for claim_id, edit in store.latest_note_edits("claim").items()
        if (shown := note_shown(store, edit)) is not None
    }
    latest: dict[str, Review | None] = {}  # conflict claims' current rows, each read once
    source_lines: dict[int, str] = {}

    def latest_review(claim_id: str) -> Review | None:
        if claim_id not in latest:
            latest[claim_id] = store.latest_review(claim_id)
        return latest[claim_id]

    def current(claim_id: str) -> Review | None:
        review = latest_review(claim_id)
        return review if review and review.status and filters.matches(review) else None

    def source_line(source: Source | None, file: str | None, published: str | None) -> str:
        if source is None:
            return _source_line(None, file, published)
        if source.id not in source_lines:
            source_lines[source.id] = _source_line(source, source.file, source.published)
        return source_lines[source.id]

    in_conflicts = {cid for c in conflicts for cid in c.claim_ids}
    shown, undecided, hidden = [], [], 0
    for number, conflict in enumerate(conflicts, 1):
        decisions = [current(cid) for cid in conflict.claim_ids]
        # a verdict outside the selection (another reviewer's) decides it out of sight:
        # `--reviewer nobody` listed ann's conflict as decided, "Verdict: none yet"
        if any(decisions) or has_verdict(store, conflict, filters):
            shown.append((number, conflict, sum(1 for d in decisions if d)))
        elif has_verdict(store, conflict) or any(
            (r := latest_review(cid)) and r.status for cid in conflict.claim_ids
        ):
            hidden += 1
        else:
            undecided.append((number, conflict))

    counts = store.review_counts(
        since=filters.since, reviewer=filters.reviewer, status=filters.status, latest=True
    )
    log_counts = store.review_counts(
        since=filters.since, reviewer=filters.reviewer, status=filters.status
    )
    by_status = {s: 0 for s in REVIEW_STATUSES}
    by_reviewer: dict[str, list[int]] = {}
    for reviewer, status, n in counts:
        if status is not None:
            by_status[status] += n
            by_reviewer.setdefault(reviewer, [0, 0])[0] += n
    for reviewer, _status, n in log_counts:
        by_reviewer.setdefault(reviewer, [0, 0])[1] += n
    decided = sum(by_status.values())
    # A standing verdict decides its conflict: "not a conflict" sets no claim's status,
    # and such a conflict was counted "partly decided" (walk of gva records 1801-2100).
    complete = sum(
        1 for _n, c, k in shown if k == len(c.claim_ids) or has_verdict(store, c, filters)
    )

    w = out.write
    w("# Fact-check report\n\n")
    if store.notes.altered:
        w(f"**Warning: {md_line(store.notes.altered)}.** Run `workbench verify`.\n\n")
    if filters.describe():
        w(f"Showing decisions matching: {md_line(filters.describe())}.\n\n")
    cited = _cited_sources(store, filters, shown, in_conflicts, sources)
    w("## Summary\n\n")
    # Counts in groups of three digits, as the app and the commands give them ("Sources:
    # 3373" in an editor's report of the walk's database, walk40).
    w(f"- Sources: {len(sources):,} ({len(cited):,} cited by the decisions below)\n")
    w(
        f"- Conflicts found: {len(conflicts):,} ({complete:,} decided, "
        f"{len(shown) - complete:,} partly decided, {len(undecided):,} undecided"
        + (f", {hidden:,} decided outside this selection" if hidden else "")
        + ")\n"
    )
    w(f"- Claims decided: {decided:,}\n")
    # "Log rows" read as every row, but verdicts and notes are counted apart (jsonl, csv)
    w(f"- Tags and undos logged: {sum(n for _r, _s, n in log_counts):,}\n\n")
    w("| Status | Claims |\n| --- | ---: |\n")
    for status, n in by_status.items():
        w(f"| {status.capitalize()} | {n:,} |\n")
    w("\n| Reviewer | Claims decided | Tags and undos |\n| --- | ---: | ---: |\n")
    for reviewer, (claims_n, rows_n) in sorted(by_reviewer.items()):
        w(f"| {md_line(reviewer)} | {claims_n:,} | {rows_n:,} |\n")
    if not by_reviewer:
        w("| (none) | 0 | 0 |\n")

    w("\n## Sources\n\n")
    if cited:
        w(f"The sources the decisions below cite ({len(cited):,} of {len(sources):,}).\n\n")
    for source in (sources[sid] for sid in sorted(cited)):
        line = "- " + source_line(source, source.file, source.published)
        if source.url:
            line += f", {md_line(source.url)}"
        if source.copy_of is not None and source.copy_of in sources:
            line += f"; a copy of {md_line(sources[source.copy_of].file)}"
        w(line + "\n")
    if not cited:
        w(f"None: no decision cites one ({_plural(len(sources), 'source')} in the database).\n")

    def conflict(number: int, item: Conflict, level: str = "###") -> None:
        w(f"\n{level} {number}. {md_line(item.kind.capitalize())} conflict")
        w(f" (score {item.score:.2f})\n\n")
        if item.relation:
            role = f"; role: {item.role}" if item.role else ""
            w(f"*{md_line(RELATION_WORDS.get(item.relation, item.relation))}{role}.*\n\n")
        w(f"{md_line(item.reason)}\n\n")
        for line in verdict_lines(store, item, filters):
            w(f"**{md_line(line)}**\n\n")
        decision = lambda c: (  # noqa: E731
            _decision_line(latest_review(c.id), "  ", claim_notes.get(c.id))
            + note_line(claim_notes.get(c.id), "  ")
        )
        for claim, again in same_words(item.claims, decision):
            source = sources.get(claim.source_id)
            w("- " + source_line(source, claim.file, source and source.published) + "\n")
            w(_quote(claim.sentence, claim.text, "  ") + "\n\n")
            w(decision(claim) + "\n\n")
            if again:
                w(again_line(again, "  ") + "\n\n")

    w("\n## Conflicts\n")
    for heading, items in by_story(store, [(n, c) for n, c, _k in shown]):
        if heading:
            w(f"\n### {md_line(heading)}\n")
        for number, item in items:
            conflict(number, item, "####" if heading else "###")
    if not shown:
        w("\nNo decided conflicts" + (" in this selection" if filters.describe() else "") + ".\n")
    w("\n## Undecided conflicts\n")
    for heading, items in by_story(store, undecided):
        if heading:
            w(f"\n### {md_line(heading)}\n")
        for number, item in items:
            conflict(number, item, "####" if heading else "###")
    if not undecided:
        w("\nNone.\n")

    # Decisions on claims that are in no current conflict, streamed from the log.
    w("\n## Other decisions\n\n")
    other = 0
    for review in _other_decisions(store, filters, in_conflicts):
        other += 1
        source_id = store.claim_source_id(review.claim_id)
        source = sources.get(source_id) if source_id is not None else None
        w("- " + source_line(source, review.source_file, review.published) + "\n")
        w(_quote(review.sentence or "", review.claim_text, "  ") + "\n\n")
        # One mention counted in two roles is two claims quoting the same words: the role
        # tells their decisions apart ("Disputed" and "Verified" under one quote otherwise).
        w(_role_line(decided_role(store, review)))
        note = claim_notes.get(review.claim_id)
        w(_decision_line(review, "  ", note) + note_line(note, "  "))
        w("\n\n")
    if not other:
        w("None.\n")
    return decided


def _role_line(role: DecidedRole) -> str:
    """What a decision was counted as, and, for a row logged before the log kept roles,
    that the role is the claim's now, or cannot be told (`export.roles`)."""
    if role.read_from == UNKNOWN:
        return "  Counted in a role the log did not keep (its claim is gone).\n\n"
    if not role.role:
        return ""
    if role.read_from == CLAIM_NOW:
        return f"  Counted as {md_line(role.role)} (the claim's role now: the log kept none).\n\n"
    return f"  Counted as {md_line(role.role)}.\n\n"
