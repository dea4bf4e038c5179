"""Rows to models and back: the one place that knows how a model is laid out in a table."""

from __future__ import annotations

import json
from typing import Any

from workbench.models import (
    Claim,
    Frame,
    Removed,
    Review,
    Source,
    Verdict,
)


def source_from_row(row: dict[str, Any]) -> Source:
    return Source(
        id=row["id"],
        file=row["file"],
        text=row["text"],
        content_hash=row["content_hash"],
        outlet=row["outlet"],
        url=row["url"],
        published=row["published"],
        title=row["title"],
        format=row["format"] or "text",
        copy_of=row["copy_of"],
        copy_score=row["copy_score"],
        word_count=row["word_count"] or 0,
        removed=[Removed(**r) for r in json.loads(row["removed"] or "[]")],
        ingested_at=row["ingested_at"],
    )


def claim_from_row(row: dict[str, Any]) -> Claim:
    return Claim(
        id=row["id"],
        source_id=row["source_id"],
        sentence_id=row["sentence_id"],
        kind=row["kind"],
        text=row["text"],
        start=row["start"],
        end=row["end"],
        # Stored claims point at their sentence; older rows (and loose ones) carry a copy.
        sentence=row["sentence"] or row.get("sentence_text") or "",
        frame=Frame(row["frame_action"], row["frame_counted"], row["frame_subject"]),
        value=json.loads(row["value"] or "{}"),
        event_date=row["event_date"],
        event_date_basis=row["event_date_basis"],
        attribution=row["attribution"],
        file=row.get("file"),
        role=row.get("role"),
        counted=_json_or_none(row.get("counted")),
        group=_json_or_none(row.get("claim_group")),
        derived=bool(row.get("derived")),
        implicit=bool(row.get("implicit")),
        headline=bool(row.get("headline")),
    )


def _json_or_none(text: str | None) -> Any:
    return json.loads(text) if text else None


def _dumps_or_none(value: Any) -> str | None:
    return None if value is None else json.dumps(value, sort_keys=True, ensure_ascii=False)


def claim_to_row(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "source_id": claim.source_id,
        "sentence_id": claim.sentence_id,
        "kind": claim.kind,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        # A pointer, not a copy: N claims in one long sentence would store it N times.
        "sentence": "" if claim.sentence_id is not None else claim.sentence,
        "frame_action": claim.frame.action,
        "frame_counted": claim.frame.counted,
        "frame_subject": claim.frame.subject,
        "value": json.dumps(claim.value, sort_keys=True, ensure_ascii=False),
        "event_date": claim.event_date,
        "event_date_basis": claim.event_date_basis,
        "attribution": claim.attribution,
        "role": claim.role,
        "counted": _dumps_or_none(claim.counted),
        "claim_group": _dumps_or_none(claim.group),
        "derived": int(claim.derived),
        "implicit": int(claim.implicit),
        "headline": int(claim.headline),
    }


def review_filters(
    claim_id: str | None,
    since: str | None,
    reviewer: str | None,
    status: str | None,
    latest: bool,
) -> tuple[str, list[Any]]:
    """The WHERE clause shared by every query that filters the review log."""
    where, params = [], []
    for column, value, op in (
        ("claim_id", claim_id, "="),
        ("at", since, ">="),
        ("reviewer", reviewer, "="),
        ("status", status, "="),
    ):
        if value is not None:
            where.append(f"{column} {op} ?")
            params.append(value)
    if latest:
        where.append("id IN (SELECT max(id) FROM reviews GROUP BY claim_id)")
    return (" WHERE " + " AND ".join(where) if where else ""), params


def review_from_row(row: dict[str, Any]) -> Review:
    value = row.get("value")
    return Review(
        id=row["id"],
        claim_id=row["claim_id"],
        status=row["status"],
        note=row["note"],
        reviewer=row["reviewer"],
        at=row["at"],
        previous_status=row["previous_status"],
        undo_of=row["undo_of"],
        claim_kind=row["claim_kind"],
        claim_text=row["claim_text"],
        sentence=row["sentence"],
        source_file=row["source_file"],
        outlet=row["outlet"],
        url=row["url"],
        published=row["published"],
        value=json.loads(value) if value else None,
        claim_role=row.get("claim_role"),
        claim_counted=row.get("claim_counted"),
        prev_hash=row.get("prev_hash"),
        hash=row.get("hash"),
    )


def verdict_from_row(row: dict[str, Any]) -> Verdict:
    return Verdict(
        id=row["id"],
        conflict_id=row["conflict_id"],
        claim_key=row["claim_key"],
        verdict=row["verdict"],
        reviewer=row["reviewer"],
        at=row["at"],
        right_claim_ids=json.loads(row["right_claim_ids"] or "[]"),
        right_value=row["right_value"],
        sides=json.loads(row["sides"] or "[]"),
        kind=row["kind"],
        reason=row["reason"],
        undo_of=row["undo_of"],
        prev_hash=row.get("prev_hash"),
        hash=row.get("hash"),
    )


CLAIM_SELECT = (
    "SELECT claims.*, sources.file AS file, sentences.text AS sentence_text "
    "FROM claims JOIN sources ON sources.id = claims.source_id "
    "LEFT JOIN sentences ON sentences.id = claims.sentence_id"
)
