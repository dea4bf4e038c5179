"""The review log: append-only decisions, their undo, and the statuses they add up to."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from workbench.models import (
    REVIEW_STATUSES,
    Claim,
    Review,
)
from workbench.store.chain import CONTENT, ROLE_CONTENT, ChainStore
from workbench.store.rows import review_filters, review_from_row
from workbench.store.schema import StoreError, utc_now

_SNAPSHOT = (*CONTENT[CONTENT.index("claim_kind") :], *ROLE_CONTENT)
"""The columns of a review row that keep its claim as it was (`_snapshot`)."""


class ReviewStore(ChainStore):
    """The review log: append-only decisions, their undo, and the statuses they add up to."""

    def status_of(self, claim_id: str) -> str | None:
        """A claim's current decision: the status of its latest log row (None: undecided)."""
        row = self.db.execute(
            "SELECT status FROM reviews WHERE claim_id = ? ORDER BY id DESC LIMIT 1", [claim_id]
        ).fetchone()
        return row[0] if row else None

    def statuses(self) -> dict[str, str]:
        """Current decision of every decided claim."""
        return dict(self.db.execute("SELECT claim_id, status FROM claim_status"))

    def record_review(
        self,
        claim_id: str,
        status: str | None,
        reviewer: str,
        note: str | None = None,
        *,
        undo_of: int | None = None,
    ) -> Review:
        """Append one decision to the log in its own committed transaction.

        Returns only after the row is durable, so a caller may show it as saved.
        """
        if status is not None and status not in REVIEW_STATUSES:
            raise StoreError(
                f"unknown status {status!r}: expected one of {', '.join(REVIEW_STATUSES)}"
            )
        if not reviewer or not reviewer.strip():
            raise StoreError("a decision needs a reviewer name")
        with self.db.atomic():
            snapshot = self._snapshot(claim_id, self.claim(claim_id))
            row = {
                "claim_id": claim_id,
                "status": status,
                # An empty note is no note, so CSV (which cannot tell "" from null) round-trips.
                "note": note or None,
                "reviewer": reviewer,
                "at": None,
                "previous_status": self.status_of(claim_id),
                "undo_of": undo_of,
                **snapshot,
            }
            self.append_chained("reviews", row, now=utc_now())
        return review_from_row(row)

    def claim_snapshot(self, claim_id: str) -> dict[str, Any] | None:
        """What a log row would keep of a claim now (None: no such claim now): a note's
        export row, since the note log keeps no snapshot (`export.rows.note_records`)."""
        claim = self.claim(claim_id)
        return None if claim is None else self._snapshot(claim_id, claim)

    def _snapshot(self, claim_id: str, claim: Claim | None) -> dict[str, Any]:
        """What a log row keeps of its claim, so it reads right after the claim is gone."""
        if claim is None:
            last = self.db.execute(
                f"SELECT {', '.join(_SNAPSHOT)} FROM reviews WHERE claim_id = ? "
                "ORDER BY id DESC LIMIT 1",
                [claim_id],
            ).fetchone()
            if last is None:
                raise StoreError(f"no claim with id {claim_id}")
            return dict(zip(_SNAPSHOT, last, strict=True))
        # Four columns, not the whole source (its text and raw bytes): a verdict logs
        # several claims, each read on the way to the commit the reviewer waits for.
        file, outlet, url, published = self.db.execute(
            "SELECT file, outlet, url, published FROM sources WHERE id = ?", [claim.source_id]
        ).fetchone()
        return {
            "claim_kind": claim.kind,
            "claim_text": claim.text,
            "sentence": claim.sentence,
            "source_file": file,
            "outlet": outlet,
            "url": url,
            "published": published,
            "value": json.dumps(claim.value, sort_keys=True, ensure_ascii=False),
            # One mention counted in two roles is two claims with the same words and value:
            # the role (and what it counts) tells their rows apart in the log.
            "claim_role": claim.role,
            "claim_counted": (claim.counted or {}).get("noun"),
        }

    def last_review(self, reviewer: str | None = None) -> Review | None:
        """The latest row that is not itself undone (what `undo` would take back)."""
        sql = (
            "SELECT * FROM reviews r WHERE NOT EXISTS "
            "(SELECT 1 FROM reviews u WHERE u.undo_of = r.id) AND r.undo_of IS NULL"
        )
        params: list[Any] = []
        if reviewer is not None:
            sql += " AND r.reviewer = ?"
            params.append(reviewer)
        cursor = self.db.execute(sql + " ORDER BY r.id DESC LIMIT 1", params)
        row = cursor.fetchone()
        if row is None:
            return None
        return review_from_row(dict(zip([d[0] for d in cursor.description], row, strict=True)))

    def undo_last(self, reviewer: str) -> Review | None:
        """Take back this reviewer's latest decision by appending a row restoring the old status.

        Refused when someone has decided the same claim since: restoring the old status
        would silently take back their decision too.
        """
        last = self.last_review(reviewer)
        if last is None:
            return None
        since = self.db.execute(
            "SELECT reviewer FROM reviews r WHERE claim_id = ? AND id > ? AND undo_of IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM reviews u WHERE u.undo_of = r.id) "
            "ORDER BY id DESC LIMIT 1",
            [last.claim_id, last.id],
        ).fetchone()
        if since is not None:
            raise StoreError(
                f"cannot undo the decision on claim {last.claim_id}: "
                f"{since[0]} has decided it since"
            )
        note = self.db.execute(
            "SELECT note FROM reviews WHERE claim_id = ? AND id < ? ORDER BY id DESC LIMIT 1",
            [last.claim_id, last.id],
        ).fetchone()
        return self.record_review(
            last.claim_id,
            last.previous_status,
            reviewer,
            note[0] if note else None,
            undo_of=last.id,
        )

    def reviews(
        self,
        *,
        claim_id: str | None = None,
        since: str | None = None,
        reviewer: str | None = None,
        status: str | None = None,
        latest: bool = False,
    ) -> Iterator[Review]:
        """The log in order, streamed from the database (memory does not grow with it).

        `since` is compared as text with `at`, so give it in the log's own format
        (`utc_now()`'s, or a prefix of it such as a date). With `latest`, only each claim's
        current row is considered, and the other filters apply to that row.
        """
        where, params = review_filters(claim_id, since, reviewer, status, latest)
        sql = "SELECT * FROM reviews" + where
        cursor = self.db.conn.cursor()
        cursor.execute(sql + " ORDER BY id", params)
        names = [d[0] for d in cursor.description]
        for row in cursor:
            yield review_from_row(dict(zip(names, row, strict=True)))

    def latest_review(self, claim_id: str) -> Review | None:
        """A claim's current log row, with who decided it and why (None: never reviewed)."""
        cursor = self.db.execute(
            "SELECT * FROM reviews WHERE claim_id = ? ORDER BY id DESC LIMIT 1", [claim_id]
        )
        row = cursor.fetchone()
        if row is None:
            return None
        return review_from_row(dict(zip([d[0] for d in cursor.description], row, strict=True)))

    def review_counts(
        self,
        *,
        since: str | None = None,
        reviewer: str | None = None,
        status: str | None = None,
        latest: bool = False,
    ) -> list[tuple[str, str | None, int]]:
        """(reviewer, status, rows) over the filtered log, so a summary need not hold the log."""
        where, params = review_filters(None, since, reviewer, status, latest)
        sql = (
            f"SELECT reviewer, status, count(*) FROM reviews{where} "
            "GROUP BY reviewer, status ORDER BY reviewer, status"
        )
        return [tuple(r) for r in self.db.execute(sql, params)]
