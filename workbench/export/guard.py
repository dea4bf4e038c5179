"""What every export checks before writing: that the review log is intact, and that no
link it writes can run code.

An export goes where the database cannot vouch for it (a spreadsheet, a web page, a
fact-check feed), so a `javascript:` or `data:` URL given at ingest is left out and
reported rather than carried along, and a log whose hash chain was broken is named in
the notes (and, for the editor's report, at its top).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from workbench.export.roles import roles_note
from workbench.models import Review, Source
from workbench.safe_text import http_url, one_line


@dataclass(slots=True)
class ExportNotes:
    """What the export left out or found; `altered` is the verification's message."""

    altered: str | None = None
    refused_urls: set[str] = field(default_factory=set)
    undone_claims: int = 0
    """ClaimReview: claims left out because their decisions were undone (no rating)."""
    roles_read: dict[str, int] = field(default_factory=dict)
    """Decided counts whose role was not in the log, by where it was read (`export.roles`)."""

    def lines(self) -> list[str]:
        out = []
        if self.altered:
            out.append(self.altered + " (run `workbench verify`)")
        if self.refused_urls:
            shown = ", ".join(sorted(one_line(u, 60) for u in self.refused_urls)[:5])
            out.append(f"left out {len(self.refused_urls)} URL(s) that are not http(s): {shown}")
        if self.undone_claims:
            n = self.undone_claims
            out.append(
                f"left out {n} claim{'s' * (n != 1)} whose decision{'s' * (n != 1)} "
                f"{'were' if n != 1 else 'was'} undone: a ClaimReview without a rating is no "
                "fact check to publish (Google's guidance requires reviewRating); "
                "--format md lists them as undone, jsonl and csv hold every undo row"
            )
        roles = roles_note(self.roles_read)
        if roles:
            out.append(roles)
        return out


class GuardedStore:
    """The store as an export reads it: sources and log rows with only http(s) URLs."""

    def __init__(self, store: Any, notes: ExportNotes) -> None:
        self._store = store
        self.notes = notes

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def _url(self, url: str | None) -> str | None:
        safe = http_url(url)
        if url and safe is None:
            self.notes.refused_urls.add(url)
        return safe

    def _review(self, review: Review | None) -> Review | None:
        if review is None or not review.url:
            return review
        safe = self._url(review.url)
        return review if safe == review.url else replace(review, url=safe)

    def source_headers(self) -> list[Source]:
        out = []
        for source in self._store.source_headers():
            safe = self._url(source.url)
            out.append(source if safe == source.url else replace(source, url=safe))
        return out

    def claim_snapshot(self, claim_id: str) -> dict[str, Any] | None:
        snapshot = self._store.claim_snapshot(claim_id)
        if snapshot is not None:
            snapshot = {**snapshot, "url": self._url(snapshot["url"])}
        return snapshot

    def reviews(self, **filters: Any) -> Iterator[Review]:
        for review in self._store.reviews(**filters):
            yield self._review(review)

    def latest_review(self, claim_id: str) -> Review | None:
        return self._review(self._store.latest_review(claim_id))


def guard(store: Any, notes: ExportNotes) -> GuardedStore:
    """Verify the log's chain (into `notes`) and wrap the store for an export."""
    check = store.verify_log()
    if not check.ok:
        notes.altered = check.describe()
    return GuardedStore(store, notes)
