"""The review log as rows: JSONL (one JSON object a line) and CSV (the same columns).

Rows come in the log's time order: every review row (a status set or undone), and every
verdict row that set no status (a "not a conflict", an undone verdict), so that each
verdict appears in these files as it does in the report. `record` says which a row is.
"""

from __future__ import annotations

import csv
import heapq
import json
from collections.abc import Iterator
from dataclasses import fields
from typing import Any, TextIO

from workbench.export.json_text import json_text
from workbench.export.options import Filters
from workbench.export.verdicts import VERDICT_FIELDS, verdict_columns, verdict_records
from workbench.models import Review
from workbench.safe_text import spreadsheet_safe, spreadsheet_unsafe

LOG_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Review))
FIELDS: tuple[str, ...] = (*LOG_FIELDS, "conflict_ids", *VERDICT_FIELDS, "record")
"""The columns of jsonl and csv, in order."""

_JSON_FIELDS = ("value", "conflict_ids", "sides")
_INT_FIELDS = ("id", "undo_of", "verdict_id")


def _review_record(store: Any, review: Review) -> dict[str, Any]:
    data: dict[str, Any] = {name: getattr(review, name) for name in LOG_FIELDS}
    data["conflict_ids"] = store.conflict_ids_of(review.claim_id)
    data.update(verdict_columns(store, review))
    data["record"] = "review"
    return data


def records(store: Any, filters: Filters) -> Iterator[dict[str, Any]]:
    """Every row the filters select, review rows and status-less verdicts merged by time
    (each stream is in time order already: one row at a time is held)."""
    reviews = (
        (review.at, 0, review.id, review)
        for review in store.reviews(
            since=filters.since,
            reviewer=filters.reviewer,
            status=filters.status,
            latest=filters.latest,
        )
    )
    verdicts = (
        (record["at"], 1, record["verdict_id"], record)
        for record in verdict_records(store, filters, LOG_FIELDS)
    )
    for _at, kind, _id, item in heapq.merge(reviews, verdicts, key=lambda r: r[:3]):
        yield _review_record(store, item) if kind == 0 else item


def write_jsonl(store: Any, filters: Filters, out: TextIO) -> int:
    count = 0
    for record in records(store, filters):
        out.write(json_text(record) + "\n")
        count += 1
    return count


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json_text(value, sort_keys=True)
    return str(value)


def write_csv(store: Any, filters: Filters, out: TextIO, *, raw: bool = False) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(FIELDS)
    count = 0
    for record in records(store, filters):
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
