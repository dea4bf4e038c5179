"""Conflict finding: where independent sources disagree, and what they agree on.

The entry point of the analysis step after extraction. Claims are first reduced to
independent witnesses (a copy of a source adds nothing), aligned within blocks
(`alignment`), compared (`comparison`), and the disagreeing pairs that speak of the
same two values are gathered into one finding with a reason a reviewer can read.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz

from workbench import vocabulary
from workbench.alignment import ALIGN_MIN, ClaimView, alignment, candidate_pairs, make_view
from workbench.comparison import (
    AGREE,
    CONFLICT,
    WITHIN,
    Places,
    compare,
    date_span,
    place_name,
    quantity_range,
)
from workbench.models import Claim, Conflict, Corroboration, Source
from workbench.vocabulary import Vocabulary, fold, words

FINDER_VERSION = "1"

COPY_SENTENCE_SIMILARITY = 90.0
"""A copy's claim whose sentence is this close to one of its original's is the same claim."""


def finding_id(kind: str, claim_ids: Iterable[str]) -> str:
    """Stable across runs: the kind and the sorted ids of the claims involved."""
    material = kind + "\x1f" + "\x1f".join(sorted(set(claim_ids)))
    return hashlib.sha1(material.encode("utf-8")).hexdigest()[:16]


# --- independence -------------------------------------------------------------------------


def witnesses(sources: Iterable[Source]) -> dict[int, int]:
    """Each source's independent witness: itself, or the original it was copied from."""
    copy_of = {s.id: s.copy_of for s in sources}
    root: dict[int, int] = {}
    for sid in copy_of:
        current, seen = sid, {sid}
        while copy_of.get(current) is not None and copy_of[current] not in seen:
            current = copy_of[current]  # type: ignore[assignment]
            seen.add(current)
        root[sid] = current
    return root


