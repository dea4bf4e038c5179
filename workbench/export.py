"""The review log written out for the people and tools that use it.

Four formats, each deterministic (same database, same bytes) and streamed from
`Store.reviews()`:

- `jsonl`: one log row per line: every field of `Review` plus `conflict_ids` (the
  conflicts the claim takes part in now).
- `csv`: the same columns under a header row, RFC 4180 quoting (CRLF rows; commas,
  quotes and newlines inside cells survive `csv.reader`); `value` and `conflict_ids`
  as JSON text; a missing value is an empty cell.
- `md`: a report for an editor: summary, sources, each conflict with both sides and
  their decisions, undecided conflicts last, then decisions outside any conflict.
- `claimreview`: a JSON array of schema.org `ClaimReview` objects, one per claim with a
  current decision.

ClaimReview rating scale (`reviewRating.ratingValue`; `worstRating` 1, `bestRating` 3):

    3  Verified    the sources bear the claim out
    2  Unresolved  checked, but the sources do not settle it
    1  Disputed    the sources contradict it

Appearances: a claim appears in its own source, in the sources of the claims that
corroborate it (`Store.corroborations`), and in every copy of any of those sources
(sources linked through `Source.copy_of`, in either direction, transitively).
`firstAppearance` is the earliest dated one (undated ones sort last, ties by source id).
A claim a re-analysis has since dropped appears only in the source its log row recorded.

Filters: `since`, `reviewer` and `status` select log rows; with `latest` only each
claim's current row is considered and the filters apply to it (a claim whose decisions
were all undone is there with status null). `md` and `claimreview` always describe
current decisions, as if `latest` were given.

CSV cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
tab or CR) get a leading `'` (so does a cell already starting with `'`), which a
spreadsheet takes as "text" and hides; `read_csv_record` takes it off again. `raw`
writes every cell exactly as stored. Every format writes only http(s) URLs (others are
left out and listed in the notes), and every export verifies the log's hash chain first.

Memory: `jsonl` and `csv` hold one row at a time. `md` and `claimreview` also hold each
source's metadata (never its text); `md` holds the conflicts and the current row of each
of their claims, `claimreview` each corroboration's source ids and each source's encoded
`CreativeWork`; everything else is an indexed lookup per row and summaries are SQL
counts. None of it grows with the log.
"""

from __future__ import annotations

import csv
import json
import os
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

from workbench.export_guard import ExportNotes, guard
from workbench.export_verdicts import (
    VERDICT_FIELDS,
    by_story,
    has_verdict,
    rating_explanation,
    verdict_columns,
    verdict_lines,
)
from workbench.models import REVIEW_STATUSES, Conflict, Review, Source
from workbench.safe_text import json_safe, spreadsheet_safe, spreadsheet_unsafe, terminal_safe
from workbench.store import Store

FORMATS: tuple[str, ...] = ("jsonl", "csv", "md", "claimreview")
_LOG_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Review))
FIELDS: tuple[str, ...] = (*_LOG_FIELDS, "conflict_ids", *VERDICT_FIELDS)
"""The columns of jsonl and csv, in order."""

RATING_VALUES = {"verified": 3, "unresolved": 2, "disputed": 1}
BEST_RATING, WORST_RATING = 3, 1
CLAIM_REVIEWED_WIDTH = 75

_JSON_FIELDS = ("value", "conflict_ids", "sides")
_INT_FIELDS = ("id", "undo_of", "verdict_id")


class ExportError(Exception):
    """A problem with an export request a user can fix (bad option, existing file)."""


@dataclass(frozen=True, slots=True)
class Filters:
    """Which log rows an export covers; `since` is in the log's own timestamp format."""

    since: str | None = None
    reviewer: str | None = None
    status: str | None = None
    latest: bool = False

    def matches(self, review: Review) -> bool:
        """The same test `Store.reviews()` applies in SQL, for rows looked up one by one."""
        return (
            (self.since is None or review.at >= self.since)
            and (self.reviewer is None or review.reviewer == self.reviewer)
            and (self.status is None or review.status == self.status)
        )

    def describe(self) -> str:
        parts = []
        if self.reviewer is not None:
            parts.append(f"reviewer {self.reviewer}")
        if self.status is not None:
            parts.append(f"status {self.status}")
        if self.since is not None:
            parts.append(f"decided since {self.since}")
        return ", ".join(parts)


# --- options ----------------------------------------------------------------------------


