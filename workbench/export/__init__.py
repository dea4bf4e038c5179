"""The review log written out for the people and tools that use it (one module per
format: `rows` for jsonl and csv, `markdown`, `claimreview`).

Four formats, each deterministic (same database, same bytes) and streamed from
`Store.reviews()`:

- `jsonl`: one log row per line: every field of `Review` plus `conflict_ids` (the
  conflicts the claim takes part in now), the verdict columns, and `record`: "review"
  for a row of the review log, "verdict" for a verdict that set no status (not a
  conflict, an undo of a verdict), which has no claim of its own (its `sides` name the
  claims), and "note" for an edit of a note on a claim or a conflict (`note_on`,
  `note_subject`; a note written after the tag is in no review row). All come in time
  order, so a later export begins with an earlier one's rows, undos included.
- `csv`: the same columns under a header row, RFC 4180 quoting (CRLF rows; commas,
  quotes and newlines inside cells survive `csv.reader`); `value` and `conflict_ids`
  as JSON text; a missing value is an empty cell.
- `md`: a report for an editor: summary, the sources its decisions cite, each conflict
  with both sides, their decisions and notes, undecided conflicts last, then decisions
  outside any conflict; a decision undone is shown as undone.
- `claimreview`: a JSON array of schema.org `ClaimReview` objects, one per claim with a
  current decision: the tag as the rating, the claim's note as the `reviewBody`, the
  verdict (and the conflict's note) as the `ratingExplanation`. A claim whose decisions
  were all undone has no rating to publish: it is left out and counted in the notes.

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
spreadsheet takes as "text" and hides, and control and bidi characters are written as
escapes (`safe_text.spreadsheet_safe`); `read_csv_record` undoes both exactly. `raw`
writes every cell exactly as stored. Every format writes only http(s) URLs (others are
left out and listed in the notes), and every export verifies the log's hash chain first.

Memory: `jsonl` and `csv` hold one row at a time. `md` and `claimreview` also hold each
source's metadata (never its text); `md` holds the conflicts and the current row of each
of their claims, `claimreview` each corroboration's source ids and each source's encoded
`CreativeWork`; everything else is an indexed lookup per row and summaries are SQL
counts. None of it grows with the log.
"""

from __future__ import annotations

import os
import secrets
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from workbench.export.claimreview import (
    BEST_RATING,
    RATING_VALUES,
    WORST_RATING,
    claim_review,
    shorten,
    write_claimreview,
)
from workbench.export.guard import ExportNotes, guard
from workbench.export.markdown import md_escape, md_line, write_md
from workbench.export.options import FORMATS, ExportError, Filters, check_options, parse_since
from workbench.export.rows import FIELDS, read_csv_record, write_csv
from workbench.export.rows import write_jsonl as _write_jsonl
from workbench.output_target import is_stream
from workbench.store import Store

__all__ = [
    "BEST_RATING",
    "FIELDS",
    "FORMATS",
    "RATING_VALUES",
    "WORST_RATING",
    "ExportError",
    "ExportNotes",
    "Filters",
    "claim_review",
    "export_log",
    "exported",
    "md_escape",
    "md_line",
    "parse_since",
    "read_csv_record",
    "shorten",
    "write_export",
]


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
    check_options(fmt, status, base_url)
    filters = Filters(parse_since(since), reviewer, status, latest)
    view: Any = guard(store, notes if notes is not None else ExportNotes())
    if fmt == "jsonl":
        return _write_jsonl(view, filters, out)
    if fmt == "csv":
        return write_csv(view, filters, out, raw=raw)
    if fmt == "md":
        return write_md(view, filters, out)
    return write_claimreview(view, filters, out, org=org, base_url=base_url)


EXPORTED = {
    "jsonl": "log row",
    "csv": "log row",
    "md": "decided claim",
    "claimreview": "claim review",
}
"""What an export's count counts, by format ("Exported 1 records" said neither)."""


def exported(fmt: str, count: int) -> str:
    """An export's count in its format's words ("3 decided claims"), as the app and the
    command line both say it: "wrote 3 records" beside the app's "Exported 3 decided
    claims" for one file (walk39)."""
    noun = EXPORTED.get(fmt, "record")
    return f"{count} {noun}{'' if count == 1 else 's'}"


def write_export(
    store: Store, fmt: str, path: str | Path, *, force: bool = False, **options: Any
) -> int:
    """`export_log` into a file, all or nothing: a temporary file beside it, then a rename.

    An existing file is left alone unless `force`; on any error no file is left behind.
    A device or a pipe is written in place (`is_stream`).
    """
    path = Path(path)
    check_options(fmt, options.get("status"), options.get("base_url"))
    if is_stream(path):
        try:
            with path.open("w", encoding="utf-8", newline="") as out:
                return export_log(store, fmt, out, **options)
        except OSError as exc:
            raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from exc
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