def independent_claims(claims: list[Claim], root: dict[int, int]) -> list[Claim]:
    """Drop a copy's claims that repeat its original's, so a claim counts once."""
    by_witness: dict[tuple[int, str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if root.get(claim.source_id, claim.source_id) == claim.source_id:
            by_witness[(claim.source_id, claim.kind, fold(claim.text))].append(claim)
    kept = []
    for claim in claims:
        origin = root.get(claim.source_id, claim.source_id)
        if origin != claim.source_id:
            twins = by_witness.get((origin, claim.kind, fold(claim.text)), [])
            if any(
                fuzz.ratio(fold(t.sentence), fold(claim.sentence)) >= COPY_SENTENCE_SIMILARITY
                for t in twins
            ):
                continue
        kept.append(claim)
    return kept


def is_reference_place(claim: Claim, vocab: Vocabulary) -> bool:
    """A place named as a landmark ("3 km from X", "near X"), not where something happened."""
    at = claim.sentence.find(claim.text) if claim.text else -1
    if at < 0:
        return False
    before = [w for w in words(claim.sentence[:at])[-4:] if w != "the"]
    for size in (2, 1):
        if len(before) >= size and " ".join(before[-size:]) in vocab.relative_place_words:
            return True
    return False


# --- gathering pairs into findings ----------------------------------------------------------


@dataclass(slots=True)
class Side:
    value: str
    claims: list[ClaimView] = field(default_factory=list)


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
        side = self.sides.setdefault(key, Side(shown))
        if all(v.claim.id != view.claim.id for v in side.claims):
            side.claims.append(view)

    @property
    def claim_ids(self) -> list[str]:
        return [v.claim.id for side in self.ordered_sides() for v in side.claims]

    def ordered_sides(self) -> list[Side]:
        return sorted(
            self.sides.values(),
            key=lambda s: min((v.witness, v.claim.start) for v in s.claims),
        )


def _value_key(view: ClaimView, vocab: Vocabulary) -> tuple[str, str] | None:
    """(grouping key, shown value) of a claim's value."""
    claim = view.claim
    if claim.kind == "quantity":
        found = quantity_range(claim, vocab)
        if found is None:
            return None
        return f"{found.dimension}:{found.low:.6g}:{found.high:.6g}", found.shown
    if claim.kind == "place":
        name = place_name(claim)
        return " ".join(words(name)), name
    if claim.kind == "date":
        span = date_span(claim)
        if span is None:
            return None
        start, end = span.days()
        shown = claim.text.strip()
        return f"{start.isoformat()}/{end.isoformat()}/{span.grain}", shown
    return None


def _topic(a: ClaimView, b: ClaimView) -> tuple[str, ...]:
    shared = sorted(a.topics & b.topics)
    known = sorted((a.topics if a.frame_known else set()) | (b.topics if b.frame_known else set()))
    action = (shared or known or [""])[0]
    if a.kind == "quantity":
        what = a.dimension if a.dimension != "count" else (a.counted_class or b.counted_class)
        return (a.kind, what or "", action)
    return (a.kind, action)


# --- reasons --------------------------------------------------------------------------------


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
    """The sources behind one side, with whom they cite."""
    labels: list[str] = []
    for view in sorted(views, key=lambda v: v.witness):
        label = view.source.label if view.source else f"source {view.claim.source_id}"
        if view.claim.attribution:
            label += f", citing {view.claim.attribution}"
        if label not in labels:
            labels.append(label)
    return "; ".join(labels)


def _days(views: list[ClaimView]) -> set[date]:
    return {v.event_day for v in views if v.event_day is not None}


def _same_day(sides: list[Side]) -> bool | None:
    """True when every claim reports the same day, False when the sides' days differ."""
    if any(v.event_day is None for s in sides for v in s.claims):
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
    return text


# --- the entry point ------------------------------------------------------------------------


def build_views(
    claims: list[Claim], sources: list[Source], vocab: Vocabulary
) -> tuple[list[ClaimView], Places]:
    """Independent claims with their evidence, and what the corpus says about places."""
    root = witnesses(sources)
    by_id = {s.id: s for s in sources}
    doc_classes = {s.id: vocab.classes_in(s.text) for s in sources}
    views = []
    for claim in independent_claims(claims, root):
        if claim.kind == "place" and is_reference_place(claim, vocab):
            continue
        witness = root.get(claim.source_id, claim.source_id)
        views.append(
            make_view(
                claim,
                witness,
                by_id.get(claim.source_id),
                vocab,
                doc_classes.get(witness, frozenset()),
            )
        )
    places = Places()
    together: dict[tuple[int, str], list[str]] = defaultdict(list)
    for view in views:
        if view.kind != "place":
            continue
        container = view.claim.value.get("container")
        if container:
            places.add_container(place_name(view.claim), str(container))
        for topic in view.topics:
            together[(view.witness, topic)].append(place_name(view.claim))
    for names in together.values():
        places.add_together(names)
    return views, places


def find_findings(
    claims: list[Claim], sources: list[Source], vocab: Vocabulary | None = None
) -> tuple[list[Conflict], list[Corroboration]]:
    """Conflicts and corroborations across independent sources, best first."""
    vocab = vocab or vocabulary.default()
    views, places = build_views(claims, sources, vocab)
    findings: dict[tuple, Finding] = {}
    for a, b in candidate_pairs(views):
        aligned = alignment(a, b, vocab)
        if aligned is None or aligned < ALIGN_MIN:
            continue
        verdict = compare(a.claim, b.claim, vocab, places)
        if verdict.relation not in (CONFLICT, AGREE, WITHIN):
            continue
        ka, kb = _value_key(a, vocab), _value_key(b, vocab)
        if ka is None or kb is None:
            continue
        topic = _topic(a, b)
        key = (verdict.relation, topic, frozenset((ka[0], kb[0])))
        finding = findings.get(key)
        if finding is None:
            finding = findings[key] = Finding(a.kind, verdict.relation, topic, note=verdict.note)
        finding.add(ka[0], ka[1], a)
        finding.add(kb[0], kb[1], b)
        finding.alignments.append(aligned)
        if verdict.relation == CONFLICT:
            score = aligned * (0.7 + 0.3 * verdict.severity)
        else:
            score = aligned
        finding.score = max(finding.score, score)
    conflicts, corroborations = [], []
    for finding in findings.values():
        ids = finding.claim_ids
        score = round(min(1.0, max(0.0, finding.score)), 3)
        if finding.relation == CONFLICT:
            sides = finding.ordered_sides()
            same_day = _same_day(sides)
            conflicts.append(
                Conflict(
                    id=finding_id(finding.kind, ids),
                    kind=finding.kind,
                    score=score,
                    reason=reason(finding, vocab, same_day),
                    same_day=same_day,
                    claim_ids=ids,
                    claims=[v.claim for s in sides for v in s.claims],
                )
            )
        else:
            corroborations.append(
                Corroboration(
                    id=finding_id(finding.kind, ids),
                    kind=finding.kind,
                    score=score,
                    reason=reason(finding, vocab, None),
                    claim_ids=ids,
                    claims=[v.claim for s in finding.ordered_sides() for v in s.claims],
                )
            )
    conflicts = _unique(sorted(conflicts, key=lambda c: (-c.score, c.id)))
    corroborations = _unique(sorted(corroborations, key=lambda c: (-c.score, c.id)))
    return conflicts, corroborations


def _unique(findings: list) -> list:
    """One finding per id (two topics can gather the same claims), the best kept."""
    seen: set[str] = set()
    out = []
    for f in findings:
        if f.id not in seen:
            seen.add(f.id)
            out.append(f)
    return out
