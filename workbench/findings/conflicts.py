"""Conflict finding: where independent sources disagree, and what they agree on.

The entry point of the analysis step after extraction. Claims are first reduced to
independent witnesses (a copy of a source adds nothing), aligned within blocks
(`alignment`), compared (`comparison`), and the disagreeing pairs that speak of the
same two values are gathered into one finding (`gathering`) with a reason a reviewer can
read; figures of people take their own path (`figure_findings`).
"""

from __future__ import annotations

from collections.abc import Mapping

from workbench import vocabulary
from workbench.findings import score as score_model
from workbench.findings.comparison import CONFLICT
from workbench.findings.embeds import tweeted
from workbench.findings.event_facts import EventCheck
from workbench.findings.figure_findings import figure_findings
from workbench.findings.gathering import gather_findings
from workbench.findings.independence import finding_id
from workbench.findings.judging import judge, self_consistent
from workbench.findings.reasons import Finding, reason, same_day_of
from workbench.findings.story_days import story_day_disputes
from workbench.findings.views import build_views, source_story_names
from workbench.models import Claim, Conflict, Corroboration, Source
from workbench.stories.events import EventFacts
from workbench.versions import FINDER_VERSION as FINDER_VERSION
from workbench.vocabulary import Vocabulary

_THREAD_WIDE = {"story": False, "across": True}
"""Which figures a part of a thread compares (`figure_findings`): all, for "all"."""


def _outlets_of(finding: Finding, outlet: Mapping[int, str]) -> set[str]:
    return {
        outlet.get(v.claim.source_id, str(v.claim.source_id))
        for side in finding.ordered_sides()
        for v in side.claims
    }


def find_findings(
    claims: list[Claim],
    sources: list[Source],
    vocab: Vocabulary | None = None,
    stories: Mapping[int, tuple[int, int]] | None = None,
    names: dict[int, frozenset[str]] | None = None,
    crowded: bool | None = None,
    part: str = "all",
    facts: Mapping[int, EventFacts] | None = None,
) -> tuple[list[Conflict], list[Corroboration]]:
    """Conflicts and corroborations across independent sources, best first; each names
    its story when the sources are grouped (`stories`: source id -> (story, thread)).

    A job of part of a thread (`finding_jobs`) gives the sources' `names` and `crowded`
    as the thread reads them, and `part`: "story" (one story's findings, its figures of a
    lasting state left out), "across" (only those figures, and pairs across stories),
    or "all"; and `facts`, the event facts of some sources made ahead from the same claims
    (`stories.ahead`), which are not made again."""
    vocab = vocab or vocabulary.default()
    names = source_story_names(sources) if names is None else names
    events = EventCheck.of(claims, sources, vocab, facts)
    figure_conflicts, figure_corroborations = figure_findings(
        claims, sources, vocab, stories, names, crowded, _THREAD_WIDE.get(part), events
    )
    # A day an embedded post tells ("tonight") is of the post's hour, not the page's day.
    told = [c for c in claims if c.kind != "date" or not tweeted(c)]
    views, places = build_views(told, sources, vocab, stories, names, crowded)
    judged = judge(views, places, vocab, events)
    judged += story_day_disputes(views, places, vocab, events, judged)
    if part == "across":
        judged = [j for j in judged if j.a.story_id != j.b.story_id]
    judged = self_consistent(judged)
    findings = gather_findings(judged, vocab)
    conflicts, corroborations = [], []
    outlet = {s.id: s.named for s in sources}
    for finding in findings:
        ids = finding.claim_ids
        score = round(min(1.0, max(0.0, finding.score)), 3)
        if finding.relation == CONFLICT:
            sides = finding.ordered_sides()
            same_day = same_day_of(sides)
            features = place_or_date_features(finding, same_day, score)
            conflicts.append(
                Conflict(
                    id=finding_id(finding.kind, ids),
                    kind=finding.kind,
                    score=round(score_model.default().probability(features), 3),
                    features=features,
                    relation="update"
                    if finding.kind == "quantity" and same_day is False
                    else "contradiction",
                    reason=reason(finding, vocab, same_day),
                    same_day=same_day,
                    claim_ids=ids,
                    claims=[v.claim for s in sides for v in s.claims],
                    story_id=_story_of(finding),
                    thread_id=_thread_of(finding),
                )
            )
        elif len(_outlets_of(finding, outlet)) > 1:
            # One outlet's articles agreeing with each other are one voice, not corroboration.
            corroborations.append(
                Corroboration(
                    id=finding_id(finding.kind, ids),
                    kind=finding.kind,
                    score=score,
                    reason=reason(finding, vocab, None),
                    claim_ids=ids,
                    claims=[v.claim for s in finding.ordered_sides() for v in s.claims],
                    story_id=_story_of(finding),
                    thread_id=_thread_of(finding),
                )
            )
    conflicts += figure_conflicts
    corroborations += figure_corroborations
    conflicts = _unique(sorted(conflicts, key=lambda c: (-c.score, c.id)))
    corroborations = _unique(sorted(corroborations, key=lambda c: (-c.score, c.id)))
    return conflicts, corroborations


def place_or_date_features(
    finding: Finding, same_day: bool | None, aligned: float
) -> dict[str, float]:
    """What the calibrated score reads of a disputed place or day (see `findings.score`)."""
    views = [v for side in finding.sides.values() for v in side.claims]
    per_side = [len(side.claims) for side in finding.sides.values()]
    return {
        "place_or_date": float(finding.kind != "quantity"),
        "unroled_count": float(finding.kind == "quantity"),
        "same_day": 0.5 if same_day is None else float(same_day),
        "mentions": min(3, *per_side) / 3 if per_side else 0.0,
        "attributed": float(any(v.claim.attribution for v in views)),
        "aligned": aligned,
        "both_stated": 1.0,
    }


def _story_of(finding: Finding) -> int | None:
    """The finding's story: the earliest of its claims' (a change across a thread is
    listed with the story it changed from)."""
    found = [v.story_id for s in finding.sides.values() for v in s.claims if v.story_id]
    return min(found) if found else None


def _thread_of(finding: Finding) -> int | None:
    found = [v.thread_id for s in finding.sides.values() for v in s.claims if v.thread_id]
    return min(found) if found else None


def _unique(findings: list) -> list:
    """One finding per id (two topics can gather the same claims), the best kept."""
    seen: set[str] = set()
    out = []
    for f in findings:
        if f.id not in seen:
            seen.add(f.id)
            out.append(f)
    return out
