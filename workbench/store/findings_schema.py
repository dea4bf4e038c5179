"""Schema steps of the findings: what a conflict is (contradiction or update), its role, and
the features its score was computed from (so reviewers' verdicts can refit the score)."""

from __future__ import annotations

import sqlite_utils


def add_relation_role_features(db: sqlite_utils.Database) -> None:
    """Conflicts say whether they are a contradiction or an update, which role they dispute,
    and keep the features the calibrated score read."""
    table = db["conflicts"]
    table.add_column("relation", str, not_null_default="contradiction")
    table.add_column("role", str)
    table.add_column("features", str)
