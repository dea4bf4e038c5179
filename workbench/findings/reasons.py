"""Findings as a reviewer reads them: the sides of a finding and its one-line reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from workbench.findings.alignment import stated_day
from workbench.findings.citations import citing
from workbench.findings.claim_views import ClaimView
from workbench.findings.comparison import (
    CONFLICT,
    WITHIN,
)
from workbench.vocabulary import Vocabulary


@dataclass(slots=True)
class Side:
    values: list[str] = field(default_factory=list)
    claims: list[ClaimView] = field(default_factory=list)

    @property
    def value(self) -> str:
        return " / ".join(self.values)


@dataclass(slots=True)
class Finding:
    kind: str
    relation: str
    topic: tuple[str, ...]
    sides: dict[str, Side] = field(default_factory=dict)
    score: float = 0.0
    alignments: list[float] = field(default_factory=list)
    note: str = ""

    def add(self, key: str, shown: str, view: ClaimView) -> None:
        side = self.sides.setdefault(key, Side())
        if all(v.claim.id != view.claim.id for v in side.claims):
            side.claims.append(view)
            if shown not in side.values:
                side.values.append(shown)

    @property
    def claim_ids(self) -> list[str]:
        return [v.claim.id for side in self.ordered_sides() for v in side.claims]

    def ordered_sides(self) -> list[Side]:
        return sorted(
            self.sides.values(),
            key=lambda s: min((v.witness, v.claim.start) for v in s.claims),
        )


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun if noun.endswith("s") else noun + "s"


_DIMENSION_NAMES = {
    "length": "distance",
    "area": "area",
    "mass": "weight",
    "volume": "volume",
    "speed": "speed",
    "duration": "duration",
    "percent": "percentage",
}


def describe(finding: Finding, vocab: Vocabulary) -> str:
    """What the finding is about, in a few words: "number detained", "place of the uprising"."""
    group = vocab.actions.get(finding.topic[-1]) if finding.topic[-1] else None
    if finding.kind == "quantity":
        what = finding.topic[1]
        dimensions = {d for d, _ in vocab.units.values()}
        if what in dimensions:
            name = _DIMENSION_NAMES.get(what, f"amount ({what.upper()})")
            return f"{name} {group.participle}" if group else name
        if what == "persons":
            return f"number {group.participle}" if group else "number of people"
        counted = next(
            (v.counted for s in finding.sides.values() for v in s.claims if v.counted), None
        )
        noun = _plural(counted) if counted else "figure"
        return f"{noun} {group.participle}" if group else f"number of {noun}"
    if finding.kind == "place":
        return f"place of the {group.noun}" if group else "place"
    return f"date of the {group.noun}" if group else "date"


def _who(views: list[ClaimView]) -> str:
    """The sources behind one side, each with whom it cites."""
    cited: dict[str, list[str | None]] = {}
    for view in sorted(views, key=lambda v: (v.witness, v.claim.start)):
        label = view.source.named if view.source else f"source {view.claim.source_id}"
        cited.setdefault(label, []).append(view.claim.attribution)
    return "; ".join(citing(label, names) for label, names in cited.items())


def _days(views: list[ClaimView]) -> set[date]:
    return {d for v in views if (d := stated_day(v)) is not None}


def same_day_of(sides: list[Side]) -> bool | None:
    """True when every claim reports the same day, False when the sides' days differ."""
    if any(stated_day(v) is None for s in sides for v in s.claims):
        return None
    days = [_days(s.claims) for s in sides]
    if len(set().union(*days)) == 1:
        return True
    if all(not (d & other) for i, d in enumerate(days) for other in days[i + 1 :]):
        return False
    return None


def _short(views: list[ClaimView]) -> str:
    days = sorted(_days(views))
    return days[0].isoformat() if days else "?"


def reason(finding: Finding, vocab: Vocabulary, same_day: bool | None) -> str:
    sides = finding.ordered_sides()
    what = describe(finding, vocab)
    joiner = " vs " if finding.relation == CONFLICT else " and "
    parts = [f"{s.value} ({_who(s.claims)})" for s in sides]
    text = f"{what}: {joiner.join(parts)}"
    if finding.relation == WITHIN and finding.note:
        return f"{what}: {finding.note} ({' and '.join(_who(s.claims) for s in sides)})"
    if finding.relation != CONFLICT:
        return text + (" agree" if len(sides) == 1 else ": consistent")
    if same_day:
        return text + "; same day"
    if same_day is False:
        dated = " vs ".join(f"{s.value} on {_short(s.claims)}" for s in sides)
        if finding.kind == "quantity":
            return f"{text}; {dated}: the figure may have changed"
        return f"{text}; reported for different days ({dated})"
    published = [
        {v.source.published for v in s.claims if v.source and v.source.published} for s in sides
    ]
    if all(published) and not set.intersection(*published):
        pubs = " vs ".join(sorted(p)[0] for p in published)
        return f"{text}; published on different dates ({pubs})"
    days = set().union(*published)
    if all(published) and len(days) == 1:  # no day stated, but one day's reports
        return f"{text}; one story, published the same day ({days.pop()})"
    return text
