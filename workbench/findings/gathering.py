"""Judged pairs of claims gathered into findings: the pairs that speak of the same two values
(up to the values some pair of sources agrees on) make one finding, so a dispute is listed
once however many sources take each side."""

from __future__ import annotations

from workbench.findings.claim_views import ClaimView
from workbench.findings.comparison import (
    AGREE,
    CONFLICT,
    VAGUE_PENALTY,
    WITHIN,
    date_span,
    place_name,
    quantity_range,
)
from workbench.findings.reasons import Finding
from workbench.vocabulary import Vocabulary, words


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


class _Clusters:
    """Values that some pair of sources agree on, merged so a dispute is listed once."""

    def __init__(self) -> None:
        self.parent: dict[tuple, tuple] = {}

    def find(self, key: tuple) -> tuple:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, x: tuple, y: tuple) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[max(rx, ry)] = min(rx, ry)


def _group(topic: tuple[str, ...]) -> tuple[str, ...]:
    """What one dispute is about: a figure of one action, but a single place or day of the
    story, whichever verb each sentence hangs it on ("hospitalized on Saturday" and "the
    outbreak on Saturday" dispute the same day)."""
    return topic if topic[0] == "quantity" else topic[:1]


def gather_findings(judged: list, vocab: Vocabulary) -> list[Finding]:
    """The findings of judged pairs (`judging.judge`), each scored by its best pair."""
    keys: dict[str, tuple[str, str] | None] = {}
    for j in judged:
        for view in (j.a, j.b):
            if view.claim.id not in keys:
                keys[view.claim.id] = _value_key(view, vocab)
    clusters = _Clusters()
    for j in judged:
        ka, kb = keys[j.a.claim.id], keys[j.b.claim.id]
        if j.verdict.relation == AGREE and ka and kb:
            group = _group(j.topic)
            clusters.union((group, ka[0]), (group, kb[0]))
    findings: dict[tuple, Finding] = {}
    for j in judged:
        a, b, verdict, topic = j.a, j.b, j.verdict, j.topic
        ka, kb = keys[a.claim.id], keys[b.claim.id]
        if ka is None or kb is None:
            continue
        group = _group(topic)
        side_a, side_b = clusters.find((group, ka[0]))[1], clusters.find((group, kb[0]))[1]
        if verdict.relation == CONFLICT and side_a == side_b:
            side_a, side_b = ka[0], kb[0]
        key = (verdict.relation, group, frozenset((side_a, side_b)))
        finding = findings.get(key)
        if finding is None:
            note = verdict.note if verdict.relation == WITHIN else ""
            finding = findings[key] = Finding(a.kind, verdict.relation, topic, note=note)
        finding.add(side_a, ka[1], a)
        finding.add(side_b, kb[1], b)
        finding.alignments.append(j.aligned)
        if verdict.relation == CONFLICT:
            score = j.aligned * (0.8 + 0.2 * verdict.severity)
            if verdict.note == "vague":
                score *= VAGUE_PENALTY
        else:
            score = j.aligned
        finding.score = max(finding.score, score)
    return list(findings.values())
