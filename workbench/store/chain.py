"""The review log's hash chain: each row carries a hash of its content and of the row
before it, as a transparency log does, so that an edit anywhere shows.

Triggers refuse UPDATE, DELETE, REPLACE, a chosen id and a time earlier than the last
row from any SQLite client; but whoever can write the file can drop the triggers. The
chain is what tells: `verify_log` walks it and names the first row that does not fit.
Someone who rewrites the file can also rebuild a whole new chain, so the defence
against that is a head hash kept outside the file (exported, signed, sent to someone):
a later log must still contain it (`verify_log(expect=...)`).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from workbench.store.base import StoreBase

GENESIS = "0" * 64
"""The `prev_hash` of the first row."""
CONTENT = (
    "claim_id",
    "status",
    "note",
    "reviewer",
    "at",
    "previous_status",
    "undo_of",
    "claim_kind",
    "claim_text",
    "sentence",
    "source_file",
    "outlet",
    "url",
    "published",
    "value",
)
"""The columns a row's hash covers, in this order (the id is implied by the chain)."""

TRIGGERS = {
    "reviews_no_update": "BEFORE UPDATE ON reviews BEGIN SELECT RAISE(ABORT, "
    "'the review log is append-only: UPDATE refused'); END",
    "reviews_no_delete": "BEFORE DELETE ON reviews BEGIN SELECT RAISE(ABORT, "
    "'the review log is append-only: DELETE refused'); END",
    # REPLACE deletes the row it collides with without firing DELETE triggers (unless
    # recursive triggers are on): refuse the collision itself, and any chosen id. In a
    # BEFORE INSERT trigger an id left to SQLite reads as -1.
    "reviews_no_chosen_id": "BEFORE INSERT ON reviews WHEN NEW.id <> -1 BEGIN SELECT "
    "RAISE(ABORT, 'the review log is append-only: an insert with a chosen id or REPLACE "
    "refused'); END",
    "reviews_in_order": "AFTER INSERT ON reviews WHEN NEW.at < (SELECT max(at) FROM reviews "
    "WHERE id < NEW.id) OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM reviews WHERE "
    f"id < NEW.id ORDER BY id DESC LIMIT 1), '{GENESIS}') OR NEW.hash IS NULL BEGIN SELECT "
    "RAISE(ABORT, 'the review log is append-only: a row dated before the last one, or "
    "not chained to it, refused'); END",
}


def row_hash(prev_hash: str, row: dict[str, Any]) -> str:
    """SHA-256 of the previous row's hash and this row's content, canonically encoded."""
    content = json.dumps([row.get(name) for name in CONTENT], ensure_ascii=False)
    return hashlib.sha256((prev_hash + "\n" + content).encode("utf-8")).hexdigest()


def create_triggers(db: Any) -> None:
    for name, body in TRIGGERS.items():
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
        db.execute(f"CREATE TRIGGER {name} {body}")


@dataclass(slots=True)
class Verification:
    """What walking the chain found: `problem` is None when every row fits."""

    rows: int
    head: str
    problem: str | None = None
    row_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    def describe(self) -> str:
        if self.ok:
            return f"the review log is intact: {self.rows} rows, head {self.head}"
        where = f"at row {self.row_id}: " if self.row_id is not None else ""
        return f"the review log was altered {where}{self.problem}"


class ChainStore(StoreBase):
    """Appending to the chain and checking it."""

    def chain_tail(self) -> tuple[str, str | None]:
        """The last row's hash and time (GENESIS, None for an empty log)."""
        row = self.db.execute("SELECT hash, at FROM reviews ORDER BY id DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else (GENESIS, None)

    def verify_log(self, expect: str | None = None) -> Verification:
        """Walk the chain; the first row whose link, hash, order or guard is wrong is named.

        `expect`: a head hash kept from earlier; the log must still contain it.
        """
        missing = self._missing_triggers()
        cursor = self.db.conn.cursor()
        cursor.execute("SELECT * FROM reviews ORDER BY id")
        names = [d[0] for d in cursor.description]
        prev, last_at, last_id, count, seen_expected = GENESIS, "", 0, 0, expect is None
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            count += 1
            problem = None
            if row["id"] != last_id + 1:
                problem = f"ids jump from {last_id} to {row['id']} (rows removed or inserted)"
            elif row["prev_hash"] != prev:
                problem = "it does not point at the row before it (a row was changed or removed)"
            elif row["hash"] != row_hash(prev, row):
                problem = "its content does not match its hash (the row was edited)"
            elif (row["at"] or "") < last_at:
                problem = f"dated {row['at']}, before the row before it ({last_at})"
            if problem:
                return Verification(count, prev, problem, row["id"])
            prev, last_at, last_id = row["hash"], row["at"] or "", row["id"]
            seen_expected = seen_expected or prev == expect
        if missing:
            guards = ", ".join(missing)
            return Verification(count, prev, f"its guards were removed (triggers: {guards})")
        if not seen_expected:
            return Verification(
                count, prev, f"the kept head {expect} is not in it (the log was rebuilt)"
            )
        return Verification(count, prev)

    def _missing_triggers(self) -> list[str]:
        sql = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"
        present = dict(self.db.execute(sql, ["reviews"]).fetchall())
        return [
            name
            for name, body in TRIGGERS.items()
            if " ".join((present.get(name) or "").split()) != f"CREATE TRIGGER {name} {body}"
        ]
