"""The figure timeline: for one role in a story (killed, injured, detained...), the value each
outlet reported against its publication time, with contradictions, updates and verdicts.

A role is the claim's role when the extractor gives one, else the action of its frame
("detain"). Claims the finder compared with a claim of the role (a conflict or a
corroboration) join its timeline even when worded with another verb: the finder judged
them about the same thing. A frame's action is a timeline of its own only when the finder
compared one of its claims: a verb alone ("be", "have") says nothing of what was counted,
and such timelines were half of those drawn on 300 real articles. A conflict between
reports of the same day is a contradiction; one between reports of different days is
marked as an update on the later report.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from workbench.models import Claim
from workbench.report.scope import Scope


@dataclass(slots=True)
class Point:
    """One outlet's figure in one article."""

    claim_id: str
    outlet: str
    published: str | None
    low: float | None
    high: float | None
    """None: no upper bound ("over 60")."""
    vague: bool
    text: str
    sentence: str
    status: str | None = None
    note: str | None = None
    contradicts: list[str] = field(default_factory=list)
    """Claims of the same day this one conflicts with."""
    updates: list[str] = field(default_factory=list)
    """Earlier claims, of another day, whose figure this one changes."""
    agrees: list[str] = field(default_factory=list)
    also: list[str] = field(default_factory=list)
    """Claims of the same article giving the same figure again, shown by this point."""
    unit: str | None = None
    """The unit the figure is in ("m", "s"), None for a count."""

    @property
    def label(self) -> str:
        """The figure as a short number with its unit: 27, 22–26, ≥61, 3,000 m."""
        number = value_label(self.low, self.high)
        return f"{number} {self.unit}" if self.unit else number

    @property
    def marks(self) -> str:
        """Symbols legible without colour: ≠ contradiction, ↻ update, = agreement, ✓ ✗ ? verdict."""
        marks = ""
        if self.contradicts:
            marks += "≠"
        if self.updates:
            marks += "↻"
        if self.agrees:
            marks += "="
        return marks + STATUS_MARKS.get(self.status or "", "")


STATUS_MARKS = {"verified": "✓", "disputed": "✗", "unresolved": "?"}


@dataclass(slots=True)
class Timeline:
    role: str | None
    points: list[Point]
    """In publication order (undated last)."""
    roles: list[tuple[str, int]]
    """Every role of the scope with its number of claims, most compared first."""
    title: str = ""
    """What the figures are, for a heading: the role ("killed"), else what the finder
    called the figures it compared ("countries recognising"), not the bare verb ("join")."""

    @property
    def outlets(self) -> list[str]:
        """Outlets in the order of their first report."""
        return list(dict.fromkeys(p.outlet for p in self.points))

    @property
    def dates(self) -> list[str]:
        return sorted({p.published for p in self.points if p.published})


def fmt(number: float) -> str:
    if number == int(number):
        return f"{int(number):,}"
    return f"{number:,.1f}"


def value_label(low: float | None, high: float | None) -> str:
    if low is None and high is None:
        return "?"
    if high is None or (isinstance(high, float) and math.isinf(high)):
        return f"≥{fmt(low or 0)}"
    if low is None or low == high:
        return fmt(high)
    return f"{fmt(low)}–{fmt(high)}"


def role_of(claim: Claim) -> str | None:
    """The claim's role: the extractor's, when it gives one, else its frame's action."""
    role = getattr(claim, "role", None)
    return str(role) if role else claim.frame.action


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def roles(scope: Scope) -> list[tuple[str, int]]:
    """The scope's roles of counted claims, those in the most findings first; a frame's
    action without a role only when the finder compared one of its claims."""
    compared: Counter[str] = Counter()
    for finding in (*scope.conflicts, *scope.corroborations):
        for claim in finding.claims:
            role = role_of(claim) if claim.kind == "quantity" else None
            if role:
                compared[role] += 1
    counts = Counter(
        r
        for c in scope.claims
        if c.kind == "quantity" and (r := role_of(c)) and (c.role or compared[r])
    )
    return sorted(counts.items(), key=lambda rc: (-compared[rc[0]], -rc[1], rc[0]))


