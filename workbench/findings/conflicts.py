"""Conflict finding: where independent sources disagree, and what they agree on.

The entry point of the analysis step after extraction. Claims are first reduced to
independent witnesses (a copy of a source adds nothing), aligned within blocks
(`alignment`), compared (`comparison`), and the disagreeing pairs that speak of the
same two values are gathered into one finding with a reason a reviewer can read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from workbench import vocabulary
from workbench.findings import score as score_model
from workbench.findings.alignment import (
    ALIGN_MIN,
    COMMON_NAME_MIN_SOURCES,
    ClaimView,
    action_evidence,
    alignment,
    candidate_pairs,
    distinctive_stories,
    make_view,
    normalize_name,
    period,
    story_names,
)
from workbench.findings.comparison import (
    AGREE,
    CONFLICT,
    VAGUE_PENALTY,
    WITHIN,
    Places,
    Verdict,
    compare,
    date_span,
    place_name,
    quantity_range,
    time_of_day_only,
)
from workbench.findings.figure_findings import figure_findings
from workbench.findings.independence import finding_id, independent_claims, witnesses
from workbench.findings.knowledge import uncompared_kinds
from workbench.findings.name_index import NameIndex
from workbench.findings.reasons import Finding, reason, same_day_of
from workbench.findings.screening import (
    date_spans,
    elsewhere,
    is_reference_place,
    misread,
    published_of,
    text_before,
)
from workbench.models import Claim, Conflict, Corroboration, Source
from workbench.vocabulary import Vocabulary, words

FINDER_VERSION = "7"


# --- independence -------------------------------------------------------------------------


# --- gathering pairs into findings ----------------------------------------------------------


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


# --- the entry point ------------------------------------------------------------------------


_BOUNDS = ("since", "until", "till", "before", "after", "by", "from")
"""A date after these bounds a period ("the largest since 2019"): not the event's day."""


def _sentence_dates(
    claims: list[Claim], sources: dict[int, Source]
) -> dict[tuple[int, str], list[tuple[int, tuple, bool]]]:
    """The resolved dates of each sentence: where they start, their days, and whether
    they only bound a period."""
    found: dict[tuple[int, int | None, str], list[tuple[int, tuple, bool]]] = defaultdict(list)
    for claim in claims:
        if claim.kind != "date":
            continue
        start, end = period(claim.value.get("start")), period(claim.value.get("end"))
        if start and end:
            before = words(text_before(claim, sources.get(claim.source_id), 12))
            bound = bool(before) and before[-1] in _BOUNDS
            found[_sentence_key(claim)].append((claim.start, (start[0], end[1]), bound))
    return found


def _sentence_key(claim: Claim) -> tuple[int, int | None, str]:
    """One sentence of one source: a sentence repeated word for word is still two."""
    return (claim.source_id, claim.sentence_id, claim.sentence)


def _own_date(claim: Claim, dated, published: str | None):
    """A figure's event period when the extractor's is doubtful: a date leading its own
    sentence ("In 2012, ... 48 died") rather than the publication date, and the
    publication date rather than a date that only bounds a period ("since 2019")."""
    if claim.kind != "quantity":
        return None
    dates = dated.get(_sentence_key(claim), [])
    if claim.event_date_basis == "text":
        event = period(claim.event_date)
        if any(bound and p == event for _, p, bound in dates):
            return period(published) or (date.min, date.max)
        return None
    before = [p for at, p, bound in dates if at < claim.start and not bound]
    return before[-1] if before else None


def _index(indexes: dict[int, NameIndex], stories, witness: int) -> NameIndex:
    """A witness's story names indexed by word, made on first use."""
    found = indexes.get(witness)
    if found is None:
        found = indexes[witness] = NameIndex(stories.get(witness, ()))
    return found


