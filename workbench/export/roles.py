"""The role of the count a log row decided, and where an export read it.

Since schema 15 a row's snapshot keeps the count's role and the noun it counts, hashed with
the row: that is what the reviewer saw when deciding. A row logged before kept neither. Its
role can still be read from the claim as it is now, but a later analysis may read the same
words in another role, so the exports say which it is (`claim_role_from` in jsonl and csv,
a clause in md, a warning line for every format); when the claim is gone nothing can be
said, and they say that too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.models import Review

LOGGED = "log"
"""The row's own snapshot (schema 15 and later): covered by the log's hash chain."""
CLAIM_NOW = "claim now"
"""A row logged before schema 15: the claim's role as the store holds it now."""
UNKNOWN = "unknown"
"""A row logged before schema 15 whose claim is gone: no role can be named."""

COUNT = "quantity"


@dataclass(frozen=True, slots=True)
class DecidedRole:
    """A decided count's role and counted noun, and where they were read (`LOGGED`,
    `CLAIM_NOW`, `UNKNOWN`; None: the row is not a count's, so it has no role to read)."""

    role: str | None = None
    counted: str | None = None
    read_from: str | None = None


def decided_role(store: Any, review: Review) -> DecidedRole:
    """The role a log row decided: its snapshot's, else (logged before the database reached
    schema 15: the snapshot kept neither role nor noun) its claim's now, else unknown. Each
    role not read from the log is counted in the export's notes (`store.notes`, when the
    store is an export's view)."""
    if review.claim_kind is not None and review.claim_kind != COUNT:
        return DecidedRole(review.claim_role, review.claim_counted)
    if review.claim_role is not None or review.claim_counted is not None:
        return DecidedRole(review.claim_role, review.claim_counted, LOGGED)
    since = store.role_snapshots_since()
    if since is not None and review.at >= since:  # logged with the columns: no role, no noun
        return DecidedRole(read_from=LOGGED)
    now = store.claim_count_terms(review.claim_id)
    if now is not None and now[0] != COUNT:
        return DecidedRole()
    found = (
        DecidedRole(*now[1:], CLAIM_NOW) if now is not None else DecidedRole(None, None, UNKNOWN)
    )
    notes = getattr(store, "notes", None)
    if notes is not None:
        notes.roles_read[found.read_from] = notes.roles_read.get(found.read_from, 0) + 1
    return found


def roles_note(read: dict[str, int]) -> str | None:
    """The export's warning for the rows whose role was not in the log (None: none)."""
    now, unknown = read.get(CLAIM_NOW, 0), read.get(UNKNOWN, 0)
    if not now and not unknown:
        return None
    total = now + unknown
    parts = [
        f"{total} decision{'s' * (total != 1)} on counts {'were' if total != 1 else 'was'} "
        "logged before the log kept a count's role (schema 15)"
    ]
    if now:
        whose = "their claims have" if now != 1 else "its claim has"
        parts.append(
            f"{now} name{'s' * (now == 1)} the role {whose} now, which a later analysis may "
            f'have changed (claim_role_from "{CLAIM_NOW}")'
        )
    if unknown:
        parts.append(
            f"{unknown} name{'s' * (unknown == 1)} none: the claim is gone "
            f'(claim_role_from "{UNKNOWN}")'
        )
    return "; ".join(parts)
