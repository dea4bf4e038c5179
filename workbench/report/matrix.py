"""The agreement matrix: for each pair of outlets, how often their comparable claims agree,
conflict, or were judged, and, once a reviewer has decided, who was right how often.

A claim verified in a conflict counts as its outlet being right against the other side;
a claim disputed, as being wrong (a verdict sets these statuses: "one side right" verifies
that side and disputes the other, "both wrong" disputes both). A conflict with a verdict,
or with a claim verified or disputed, counts as judged. Only independent reports meet
here: the finder never pairs a copy with its original, and a copy's findings with a
third article count once, under its original's name (see Scope.witness_of).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import permutations

from workbench.models import Claim
from workbench.report.scope import DECIDED, Scope


@dataclass(slots=True)
class Cell:
    """Row outlet against column outlet."""

    agree: int = 0
    conflict: int = 0
    judged: int = 0
    """Conflicts between the two with a verdict, or a claim verified or disputed."""
    right: int = 0
    """Judged conflicts in which the row outlet's claim was verified."""
    wrong: int = 0
    """Judged conflicts in which the row outlet's claim was disputed."""

    @property
    def empty(self) -> bool:
        return not (self.agree or self.conflict)


@dataclass(slots=True)
class OutletRecord:
    """One outlet's totals over the scope."""

    agreements: int = 0
    conflicts: int = 0
    judged: int = 0
    right: int = 0
    wrong: int = 0


DRAWN_OUTLETS = 12
"""Outlets a matrix draws at most when its scope has more (see `AgreementMatrix.drawn`)."""


@dataclass(slots=True)
class AgreementMatrix:
    outlets: list[str]
    """Most involved first."""
    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)
    records: dict[str, OutletRecord] = field(default_factory=dict)
    left_out: int = 0
    """Outlets of the scope not drawn (see `drawn`)."""

    def cell(self, row: str, column: str) -> Cell:
        return self.cells.get((row, column)) or Cell()

    def drawn(self, most: int = DRAWN_OUTLETS) -> AgreementMatrix:
        """The matrix a reader can take in: every outlet of a story, but of a larger scope
        only the `most` most involved of those compared with another. The whole of 300
        real articles was 174 outlets by 174, 30,000 cells nearly all empty."""
        if len(self.outlets) <= most:
            return self
        records = self.records
        kept = [o for o in self.outlets if records[o].agreements or records[o].conflicts][:most]
        shown = set(kept)
        cells = {pair: c for pair, c in self.cells.items() if shown.issuperset(pair)}
        left = len(self.outlets) - len(kept)
        return AgreementMatrix(kept, cells, {o: records[o] for o in kept}, left)

    @property
    def findings(self) -> int:
        return sum(c.agree + c.conflict for c in self.cells.values()) // 2


def _verdict(claims: Iterable[Claim], statuses: dict[str, str]) -> str | None:
    """'right', 'wrong' or None for one outlet's side of a conflict."""
    decided = {statuses.get(c.id) for c in claims} & set(DECIDED)
    if "verified" in decided:
        return "right"
    return "wrong" if "disputed" in decided else None


def agreement_matrix(scope: Scope) -> AgreementMatrix:
    """Count, pair by pair of outlets, the scope's corroborations and conflicts."""
    outlet_of = scope.witness_of()  # a copy counts for its original, never twice
    cells: dict[tuple[str, str], Cell] = {}
    records: dict[str, OutletRecord] = {}
    involvement: Counter[str] = Counter()

    def sides(claims: list[Claim]) -> dict[str, list[Claim]]:
        by: dict[str, list[Claim]] = {}
        for claim in claims:
            name = outlet_of.get(claim.source_id)
            if name is not None:
                by.setdefault(name, []).append(claim)
        return by

    for corroboration in scope.corroborations:
        by = sides(corroboration.claims)
        for name in by:
            records.setdefault(name, OutletRecord()).agreements += 1
            involvement[name] += 1
        for a, b in permutations(by, 2):
            cells.setdefault((a, b), Cell()).agree += 1

    for conflict in scope.conflicts:
        by = sides(conflict.claims)
        verdicts = {name: _verdict(claims, scope.statuses) for name, claims in by.items()}
        judged = any(verdicts.values()) or bool(scope.verdicts.get(conflict.id))
        for name, verdict in verdicts.items():
            record = records.setdefault(name, OutletRecord())
            record.conflicts += 1
            record.judged += judged
            record.right += verdict == "right"
            record.wrong += verdict == "wrong"
            involvement[name] += 1
        for a, b in permutations(by, 2):
            cell = cells.setdefault((a, b), Cell())
            cell.conflict += 1
            cell.judged += judged
            cell.right += verdicts[a] == "right"
            cell.wrong += verdicts[a] == "wrong"

    names = set(outlet_of.values()) | set(involvement)
    outlets = sorted(names, key=lambda n: (-involvement[n], n.casefold()))
    for name in outlets:
        records.setdefault(name, OutletRecord())
    return AgreementMatrix(outlets, cells, records)