def _title(scope: Scope, role: str | None, chosen: set[str]) -> str:
    """The heading's words: a claim's role as it is; for a frame's action, the words the
    finder's reason opens with ("countries recognising: ...") for the figures it compared."""
    if role is None:
        return "no role"
    if any(c.role == role for c in scope.claims if c.id in chosen):
        return role
    for finding in (*scope.conflicts, *scope.corroborations):
        if chosen & set(finding.claim_ids) and ": " in finding.reason:
            return finding.reason.split(": ", 1)[0]
    return f"figures of the verb “{role}”"


def _about(finding: object, role: str | None) -> bool:
    """Whether a finding compares figures of the timeline's role: one of another role
    (a hit total added up from one dead and three hurt) is no mark on the killed, and its
    parts are no figures of it (the killed timeline drew "four victims" as 4 killed)."""
    of = getattr(finding, "role", None)
    return of is None or of == role


def figure_timeline(scope: Scope, role: str | None = None) -> Timeline:
    """The timeline of `role` (default: the role with the most compared claims)."""
    available = roles(scope)
    if role is None and available:
        role = available[0][0]
    outlet_of = scope.witness_of()
    published = {s.id: s.published for s in scope.sources}
    here = {s.id for s in scope.sources}
    # A copy whose original is here adds nothing: the original's own claims stand for it.
    witnesses = {s.id for s in scope.sources if s.copy_of is None or s.copy_of not in here}
    claims = {c.id: c for c in scope.claims if c.source_id in witnesses}
    chosen = {cid for cid, c in claims.items() if role is not None and role_of(c) == role}
    for finding in (*scope.conflicts, *scope.corroborations):
        if chosen & set(finding.claim_ids) and _about(finding, role):
            chosen.update(c.id for c in finding.claims if c.id in claims)

    points: dict[str, Point] = {}
    # Claim id -> the claim id of the point that shows it: itself, or the same article's
    # same figure stated before (a reviewed one first): one report is one witness, however
    # often it repeats its figure.
    shown: dict[str, str] = {}
    first: dict[tuple[int, float | None, float | None, bool, object], str] = {}
    order = sorted(chosen, key=lambda i: (i not in scope.statuses, claims[i].start, i))
    for cid in order:
        claim = claims[cid]
        low, high = _number(claim.value.get("low")), _number(claim.value.get("high"))
        vague = bool(claim.value.get("vague"))
        unit = claim.value.get("unit")
        key = (claim.source_id, low, high, vague, unit)
        if key in first:
            shown[cid] = first[key]
            points[first[key]].also.append(cid)
            continue
        first[key] = shown[cid] = cid
        review = scope.reviews.get(cid)
        points[cid] = Point(
            claim_id=cid,
            outlet=outlet_of[claim.source_id],
            published=published.get(claim.source_id),
            low=low,
            high=high,
            vague=vague,
            text=claim.text,
            sentence=claim.sentence,
            status=scope.statuses.get(cid),
            note=review.note if review else None,
            unit=str(unit) if unit else None,
        )
    for conflict in (c for c in scope.conflicts if _about(c, role)):
        inside = [
            points[i] for i in dict.fromkeys(shown[c] for c in conflict.claim_ids if c in shown)
        ]
        for a in inside:
            for b in inside:
                if a.outlet == b.outlet:
                    continue
                if conflict.same_day is False or (a.published or "") != (b.published or ""):
                    if (a.published or "") > (b.published or ""):
                        a.updates.append(b.claim_id)
                else:
                    a.contradicts.append(b.claim_id)
    for corroboration in scope.corroborations:
        inside = [
            points[i]
            for i in dict.fromkeys(shown[c] for c in corroboration.claim_ids if c in shown)
        ]
        for a in inside:
            a.agrees.extend(b.claim_id for b in inside if b.outlet != a.outlet)
    ordered = sorted(points.values(), key=lambda p: (p.published or "9999", p.outlet, p.text))
    return Timeline(role, ordered, available, _title(scope, role, chosen))


def distinct_timelines(scope: Scope, most: int | None = None) -> list[Timeline]:
    """The scope's timelines, role by role, leaving out one whose figures another drawn
    before has (two verbs the finder paired, "join" and "recognize", draw the same)."""
    timelines: list[Timeline] = []
    drawn: list[frozenset[str]] = []
    for name, _ in roles(scope):
        if most is not None and len(timelines) >= most:
            break
        timeline = figure_timeline(scope, name)
        points = frozenset(p.claim_id for p in timeline.points)
        if points and not any(points <= seen for seen in drawn):
            drawn.append(points)
            timelines.append(timeline)
    return timelines
