"""Verdicts on conflicts and notes on conflicts and claims: append-only, like the review log.

A verdict answers a conflict ("this side is right", "both wrong", "changed over time",
"not a conflict", "can't tell yet") and sets its claims' statuses in the same transaction,
through the review log, so that statuses keep one source of truth and an undo takes the
whole answer back. Verdicts and notes are found by their claims' ids, which survive a
re-analysis and a re-ingest; a conflict's own id may not. A conflict a new claim has
joined since keeps them (`joined`): they are read under its key now.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from workbench.models import VERDICTS, Review, Verdict
from workbench.store.joined import joined_keys
from workbench.store.notes import NoteStore, by_time_and_reviewer
from workbench.store.rows import verdict_from_row
from workbench.store.schema import StoreError, utc_now

STATUS_OF_VERDICT = {"both_wrong": "disputed", "changed": "verified", "cant_tell": "unresolved"}
"""The status a verdict gives every claim of its conflict ("right" splits them; "not a
conflict" leaves each claim's own status alone)."""

_LIVE = (
    "undo_of IS NULL AND NOT EXISTS (SELECT 1 FROM verdicts u WHERE u.undo_of = v.id)"
    " AND verdict IS NOT NULL"
)
"""A verdict row that stands: not an undo, and not undone."""


def claim_key(claim_ids: Iterable[str]) -> str:
    """A conflict's identity by its claims, whatever id a re-analysis gives it."""
    return " ".join(sorted(set(claim_ids)))


class VerdictStore(NoteStore):
    """Verdicts and the review rows each wrote (notes: `NoteStore`); the undo of both."""

    _joined: tuple[Any, dict[str, str]] | None = None

    def joined(self) -> dict[str, str]:
        """Decided claim keys whose conflict a new claim has joined -> its key now (read
        again only when a decision or the findings changed)."""
        marks = (self.decision_marks(), self.content_marks())  # type: ignore[attr-defined]
        if self._joined is None or self._joined[0] != marks:
            keys = {r[0] for r in self.db.execute("SELECT DISTINCT claim_key FROM verdicts")}
            keys |= {
                r[0]
                for r in self.db.execute(
                    "SELECT DISTINCT subject_id FROM notes WHERE subject = 'conflict'"
                )
            }
            self._joined = (marks, joined_keys(self.db, keys))
        return self._joined[1]

    def _aliases(self, keys: Iterable[str]) -> list[str]:
        """The keys, and the older keys of the conflicts they are now."""
        wanted = set(keys)
        return sorted(wanted | {old for old, new in self.joined().items() if new in wanted})

    def _select_verdicts(self, where: str, params: list[Any]) -> list[Verdict]:
        cursor = self.db.execute(f"SELECT * FROM verdicts v WHERE {where} ORDER BY id", params)
        names = [d[0] for d in cursor.description]
        joined = self.joined()
        found = [verdict_from_row(dict(zip(names, row, strict=True))) for row in cursor]
        return [
            replace(v, claim_key=joined[v.claim_key]) if v.claim_key in joined else v for v in found
        ]

    def conflict_claim_ids(self, conflict_id: str) -> list[str]:
        return [
            r[0]
            for r in self.db.execute(
                "SELECT claim_id FROM conflict_claims WHERE conflict_id = ? ORDER BY position",
                [conflict_id],
            )
        ]

    def record_verdict(
        self,
        conflict_id: str,
        verdict: str,
        reviewer: str,
        *,
        right_claim_ids: Iterable[str] = (),
        right_value: str | None = None,
        sides: list[dict[str, Any]] | None = None,
    ) -> tuple[Verdict, list[Review]]:
        """Answer a conflict and set its claims' statuses, all in one transaction.

        Returns only once everything is durable. "right" needs the claims of the side
        judged right; the conflict's other claims are disputed.
        """
        if verdict not in VERDICTS:
            raise StoreError(f"unknown verdict {verdict!r}: expected one of {', '.join(VERDICTS)}")
        if not reviewer or not reviewer.strip():
            raise StoreError("a verdict needs a reviewer name")
        found = self.db.execute(
            "SELECT kind, reason FROM conflicts WHERE id = ?", [conflict_id]
        ).fetchone()
        if found is None:
            raise StoreError(f"no conflict with id {conflict_id}")
        claim_ids = self.conflict_claim_ids(conflict_id)
        live = {
            r[0]
            for r in self.db.execute(
                "SELECT id FROM claims WHERE id IN (SELECT claim_id FROM conflict_claims "
                "WHERE conflict_id = ?)",
                [conflict_id],
            )
        }
        right = [c for c in dict.fromkeys(right_claim_ids)]
        if verdict == "right" and (not right or not set(right) <= set(claim_ids)):
            raise StoreError("a verdict that one side is right needs that side's claims")
        if verdict != "right":
            right, right_value = [], None
        with self.transaction():
            row = {
                "conflict_id": conflict_id,
                "claim_key": claim_key(claim_ids),
                "verdict": verdict,
                "right_claim_ids": json.dumps(right) if right else None,
                "right_value": right_value,
                "sides": json.dumps(sides or [], ensure_ascii=False, sort_keys=True),
                "kind": found[0],
                "reason": found[1],
                "reviewer": reviewer,
                "at": None,
                "undo_of": None,
            }
            self.append_chained("verdicts", row, now=utc_now())
            reviews = []
            for claim_id in (c for c in claim_ids if c in live):
                status = STATUS_OF_VERDICT.get(verdict)
                if verdict == "right":
                    status = "verified" if claim_id in right else "disputed"
                if status is None:
                    continue
                review = self.record_review(
                    claim_id, status, reviewer, self.current_note("claim", claim_id)
                )
                self.append_chained(
                    "verdict_reviews", {"verdict_id": row["id"], "review_id": review.id}
                )
                reviews.append(review)
        return verdict_from_row(row), reviews

    def tag_claims(self, claim_ids: Iterable[str], status: str, reviewer: str) -> list[Review]:
        """Tag single claims (one log row each, one transaction); each row carries its
        claim's current note, so the log reads whole without the notes table."""
        with self.transaction():
            return [
                self.record_review(cid, status, reviewer, self.current_note("claim", cid))
                for cid in claim_ids
            ]

    def verdicts(self, claim_keys: Iterable[str] | None = None) -> dict[str, list[Verdict]]:
        """Each conflict's standing verdicts (one per reviewer, the latest), by claim key."""
        where = f"{_LIVE} AND id IN (SELECT max(id) FROM verdicts w WHERE w.undo_of IS NULL "
        where += "AND NOT EXISTS (SELECT 1 FROM verdicts u WHERE u.undo_of = w.id) "
        params: list[Any] = []
        if claim_keys is not None:
            params = self._aliases(claim_keys)
            where += f"AND w.claim_key IN ({', '.join('?' * len(params))}) "
        where += "GROUP BY claim_key, reviewer)"
        found: dict[str, dict[str, Verdict]] = {}
        for verdict in self._select_verdicts(where, params):  # oldest first: the latest wins
            found.setdefault(verdict.claim_key, {})[verdict.reviewer] = verdict
        return {key: list(mine.values()) for key, mine in found.items()}

    def verdict_history(self, key: str) -> list[Verdict]:
        """Every verdict row on a conflict (undos included), oldest first."""
        keys = self._aliases([key])
        return self._select_verdicts(f"claim_key IN ({', '.join('?' * len(keys))})", keys)

    def verdict_log(self) -> list[Verdict]:
        """The whole verdict log, oldest first."""
        return self._select_verdicts("1", [])

    def verdicts_without_reviews(
        self, *, since: str | None = None, reviewer: str | None = None, standing: bool = False
    ) -> Iterator[Verdict]:
        """Verdict rows that wrote no review row (not a conflict, an undo of a verdict), in
        order, streamed; `standing`: only those that stand (not undone, not an undo)."""
        where, params = by_time_and_reviewer(
            "NOT EXISTS (SELECT 1 FROM verdict_reviews l WHERE l.verdict_id = v.id)",
            since,
            reviewer,
        )
        if standing:
            where += f" AND {_LIVE}"
        cursor = self.db.conn.cursor()
        cursor.execute(f"SELECT * FROM verdicts v WHERE {where} ORDER BY id", params)
        names = [d[0] for d in cursor.description]
        for row in cursor:
            yield verdict_from_row(dict(zip(names, row, strict=True)))

    def verdict(self, verdict_id: int) -> Verdict | None:
        found = self._select_verdicts("id = ?", [verdict_id])
        return found[0] if found else None

    def verdict_of_review(self, review_id: int) -> Verdict | None:
        """The verdict a review row was written by, if any."""
        found = self._select_verdicts(
            "id = (SELECT verdict_id FROM verdict_reviews WHERE review_id = ?)", [review_id]
        )
        return found[0] if found else None

    def dismissed_claim_keys(self) -> set[str]:
        """Claim sets some reviewer judged "not a conflict" (the finder may learn from them)."""
        return {
            key
            for key, verdicts in self.verdicts().items()
            if any(v.verdict == "not_conflict" for v in verdicts)
        }

    def _review_ids_of(self, verdict_id: int) -> list[int]:
        return [
            r[0]
            for r in self.db.execute(
                "SELECT review_id FROM verdict_reviews WHERE verdict_id = ? ORDER BY review_id",
                [verdict_id],
            )
        ]

    def undo_latest(self, reviewer: str) -> tuple[Verdict | None, list[Review]]:
        """Take back this reviewer's latest decision, whole: a verdict with every status it
        set, or one tag. Refused (StoreError, nothing written) when someone else decided
        one of its claims since. Returns the undone verdict (if it was one) and the new
        review rows."""
        with self.transaction():
            mine = self._select_verdicts(f"{_LIVE} AND reviewer = ?", [reviewer])
            verdict = mine[-1] if mine else None
            last = self.last_review(reviewer)
            batch = self._review_ids_of(verdict.id) if verdict is not None else []
            if verdict is None or (
                last is not None and last.id not in batch and last.at > verdict.at
            ):
                row = self.undo_last(reviewer)
                return None, [row] if row is not None else []
            reviews: list[Review] = []
            while (last := self.last_review(reviewer)) is not None and last.id in batch:
                undone = self.undo_last(reviewer)
                if undone is None:
                    break
                reviews.append(undone)
            undo = {
                "conflict_id": verdict.conflict_id,
                "claim_key": verdict.claim_key,
                "verdict": None,
                "right_claim_ids": None,
                "right_value": None,
                "sides": None,
                "kind": verdict.kind,
                "reason": verdict.reason,
                "reviewer": reviewer,
                "at": None,
                "undo_of": verdict.id,
            }
            self.append_chained("verdicts", undo, now=utc_now())
            return verdict, reviews

    def latest_decision_at(self, reviewer: str) -> str | None:
        """When this reviewer's latest decision still standing was taken (a tag or a
        verdict): what an undo would take back, so a later note edit goes first."""
        verdicts = self._select_verdicts(f"{_LIVE} AND reviewer = ?", [reviewer])
        last = self.last_review(reviewer)
        times = [t for t in (verdicts[-1].at if verdicts else None, last and last.at) if t]
        return max(times, default=None)

    def decision_marks(self) -> tuple[int, int, int]:
        """The high-water marks of the three logs: any change by anyone moves one."""
        row = self.db.execute(
            "SELECT (SELECT coalesce(max(id), 0) FROM reviews), "
            "(SELECT coalesce(max(id), 0) FROM verdicts), (SELECT coalesce(max(id), 0) FROM notes)"
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])