def parse_since(value: str | date | datetime | None) -> str | None:
    """A date or datetime (ISO 8601 or English, any zone; naive means UTC) as log time text."""
    if value is None:
        return None
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day, tzinfo=UTC)
    else:
        import dateparser

        # English only: detecting the language of an unreadable string takes seconds.
        moment = dateparser.parse(
            value,
            languages=["en"],
            settings={
                "TIMEZONE": "UTC",
                "TO_TIMEZONE": "UTC",
                "RETURN_AS_TIMEZONE_AWARE": True,
                "STRICT_PARSING": True,
            },
        )
        if moment is None:
            raise ExportError(
                f"cannot read {value!r} as a date (try 2024-05-01 or 2024-05-01T14:30)"
            )
    moment = moment.astimezone(UTC)
    return moment.isoformat(timespec="microseconds").replace("+00:00", "Z")


def _check(fmt: str, status: str | None, base_url: str | None) -> None:
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
    if status is not None and status not in REVIEW_STATUSES:
        raise ExportError(
            f"unknown status {status!r}: expected one of {', '.join(REVIEW_STATUSES)}"
        )
    if base_url is not None and not re.match(r"https?://[^\s/]+", base_url):
        raise ExportError(f"--base-url must be an http(s) address, not {base_url!r}")


# --- entry points -----------------------------------------------------------------------


def export_log(
    store: Store,
    fmt: str,
    out: TextIO,
    *,
    since: str | date | datetime | None = None,
    reviewer: str | None = None,
    status: str | None = None,
    latest: bool = False,
    org: str | None = None,
    base_url: str | None = None,
    raw: bool = False,
    notes: ExportNotes | None = None,
) -> int:
    """Write the review log to `out` in one format; returns the number of records written.

    Every option is checked before the first byte is written. The log's hash chain is
    verified first and URLs other than http(s) are left out: both are recorded in
    `notes` (give one to read them). `raw`: CSV cells exactly as stored, formulas too.
    """
    _check(fmt, status, base_url)
    filters = Filters(parse_since(since), reviewer, status, latest)
    view: Any = guard(store, notes if notes is not None else ExportNotes())
    if fmt == "jsonl":
        return _write_jsonl(view, filters, out)
    if fmt == "csv":
        return _write_csv(view, filters, out, raw=raw)
    if fmt == "md":
        return _write_md(view, filters, out)
    return _write_claimreview(view, filters, out, org=org, base_url=base_url)


def write_export(
    store: Store, fmt: str, path: str | Path, *, force: bool = False, **options: Any
) -> int:
    """`export_log` into a file, all or nothing: a temporary file beside it, then a rename.

    An existing file is left alone unless `force`; on any error no file is left behind.
    """
    path = Path(path)
    _check(fmt, options.get("status"), options.get("base_url"))
    if path.is_dir():
        raise ExportError(f"{path}: is a directory")
    if path.exists() and not force:
        raise ExportError(f"{path}: already exists (use --force to overwrite it)")
    tmp = path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    try:
        # os.open with 0o666 lets the umask decide the mode, as for any new file.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            count = export_log(store, fmt, out, **options)
            out.flush()
            os.fsync(out.fileno())
        if path.exists() and not force:
            raise ExportError(f"{path}: appeared while exporting; not overwritten")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count


# --- jsonl and csv ----------------------------------------------------------------------


def _record(store: Store, review: Review) -> dict[str, Any]:
    data = {name: getattr(review, name) for name in _LOG_FIELDS}
    data["conflict_ids"] = store.conflict_ids_of(review.claim_id)
    data.update(verdict_columns(store, review))
    return data


# JSON leaves these unescaped, but str.splitlines() and some JSONL readers split on them.
_LINE_SEPARATORS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


_HAS_LINE_SEPARATOR = re.compile("[\u2028\u2029\x85]")
_encode_string = json.encoder.encode_basestring  # what json.dumps uses with ensure_ascii=False


def _json(obj: Any, **kw: Any) -> str:
    text = json_safe(json.dumps(obj, ensure_ascii=False, **kw))
    # str.translate walks every character in Python; most texts have nothing to translate.
    return text.translate(_LINE_SEPARATORS) if _HAS_LINE_SEPARATOR.search(text) else text


