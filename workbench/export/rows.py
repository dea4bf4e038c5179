"""The review log as rows: JSONL (one JSON object a line) and CSV (the same columns).

Rows come in the log's time order: every review row (a status set or undone), every
verdict row that set no status (a "not a conflict", an undone verdict), so that each
verdict appears in these files as it does in the report, and every edit of a note on a
claim or a conflict (a note written after the tag is in no review row). `record` says
which a row is; a note row says what it is on (`note_on`: claim or conflict) and which
(`note_subject`: the claim's id, or the conflict's claim ids, space-separated), its place
in the note log (`note_id`) and, for an undo, the edit it takes back (`note_undo_of`: that
row's `note_id`; the row undone stays as it was written, the log being append-only).
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
from workbench.export.roles import CLAIM_NOW, decided_role
from workbench.export.verdicts import VERDICT_FIELDS, verdict_columns, verdict_records
from workbench.models import Review
from workbench.safe_text import spreadsheet_safe, spreadsheet_unsafe

LOG_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Review))
NOTE_FIELDS: tuple[str, ...] = ("note_on", "note_subject", "note_id", "note_undo_of")
ROLE_FROM = "claim_role_from"
"""Where a row's `claim_role` and `claim_counted` were read (`export.roles`): "log", "claim
now" (a row logged before schema 15: the claim's as it is now), "unknown" (and its claim
gone); empty for a row that is not a count's."""
_SNAPSHOT = LOG_FIELDS[: LOG_FIELDS.index("claim_counted") + 1]
FIELDS: tuple[str, ...] = (
    *_SNAPSHOT,
    ROLE_FROM,
    *LOG_FIELDS[len(_SNAPSHOT) :],
    "conflict_ids",
    *VERDICT_FIELDS,
    "record",
    *NOTE_FIELDS,
)
"""The columns of jsonl and csv, in order."""

_JSON_FIELDS = ("value", "conflict_ids", "sides")
_INT_FIELDS = ("id", "undo_of", "verdict_id", "note_id", "note_undo_of")


def _review_record(store: Any, review: Review) -> dict[str, Any]:
    data: dict[str, Any] = {name: getattr(review, name) for name in LOG_FIELDS}
    role = decided_role(store, review)
    data.update(claim_role=role.role, claim_counted=role.counted)
    data[ROLE_FROM] = role.read_from
    data["conflict_ids"] = store.conflict_ids_of(review.claim_id)
    data.update(verdict_columns(store, review))
    data["record"] = "review"
    return data


def _conflicts_of(store: Any, claim_ids: list[str]) -> list[str]:
    """The current conflicts holding all these claims (a conflict note's subject)."""
    found = [set(store.conflict_ids_of(claim_id)) for claim_id in claim_ids]
    return sorted(set.intersection(*found)) if found else []


def _claim_now(store: Any, claim_id: str) -> dict[str, Any]:
    """A claim note's claim as it is now, in the columns a review row's snapshot fills (the
    note log keeps no snapshot: a note row said only the claim's id; walk31), and
    `claim_role_from` "claim now" says so; nothing when the claim is gone."""
    snapshot = store.claim_snapshot(claim_id)
    if snapshot is None:
        return {}
    value = snapshot["value"]
    return {**snapshot, "value": json.loads(value) if value else None, ROLE_FROM: CLAIM_NOW}


def note_records(store: Any, filters: Filters) -> Iterator[dict[str, Any]]:
    """Each note edit as a row: who wrote what on which claim or conflict, and when (a
    cleared note is a row with no note; an undo names the edit it takes back). None
    passes a status filter (a note sets none); `latest` keeps each subject's current
    note."""
    if filters.status is not None:
        return
    for row in store.note_log(
        since=filters.since, reviewer=filters.reviewer, current=filters.latest
    ):
        record: dict[str, Any] = dict.fromkeys(FIELDS)
        on_claim = row["subject"] == "claim"
        claim_ids = [row["subject_id"]] if on_claim else row["subject_id"].split()
        if on_claim:
            record.update(_claim_now(store, row["subject_id"]))
        record.update(
            claim_id=row["subject_id"] if on_claim else None,
            note=row["note"],
            reviewer=row["reviewer"],
            at=row["at"],
            prev_hash=row["prev_hash"],
            hash=row["hash"],
            conflict_ids=_conflicts_of(store, claim_ids),
            record="note",
            note_on=row["subject"],
            note_subject=row["subject_id"],
            note_id=row["id"],
            note_undo_of=row["undo_of"],
        )
        yield record


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
    notes = (
        (record["at"], 2, record["note_id"], record) for record in note_records(store, filters)
    )
    for _at, kind, _id, item in heapq.merge(reviews, verdicts, notes, key=lambda r: r[:3]):
        record = _review_record(store, item) if kind == 0 else item
        yield {name: record.get(name) for name in FIELDS}


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
