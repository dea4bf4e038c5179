"""The tables of the reviewer's verdicts and notes (migration 3).

Kept apart from `schema.py` so that the verdict concern owns its own DDL; `schema.py`
only lists it among the migrations. Every table here is append-only, guarded by
triggers, like the review log: an undo or an edit is a new row, never a rewrite.
"""

from __future__ import annotations

import sqlite_utils

APPEND_ONLY = ("verdicts", "verdict_reviews", "notes")


def create_verdict_tables(db: sqlite_utils.Database) -> None:
    """Verdicts on conflicts, the review rows each one wrote, and notes on conflicts and
    claims. Idempotent: a database whose schema steps were numbered otherwise while the
    concerns were being merged may have these tables already."""
    if {"verdicts", "verdict_reviews", "notes"} <= set(db.table_names()):
        return
    # A verdict names its conflict by id and by its claims (`claim_key`, the sorted claim
    # ids), so that a re-analysis that finds the same claims in conflict again finds the
    # verdict again, whatever the conflict's new id. No foreign keys: findings are replaced
    # whole on re-analysis, and verdicts must outlive them.
    db["verdicts"].create(
        {
            "id": int,
            "conflict_id": str,
            "claim_key": str,
            "verdict": str,
            "right_claim_ids": str,
            "right_value": str,
            "sides": str,
            "kind": str,
            "reason": str,
            "reviewer": str,
            "at": str,
            "undo_of": int,
        },
        pk="id",
        not_null=["conflict_id", "claim_key", "reviewer", "at"],
    )
    db["verdicts"].create_index(["claim_key", "id"])
    db["verdicts"].create_index(["conflict_id", "id"])
    db["verdicts"].create_index(["reviewer", "id"])
    db["verdicts"].create_index(["undo_of"])
    db["verdict_reviews"].create(
        {"verdict_id": int, "review_id": int},
        pk=("verdict_id", "review_id"),
        foreign_keys=[("verdict_id", "verdicts", "id"), ("review_id", "reviews", "id")],
    )
    db["verdict_reviews"].create_index(["review_id"])
    db["notes"].create(
        {
            "id": int,
            "subject": str,
            "subject_id": str,
            "note": str,
            "reviewer": str,
            "at": str,
        },
        pk="id",
        not_null=["subject", "subject_id", "reviewer", "at"],
    )
    db["notes"].create_index(["subject", "subject_id", "id"])
    for table in APPEND_ONLY:
        for op in ("UPDATE", "DELETE"):
            db.execute(
                f"CREATE TRIGGER IF NOT EXISTS {table}_no_{op.lower()} BEFORE {op} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: {op} refused'); END"
            )