def _write_jsonl(store: Store, filters: Filters, out: TextIO) -> int:
    count = 0
    for review in _rows(store, filters):
        out.write(_json(_record(store, review)) + "\n")
        count += 1
    return count


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return _json(value, sort_keys=True)
    return str(value)


def _write_csv(store: Store, filters: Filters, out: TextIO, *, raw: bool = False) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(FIELDS)
    count = 0
    for review in _rows(store, filters):
        record = _record(store, review)
        cells = [_cell(record[name]) for name in FIELDS]
        writer.writerow(cells if raw else [spreadsheet_safe(c) for c in cells])
        count += 1
    return count


def read_csv_record(row: dict[str, str], *, raw: bool = False) -> dict[str, Any]:
    """One csv row back to its jsonl shape (empty cell: None), for tools that load the csv;
    `raw` for a file exported with `raw` (formula cells not neutralised)."""
    record: dict[str, Any] = {}
    for name in FIELDS:
        cell = row[name] if raw else spreadsheet_unsafe(row[name])
        if cell == "":
            record[name] = [] if name == "conflict_ids" else None
        elif name in _JSON_FIELDS:
            record[name] = json.loads(cell)
        elif name in _INT_FIELDS:
            record[name] = int(cell)
        else:
            record[name] = cell
    return record


def _rows(store: Store, filters: Filters) -> Iterable[Review]:
    return store.reviews(
        since=filters.since,
        reviewer=filters.reviewer,
        status=filters.status,
        latest=filters.latest,
    )


# --- the editor's report ----------------------------------------------------------------

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
    at = sentence.find(span) if span else -1
    if at >= 0:
        sentence = sentence[:at] + _OPEN + span + _CLOSE + sentence[at + len(span) :]
    body = md_escape(sentence, prefix).replace(_OPEN, "**").replace(_CLOSE, "**")
    return prefix + body


def _when(at: str) -> str:
    return at[:16].replace("T", " ") + " UTC"


def _decision_line(review: Review | None, indent: str) -> str:
    if review is None or review.status is None:
        return indent + "Undecided."
    line = f"{indent}**{review.status.capitalize()}** by {md_line(review.reviewer)}, "
    line += _when(review.at) + "."
    if review.note:
        line += " Note: " + md_escape(review.note, indent)
    return line


def _source_line(source: Source | None, file: str | None, published: str | None) -> str:
    if source is None:
        label = md_line(file or "unknown source")
        return f"**{label}** ({md_line(published or 'no date')}; no longer in the database)"
    details = [md_line(source.published or "no date")]
    if source.outlet:
        details.insert(0, md_line(source.file))
    return f"**{md_line(source.label)}** ({', '.join(details)})"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _write_md(store: Store, filters: Filters, out: TextIO) -> int:
    sources = {s.id: s for s in store.source_headers()}
    conflicts = store.conflicts()
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

    shown, undecided, hidden = [], [], 0
    for number, conflict in enumerate(conflicts, 1):
        decisions = [current(cid) for cid in conflict.claim_ids]
        if any(decisions) or has_verdict(store, conflict):
            shown.append((number, conflict, sum(1 for d in decisions if d)))
        elif any((r := latest_review(cid)) and r.status for cid in conflict.claim_ids):
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
    complete = sum(1 for _n, c, k in shown if k == len(c.claim_ids))

    w = out.write
    w("# Fact-check report\n\n")
    if store.notes.altered:
        w(f"**Warning: {md_line(store.notes.altered)}.** Run `workbench verify`.\n\n")
    if filters.describe():
        w(f"Showing decisions matching: {md_line(filters.describe())}.\n\n")
    w("## Summary\n\n")
    w(f"- Sources: {len(sources)}\n")
    w(
        f"- Conflicts found: {len(conflicts)} ({complete} decided, "
        f"{len(shown) - complete} partly decided, {len(undecided)} undecided"
        + (f", {hidden} decided outside this selection" if hidden else "")
        + ")\n"
    )
    w(f"- Claims decided: {decided}\n")
    w(f"- Log rows: {sum(n for _r, _s, n in log_counts)}\n\n")
    w("| Status | Claims |\n| --- | ---: |\n")
    for status, n in by_status.items():
        w(f"| {status.capitalize()} | {n} |\n")
    w("\n| Reviewer | Claims decided | Log rows |\n| --- | ---: | ---: |\n")
    for reviewer, (claims_n, rows_n) in sorted(by_reviewer.items()):
        w(f"| {md_line(reviewer)} | {claims_n} | {rows_n} |\n")
    if not by_reviewer:
        w("| (none) | 0 | 0 |\n")

    w("\n## Sources\n\n")
    for source in sources.values():
        line = "- " + source_line(source, source.file, source.published)
        if source.url:
            line += f", {md_line(source.url)}"
        if source.copy_of is not None and source.copy_of in sources:
            line += f"; a copy of {md_line(sources[source.copy_of].file)}"
        w(line + "\n")
    if not sources:
        w("None.\n")

    def conflict(number: int, item: Conflict, level: str = "###") -> None:
        w(f"\n{level} {number}. {md_line(item.kind.capitalize())} conflict")
        w(f" (score {item.score:.2f})\n\n{md_line(item.reason)}\n\n")
        for line in verdict_lines(store, item, filters):
            w(f"**{md_line(line)}**\n\n")
        for claim in item.claims:
            source = sources.get(claim.source_id)
            w("- " + source_line(source, claim.file, source and source.published) + "\n")
            w(_quote(claim.sentence, claim.text, "  ") + "\n\n")
            w(_decision_line(latest_review(claim.id), "  ") + "\n\n")

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
    in_conflicts = {cid for c in conflicts for cid in c.claim_ids}
    w("\n## Other decisions\n\n")
    other = 0
    for review in store.reviews(
        since=filters.since, reviewer=filters.reviewer, status=filters.status, latest=True
    ):
        if review.status is None or review.claim_id in in_conflicts:
            continue
        other += 1
        source_id = store.claim_source_id(review.claim_id)
        source = sources.get(source_id) if source_id is not None else None
        w("- " + source_line(source, review.source_file, review.published) + "\n")
        w(_quote(review.sentence or "", review.claim_text, "  ") + "\n\n")
        w(_decision_line(review, "  ") + "\n\n")
    if not other:
        w("None.\n")
    return decided