def build_views(
    claims: list[Claim],
    sources: list[Source],
    vocab: Vocabulary,
    grouping: Mapping[int, tuple[int, int]] | None = None,
) -> tuple[list[ClaimView], Places]:
    """Independent claims with their evidence, and what the corpus says about places.

    `grouping` gives each source's (story, thread): claims are then compared only within
    one story (see `alignment.within_one_story`)."""
    root = witnesses(sources)
    by_id = {s.id: s for s in sources}
    dates = date_spans(claims)
    doc_classes = {s.id: vocab.classes_in(s.text) - vocab.telling for s in sources}
    stories = distinctive_stories({s.id: story_names(s.text) for s in sources})
    crowded = len(stories) >= COMMON_NAME_MIN_SOURCES
    dated = _sentence_dates(claims, by_id)
    located: dict[tuple[int, int | None, str], list[str]] = defaultdict(list)
    for claim in claims:
        if claim.kind == "place":
            located[_sentence_key(claim)].append(place_name(claim))
    indexes: dict[int, NameIndex] = {}
    views = []
    for claim in independent_claims(claims, root):
        if misread(claim, by_id.get(claim.source_id), dates):
            continue
        if claim.kind == "place" and is_reference_place(claim, by_id.get(claim.source_id), vocab):
            continue
        if elsewhere(claim, vocab):
            continue
        witness = root.get(claim.source_id, claim.source_id)
        views.append(
            make_view(
                claim,
                witness,
                by_id.get(claim.source_id),
                vocab,
                doc_classes.get(witness, frozenset()),
                stories.get(witness, frozenset()),
                _own_date(claim, dated, published_of(by_id, claim.source_id, witness)),
                crowded,
                tuple(located.get(_sentence_key(claim), ())),
                _index(indexes, stories, witness),
            )
        )
    for view in views:
        view.story_id, view.thread_id = (grouping or {}).get(view.claim.source_id, (None, None))
    known_places = {normalize_name(n) for names in located.values() for n in names}
    for view in views:
        if view.kind == "quantity":
            named = tuple(n for n in view.names if n in known_places)
            if named:
                view.places = tuple(dict.fromkeys((*view.places, *named)))
    places = Places()
    together: dict[tuple[int, str], list[str]] = defaultdict(list)
    for view in views:
        if view.kind != "place":
            continue
        container = view.claim.value.get("container")
        if container:
            places.add_container(place_name(view.claim), str(container))
        if view.claim.value.get("type"):
            places.add_type(place_name(view.claim))
        # Only frames count here: a sentence's other words name other events.
        for topic in view.topics if view.frame_known else ():
            together[(view.witness, topic)].append(place_name(view.claim))
    for names in together.values():
        places.add_together(names)
    return views, places


IMPLAUSIBLE_RATIO = 5.0
"""Two reports of one count rarely differ this much; unless their actions match, they
are more likely counting different things."""


@dataclass(slots=True)
class Judged:
    a: ClaimView
    b: ClaimView
    aligned: float
    verdict: Verdict
    topic: tuple[str, ...]


def _frame_only(view: ClaimView) -> bool:
    """A count with no role that is not of people ("over 60 countries have joined", "5 km
    from the border"): only its frame's words say what it is, so it is compared through
    them (`alignment`). Counts of things never compared (charges) are left out."""
    if view.claim.role is not None or view.counted_class in uncompared_kinds():
        return False
    return view.counted_class != "persons" or view.frame_known


def judge(views: list[ClaimView], places: Places, vocab: Vocabulary) -> list[Judged]:
    """Every aligned pair of claims with its verdict."""
    judged = []
    for a, b in candidate_pairs(views):
        if a.kind == "quantity" and not (_frame_only(a) and _frame_only(b)):
            continue  # counts of roles and of people: compared figure against figure
        if (
            a.kind == "quantity"
            and a.dimension == "count"
            and (a.counted is None) != (b.counted is None)
        ):
            continue  # "17 shootings" against a bare "30": nothing says they count one thing
        aligned = alignment(a, b, vocab)
        if aligned is None or aligned < ALIGN_MIN:
            continue
        verdict = compare(a.claim, b.claim, vocab, places)
        if verdict.relation not in (CONFLICT, AGREE, WITHIN):
            continue
        if verdict.relation == CONFLICT and a.kind == "date" and _told_apart(a, b):
            continue
        if a.kind == "place" and not _one_level(a.claim, b.claim):
            continue
        if (
            verdict.relation == CONFLICT
            and a.kind == "place"
            and (a.claim.value.get("dateline") or b.claim.value.get("dateline"))
        ):
            continue  # a dateline names where the report was filed, not where it happened
        if (
            verdict.relation == CONFLICT
            and verdict.ratio > IMPLAUSIBLE_RATIO
            and (action_evidence(a, b) or 0.0) < 1.0
        ):
            continue
        judged.append(Judged(a, b, aligned, verdict, _topic(a, b)))
    return judged


