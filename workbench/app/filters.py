"""Which rows a list shows: review state, kind, source, and words.

Pure functions over the app's shapes, so the filter dialog and the tests agree on
what "open" or "by source" means. Never imports Textual.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from workbench.app.data import ClaimRef, Finding, SourceInfo
from workbench.app.format import finding_sides, finding_state

STATES = ("all", "open", "decided")


@dataclass(frozen=True, slots=True)
class ListFilter:
    """What the reviewer asked to see; the default shows everything."""

    state: str = "all"
    """all, open (something left to decide) or decided."""
    kind: str | None = None
    source_id: int | None = None
    text: str = ""
    """Words that must all appear in the row (values, sources, reason), any case."""

    @property
    def active(self) -> bool:
        return self != ListFilter()

    def describe(self, sources: Mapping[int, SourceInfo]) -> str:
        parts = [] if self.state == "all" else [self.state]
        if self.kind:
            parts.append(self.kind)
        if self.source_id is not None:
            source = sources.get(self.source_id)
            parts.append(source.label if source else f"source {self.source_id}")
        if self.text:
            parts.append(f"“{self.text}”")
        return " · ".join(parts)

    def _words_match(self, haystack: str) -> bool:
        hay = haystack.casefold()
        return all(word in hay for word in self.text.casefold().split())

    def finding(
        self, finding: Finding, statuses: Mapping[str, str], sources: Mapping[int, SourceInfo]
    ) -> bool:
        state = finding_state(finding, statuses)
        if self.state == "open" and state not in ("open", "partial"):
            return False
        if self.state == "decided" and state != "decided":
            return False
        if self.kind and finding.kind != self.kind:
            return False
        if self.source_id is not None and all(
            c.source_id != self.source_id for c in finding.claims
        ):
            return False
        if self.text:
            sides = finding_sides(finding, sources)
            words = [finding.reason, finding.kind]
            for side in sides:
                words += [side.value, side.written, *side.sources]
            return self._words_match(" ".join(words))
        return True

    def claim(
        self, claim: ClaimRef, statuses: Mapping[str, str], sources: Mapping[int, SourceInfo]
    ) -> bool:
        decided = claim.id in statuses
        if (self.state == "open" and decided) or (self.state == "decided" and not decided):
            return False
        if self.kind and claim.kind != self.kind:
            return False
        if self.source_id is not None and claim.source_id != self.source_id:
            return False
        if self.text:
            source = sources.get(claim.source_id)
            return self._words_match(f"{claim.text} {claim.kind} {source.label if source else ''}")
        return True