# --- ClaimReview ------------------------------------------------------------------------


def shorten(text: str, width: int = CLAIM_REVIEWED_WIDTH) -> str:
    """Whitespace collapsed; cut on a word boundary with an ellipsis when longer than width."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    head = text[: width + 1]
    cut = head.rsplit(" ", 1)[0] if " " in head else ""
    if len(cut) < width // 2:  # one very long word: cut inside it
        cut = text[:width]
    return cut.rstrip(" ,;:-–—") + "…"


class _Appearances:
    """Where each claim appears: source metadata held once, links looked up per claim.

    Sources are few next to claims, so their headers, copy families, order and encoded
    `CreativeWork`s are kept; corroborations are read per claim with an indexed query.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.sources = {s.id: s for s in store.source_headers()}
        self.family = self._copy_families()
        ordered = sorted(
            self.sources.values(), key=lambda s: (s.published is None, s.published or "", s.id)
        )
        self.rank = {s.id: i for i, s in enumerate(ordered)}
        self.works: dict[int, _Encoded] = {}
        self.corroborations: dict[str, frozenset[int]] = {}

    def _copy_families(self) -> dict[int, frozenset[int]]:
        def root(source_id: int) -> int:
            seen = {source_id}
            while (up := self.sources[source_id].copy_of) in self.sources and up not in seen:
                seen.add(up)
                source_id = up
            return source_id

        groups: dict[int, set[int]] = {}
        for source_id in self.sources:
            groups.setdefault(root(source_id), set()).add(source_id)
        return {sid: frozenset(g) for g in groups.values() for sid in g}

    def _work(self, source_id: int) -> _Encoded:
        work = self.works.get(source_id)
        if work is None:
            s = self.sources[source_id]
            work = self.works[source_id] = _Encoded(
                _work(s.file, s.title, s.outlet, s.url, s.published)
            )
        return work

    def of(self, review: Review) -> list[_Encoded]:
        own = self.store.claim_source_id(review.claim_id)
        if own not in self.sources:
            work = _work(review.source_file, None, review.outlet, review.url, review.published)
            return [_Encoded(work)]
        ids = set(self.family[own])
        for corroboration_id in self.store.corroboration_ids_of(review.claim_id):
            ids |= self._corroboration(corroboration_id)
        return [self._work(sid) for sid in sorted(ids, key=self.rank.__getitem__)]

    def _corroboration(self, corroboration_id: str) -> frozenset[int]:
        """A corroboration's sources and their copies, read once: some span a third of a corpus."""
        ids = self.corroborations.get(corroboration_id)
        if ids is None:
            found = self.store.corroboration_source_ids(corroboration_id)
            ids = frozenset().union(*(self.family[sid] for sid in found if sid in self.sources))
            self.corroborations[corroboration_id] = ids
        return ids