_SETTLEMENTS = frozenset((None, "city", "town", "village", "township", "borough", "municipality"))
_DISTRICTS = frozenset(("neighborhood", "neighbourhood", "district", "suburb", "quarter", "area"))


def place_level(claim: Claim) -> str | None:
    """How fine a place is: a district (within a named town), a settlement, or neither (a
    county, a state, an agency, a street, a building: each contains or names other things
    than the event's town, so it disputes none)."""
    kind = claim.value.get("type")
    if claim.value.get("container") or kind in _DISTRICTS:
        return "district"
    if kind is None:
        return "any"  # a bare name: a town or a district, whichever the other is
    return "settlement" if kind in _SETTLEMENTS else None


def _one_level(a: Claim, b: Claim) -> bool:
    """Two places can dispute where something happened only at one level: two towns, or
    two districts (a district and its town are not rivals)."""
    levels = {place_level(a), place_level(b)}
    return None not in levels and (len(levels) == 1 or "any" in levels)


def _told_apart(a: ClaimView, b: ClaimView) -> bool:
    """Two relative dates ("next year", "on Saturday") in pieces published on different
    days: they differ because the pieces do, not because the sources disagree."""
    published = {v.source.published if v.source else None for v in (a, b)}
    if len(published) < 2 or None in published:
        return False
    if time_of_day_only(a.claim) and time_of_day_only(b.claim):
        return True
    return not (date_span(a.claim).year_stated or date_span(b.claim).year_stated) and not any(
        any(ch.isdigit() for ch in v.claim.text) for v in (a, b)
    )


def _self_consistent(judged: list[Judged]) -> list[Judged]:
    """Drop a place or date conflict when the other source also says what this claim says.

    A source that gives both days, or both places, does not dispute either of them; its
    two claims usually mean that one of them was about something else. (Not for figures:
    a source may well give a rival total and, elsewhere, a figure that fits this one.)
    """

    def grain(view: ClaimView) -> int:
        span = date_span(view.claim) if view.kind == "date" else None
        return span.grain if span else -1

    agrees = set()
    for j in judged:
        if j.verdict.relation == AGREE and j.a.kind != "quantity":
            agrees.add((j.a.claim.id, j.b.witness, grain(j.b)))
            agrees.add((j.b.claim.id, j.a.witness, grain(j.a)))
    return [
        j
        for j in judged
        if j.verdict.relation != CONFLICT
        or (
            (j.a.claim.id, j.b.witness, grain(j.b)) not in agrees
            and (j.b.claim.id, j.a.witness, grain(j.a)) not in agrees
        )
    ]


def conflicting_pairs(
    claims: list[Claim],
    sources: list[Source],
    vocab: Vocabulary | None = None,
    stories: Mapping[int, tuple[int, int]] | None = None,
) -> list[tuple[Claim, Claim]]:
    """The disagreeing pairs behind the conflicts: which claim disputes which."""
    vocab = vocab or vocabulary.default()
    views, places = build_views(claims, sources, vocab, stories)
    return [
        (j.a.claim, j.b.claim)
        for j in _self_consistent(judge(views, places, vocab))
        if j.verdict.relation == CONFLICT
    ]


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


def find_findings(
    claims: list[Claim],
    sources: list[Source],
    vocab: Vocabulary | None = None,
    stories: Mapping[int, tuple[int, int]] | None = None,
) -> tuple[list[Conflict], list[Corroboration]]:
    """Conflicts and corroborations across independent sources, best first; each names
    its story when the sources are grouped (`stories`: source id -> (story, thread))."""
    vocab = vocab or vocabulary.default()
    figure_conflicts, figure_corroborations = figure_findings(claims, sources, vocab, stories)
    views, places = build_views(claims, sources, vocab, stories)
    judged = _self_consistent(judge(views, places, vocab))
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
    conflicts, corroborations = [], []
    for finding in findings.values():
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
        else:
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
        "place_or_date": 1.0,
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
