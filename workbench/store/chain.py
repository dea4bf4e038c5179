"""The decision log's hash chain: each row carries a hash of its content and of the row
before it, as a transparency log does, so that an edit anywhere shows.

One chain runs through every table a reviewer's decisions land in: the review rows
(statuses), the verdicts, the links from a verdict to the review rows it wrote, and the
notes. A global sequence number (`seq`) gives the order across tables, so a verdict or a
note edited afterwards breaks the chain exactly as an edited review row does, and one
head hash stands for all of it.

Triggers refuse UPDATE, DELETE, REPLACE, a chosen id, an unchained row and a time earlier
than the table's last row from any SQLite client; but whoever can write the file can drop
the triggers. The chain is what tells: `verify_log` walks it and names the first row that
does not fit. Someone who rewrites the file can also rebuild a whole new chain, so the
defence against that is a head hash kept outside the file (exported, signed, sent to
someone): a later log must still contain it (`verify_log(expect=...)`).
"""

from __future__ import annotations

import hashlib
import heapq
import json
from collections.abc import Iterator
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
"""The columns a review row's hash covers, in this order (the id is implied by the chain)."""
ROLE_CONTENT = ("claim_role", "claim_counted")
"""The snapshot's columns since schema 15 (a count's role and counted noun): a row's hash
covers them after `CONTENT` when either is set, so a row logged before them (both null)
keeps the hash it was written with, and setting or clearing either on any row shows."""
NOTE_UNDO = "undo_of"
"""A note row's column since schema 16 (the edit an undo takes back): its hash covers it
after the table's columns when it is set, so the rows logged before keep their hashes."""

CHAINED: dict[str, tuple[str, ...]] = {
    "reviews": CONTENT,
    "verdicts": (
        "conflict_id",
        "claim_key",
        "verdict",
        "right_claim_ids",
        "right_value",
        "sides",
        "kind",
        "reason",
        "reviewer",
        "at",
        "undo_of",
    ),
    "verdict_reviews": ("verdict_id", "review_id"),
    "notes": ("subject", "subject_id", "note", "reviewer", "at"),
}
"""Every chained table and the columns its rows' hashes cover."""

ROW_NAMES = {
    "reviews": "review row",
    "verdicts": "verdict row",
    "verdict_reviews": "verdict link row",
    "notes": "note row",
}
"""How `verify` names a row of each table."""

TIMED = ("reviews", "verdicts", "notes")
"""The tables whose rows carry a time (`at`), never earlier than the row before."""


def row_hash(prev_hash: str, row: dict[str, Any], table: str = "reviews") -> str:
    """SHA-256 of the previous row's hash and this row's content, canonically encoded.

    A review row hashes its columns alone (as the log always has); the other tables'
    rows also hash their table's name, so a row cannot pass for one of another table.
    """
    values = [row.get(name) for name in CHAINED[table]]
    if table == "reviews" and any(row.get(name) is not None for name in ROLE_CONTENT):
        values += [row.get(name) for name in ROLE_CONTENT]
    if table == "notes" and row.get(NOTE_UNDO) is not None:
        values.append(row[NOTE_UNDO])
    content = json.dumps(values if table == "reviews" else [table, *values], ensure_ascii=False)
    return hashlib.sha256((prev_hash + "\n" + content).encode("utf-8")).hexdigest()


def _rows_at_or_after() -> str:
    return " + ".join(f"(SELECT count(*) FROM {t} WHERE seq >= NEW.seq)" for t in CHAINED)


def _hash_before() -> str:
    found = " UNION ALL ".join(f"SELECT hash FROM {t} WHERE seq = NEW.seq - 1" for t in CHAINED)
    return f"(CASE WHEN NEW.seq = 1 THEN '{GENESIS}' ELSE ({found}) END)"


def _triggers(table: str) -> dict[str, str]:
    refused = f"the review log is append-only ({table})" if table != "reviews" else None
    says = refused or "the review log is append-only"
    in_order = f"NEW.seq IS NULL OR NEW.hash IS NULL OR NEW.prev_hash IS NOT {_hash_before()} "
    in_order += f"OR {_rows_at_or_after()} <> 1"
    if table in TIMED:
        # The row before's time, by the primary key: every row was checked against the
        # one before it, so that is the latest (max(at) read the whole table per insert:
        # 26 ms a decision at 10,000 rows, 256 ms at 100,000).
        before = f"(SELECT at FROM {table} WHERE id < NEW.id ORDER BY id DESC LIMIT 1)"
        in_order = f"NEW.at < {before} OR " + in_order
    return {
        f"{table}_no_update": f"BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, "
        f"'{says}: UPDATE refused'); END",
        f"{table}_no_delete": f"BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, "
        f"'{says}: DELETE refused'); END",
        # REPLACE deletes the row it collides with without firing DELETE triggers (unless
        # recursive triggers are on): refuse the collision itself, and any chosen id. In a
        # BEFORE INSERT trigger an id left to SQLite reads as -1.
        f"{table}_no_chosen_id": f"BEFORE INSERT ON {table} WHEN NEW.id <> -1 BEGIN SELECT "
        f"RAISE(ABORT, '{says}: an insert with a chosen id or REPLACE refused'); END",
        f"{table}_in_order": f"AFTER INSERT ON {table} WHEN {in_order} BEGIN SELECT "
        f"RAISE(ABORT, '{says}: a row dated before the last one, or not chained to it, "
        "refused'); END",
    }