class _Encoded:
    """A value encoded once as indented JSON, pasted into larger documents at any depth."""

    __slots__ = ("_at", "text")

    def __init__(self, value: Any) -> None:
        self.text = _indented(value)
        self._at: dict[int, str] = {}

    @classmethod
    def array(cls, items: list[_Encoded]) -> _Encoded:
        """`_Encoded(items)` without walking the items again: one paste per array."""
        encoded = cls.__new__(cls)
        encoded.text = "[" + ",".join("\n  " + item.at(1) for item in items) + "\n]"
        encoded._at = {}
        return encoded

    def at(self, level: int) -> str:
        text = self._at.get(level)
        if text is None:
            # JSON strings hold no raw newlines, so every newline is a line of layout.
            text = self._at[level] = self.text.replace("\n", "\n" + "  " * level)
        return text


def _indented(value: Any, level: int = 0) -> str:
    """`_json(value, indent=2)`, byte for byte, with `_Encoded` parts pasted in.

    With an indent the json module drops to its pure-Python encoder, which took most of
    the time of a large ClaimReview export; here only the layout is Python.
    """
    kind = type(value)
    if kind is str:
        text = json_safe(_encode_string(value))
        return text.translate(_LINE_SEPARATORS) if _HAS_LINE_SEPARATOR.search(text) else text
    if kind is _Encoded:
        return value.at(level)
    if isinstance(value, dict):
        if not value:
            return "{}"
        pad = "\n" + "  " * (level + 1)
        items = [f"{pad}{_indented(str(k))}: {_indented(v, level + 1)}" for k, v in value.items()]
        return "{" + ",".join(items) + "\n" + "  " * level + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        pad = "\n" + "  " * (level + 1)
        items = [pad + _indented(v, level + 1) for v in value]
        return "[" + ",".join(items) + "\n" + "  " * level + "]"
    return _json(value)


def _work(
    file: str | None, title: str | None, outlet: str | None, url: str | None, published: str | None
) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "name": title or file}
    if url:
        work["url"] = url
    if published:
        work["datePublished"] = published
    if outlet:
        work["publisher"] = {"@type": "Organization", "name": outlet}
    return work


def claim_review(
    review: Review,
    appearances: list[Any] | _Encoded,
    *,
    first: Any = None,
    org: str | None = None,
    base_url: str | None = None,
    explanation: str | None = None,
) -> dict[str, Any]:
    """One schema.org ClaimReview for a claim's current decision.

    `appearances` (earliest first) are `CreativeWork` dicts, or one `_Encoded` array of
    them with `first` its first item; write the result with `_indented`.
    """
    assert review.status is not None
    rating: dict[str, Any] = {
        "@type": "Rating",
        "alternateName": review.status.capitalize(),
        "ratingValue": RATING_VALUES[review.status],
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
    }
    if explanation or review.note:  # the verdict that set the status, and the note
        rating["ratingExplanation"] = explanation or review.note
    author = (
        {"@type": "Organization", "name": org}
        if org
        else {"@type": "Person", "name": review.reviewer}
    )
    obj: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": review.claim_id,
        "claimReviewed": shorten(review.sentence or review.claim_text or ""),
        "reviewRating": rating,
        "itemReviewed": {
            "@type": "Claim",
            "appearance": appearances,
            "firstAppearance": appearances[0] if first is None else first,
        },
        "author": author,
        "datePublished": review.at[:10],
    }
    if base_url:
        obj["url"] = f"{base_url}#claim-{review.claim_id}"
    return obj


def _write_claimreview(
    store: Store, filters: Filters, out: TextIO, *, org: str | None, base_url: str | None
) -> int:
    appearances = _Appearances(store)
    count = 0
    out.write("[")
    for review in store.reviews(
        since=filters.since, reviewer=filters.reviewer, status=filters.status, latest=True
    ):
        if review.status is None:
            continue
        works = appearances.of(review)
        obj = claim_review(
            review,
            _Encoded.array(works),
            first=works[0],
            org=org,
            base_url=base_url,
            explanation=rating_explanation(store, review),
        )
        out.write(",\n" if count else "\n")
        out.write(_indented(obj))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count