TRIGGERS = {name: body for table in CHAINED for name, body in _triggers(table).items()}
"""Every guard of the chained tables, by trigger name."""


def create_triggers(db: Any) -> None:
    for name, body in TRIGGERS.items():
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
        db.execute(f"CREATE TRIGGER {name} {body}")


_TAIL = " UNION ALL ".join(
    f"SELECT * FROM (SELECT hash, seq FROM {t} ORDER BY seq DESC LIMIT 1)" for t in CHAINED
)


@dataclass(slots=True)
class Verification:
    """What walking the chain found: `problem` is None when every row fits."""

    rows: int
    head: str
    problem: str | None = None
    row_id: int | None = None
    table: str | None = None
    """The table of the row named (`row_id`), when one is."""

    @property
    def ok(self) -> bool:
        return self.problem is None

    def describe(self) -> str:
        if self.ok:
            return f"the review log is intact: {self.rows} rows, head {self.head}"
        where = ": "
        if self.row_id is not None:
            where = f"at {ROW_NAMES.get(self.table or 'reviews', 'row')} {self.row_id}: "
        return f"the review log was altered {where}{self.problem}"


class ChainStore(StoreBase):
    """Appending to the chain and checking it."""

    def chain_tail(self) -> tuple[str, int]:
        """The last row's hash and sequence number, in any table (GENESIS, 0 when empty)."""
        row = self.db.execute(f"SELECT hash, seq FROM ({_TAIL}) ORDER BY seq DESC LIMIT 1")
        found = row.fetchone()
        return (found[0], int(found[1])) if found else (GENESIS, 0)

    def append_chained(self, table: str, row: dict[str, Any], now: str | None = None) -> int:
        """Insert `row` at the end of the chain (in its own savepoint: inside the caller's
        transaction when there is one); returns its id. `now` is its time, never put
        before the table's last row (another machine's clock may run ahead)."""
        with self.db.atomic():
            prev_hash, seq = self.chain_tail()
            if now is not None:
                last = self.db.execute(
                    f"SELECT at FROM {table} ORDER BY id DESC LIMIT 1"
                ).fetchone()
                row["at"] = max(now, last[0] if last and last[0] else "")
            row["seq"] = seq + 1
            row["prev_hash"] = prev_hash
            row["hash"] = row_hash(prev_hash, row, table)
            target = self.db[table]
            target.insert(row)
            row["id"] = int(target.last_pk)
        return row["id"]

    def _chain_rows(self, table: str) -> Iterator[tuple[int, str, dict[str, Any]]]:
        cursor = self.db.conn.cursor()
        cursor.execute(f"SELECT * FROM {table} ORDER BY seq, id")
        names = [d[0] for d in cursor.description]
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            yield (row["seq"] if row["seq"] is not None else -1), table, row

    def verify_log(self, expect: str | None = None) -> Verification:
        """Walk the chain; the first row whose link, hash, order or guard is wrong is named.

        The tables are read side by side in sequence order (memory does not grow with
        the log). `expect`: a head hash kept from earlier; the log must still contain it.
        """
        missing = self._missing_triggers()
        merged = heapq.merge(*(self._chain_rows(t) for t in CHAINED), key=lambda r: r[0])
        prev, count, seen_expected = GENESIS, 0, expect in (None, GENESIS)
        last_id = dict.fromkeys(CHAINED, 0)
        last_at = dict.fromkeys(CHAINED, "")
        for seq, table, row in merged:
            count += 1
            problem = None
            if row["id"] != last_id[table] + 1:
                problem = (
                    f"ids jump from {last_id[table]} to {row['id']} (rows removed or inserted)"
                )
            elif seq != count:
                problem = f"the log's order jumps to {seq} at row {count} (rows removed or moved)"
            elif row["prev_hash"] != prev:
                problem = "it does not point at the row before it (a row was changed or removed)"
            elif row["hash"] != row_hash(prev, row, table):
                problem = "its content does not match its hash (the row was edited)"
            elif table in TIMED and (row["at"] or "") < last_at[table]:
                problem = f"dated {row['at']}, before the row before it ({last_at[table]})"
            if problem:
                return Verification(count, prev, problem, row["id"], table)
            prev, last_id[table] = row["hash"], row["id"]
            if table in TIMED:
                last_at[table] = row["at"] or ""
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
        sql = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        present = dict(self.db.execute(sql).fetchall())
        return [
            name
            for name, body in TRIGGERS.items()
            if " ".join((present.get(name) or "").split()) != f"CREATE TRIGGER {name} {body}"
        ]
