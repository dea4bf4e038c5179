"""Conflict finding: where independent sources disagree, and what they agree on.

The entry point of the analysis step after extraction. Claims are first reduced to
independent witnesses (a copy of a source adds nothing), aligned within blocks
(`alignment`), compared (`comparison`), and the disagreeing pairs that speak of the
same two values are gathered into one finding with a reason a reviewer can read.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz

from workbench import vocabulary
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
    stated_day,
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
)
from workbench.models import Claim, Conflict, Corroboration, Source
from workbench.vocabulary import Vocabulary, fold, words

FINDER_VERSION = "7"

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


def text_before(claim: Claim, source: Source | None, width: int = 40) -> str:
    """The words just before the claim: from the source by offset, else from its sentence."""
    if source is not None and source.text[claim.start : claim.end] == claim.text:
        return source.text[max(0, claim.start - width) : claim.start]
    at = claim.sentence.find(claim.text) if claim.text else -1
    return claim.sentence[:at] if at >= 0 else ""


def is_reference_place(claim: Claim, source: Source | None, vocab: Vocabulary) -> bool:
    """A place named as a landmark ("3 km from X", "near X"), not where something happened."""
    before = [w for w in words(text_before(claim, source))[-4:] if w != "the"]
    for size in (2, 1):
        if len(before) >= size and " ".join(before[-size:]) in vocab.relative_place_words:
            return True
    lead = words(claim.text)[:2]  # a span that keeps its preposition: "Along the river"
    return any(" ".join(lead[:size]) in vocab.relative_place_words for size in (2, 1) if lead)


# --- gathering pairs into findings ----------------------------------------------------------


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
    """The sources behind one side, each with whom it cites."""
    cited: dict[str, list[str]] = {}
    for view in sorted(views, key=lambda v: (v.witness, v.claim.start)):
        label = view.source.label if view.source else f"source {view.claim.source_id}"
        names = cited.setdefault(label, [])
        who = view.claim.attribution
        if who and who not in names:
            names.append(who)
    return "; ".join(
        f"{label}, citing {' and '.join(names)}" if names else label
        for label, names in cited.items()
    )


def _days(views: list[ClaimView]) -> set[date]:
    return {d for v in views if (d := stated_day(v)) is not None}


def _same_day(sides: list[Side]) -> bool | None:
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
    return text


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


def elsewhere(claim: Claim, vocab: Vocabulary) -> bool:
    """The sentence compares with another event ("in a similar attack last year")."""
    text = " ".join(words(claim.sentence))
    return any(f" {cue} " in f" {text} " for cue in vocab.other_event_cues)


def _published(by_id: dict[int, Source], *ids: int) -> str | None:
    return next((by_id[i].published for i in ids if i in by_id and by_id[i].published), None)


def _misread(claim: Claim, source: Source | None, date_spans: dict[int, list]) -> bool:
    """An extraction slip no reviewer should be shown as a dispute: a span that starts or
    ends inside a word ("noon" in "afternoon"), or a figure that is the day of a date
    ("27" in "Feb. 27")."""
    if source is not None and source.text[claim.start : claim.end] == claim.text:
        text = source.text
        if claim.start > 0 and text[claim.start - 1].isalnum() and claim.text[:1].isalnum():
            return True
        if claim.end < len(text) and text[claim.end].isalnum() and claim.text[-1:].isalnum():
            return True
    if claim.kind == "quantity":
        if any(s <= claim.start and claim.end <= e for s, e in date_spans.get(claim.source_id, ())):
            return True
        return _day_of_month(claim, source)
    return False


_MONTHS = frozenset(
    words(
        """january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec"""
    )
)


def _day_of_month(claim: Claim, source: Source | None) -> bool:
    """A bare number from 1 to 31 beside a month name ("Feb. 27", "27 February")."""
    if not claim.text.strip().isdigit() or not 1 <= int(claim.text) <= 31:
        return False
    before = words(text_before(claim, source, 12))
    if before and before[-1] in _MONTHS:
        return True
    if source is not None and source.text[claim.start : claim.end] == claim.text:
        after = source.text[claim.end : claim.end + 12]
    else:
        at = claim.sentence.find(claim.text)
        after = claim.sentence[at + len(claim.text) : at + len(claim.text) + 12] if at >= 0 else ""
    following = words(after)
    return bool(following) and following[0] in _MONTHS


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
    date_spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for claim in claims:
        if claim.kind == "date":
            date_spans[claim.source_id].append((claim.start, claim.end))
    doc_classes = {s.id: vocab.classes_in(s.text) - vocab.telling for s in sources}
    stories = distinctive_stories({s.id: story_names(s.text) for s in sources})
    crowded = len(stories) >= COMMON_NAME_MIN_SOURCES
    dated = _sentence_dates(claims, by_id)
    located: dict[tuple[int, int | None, str], list[str]] = defaultdict(list)
    for claim in claims:
        if claim.kind == "place":
            located[_sentence_key(claim)].append(place_name(claim))
    views = []
    for claim in independent_claims(claims, root):
        if _misread(claim, by_id.get(claim.source_id), date_spans):
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
                _own_date(claim, dated, _published(by_id, claim.source_id, witness)),
                crowded,
                tuple(located.get(_sentence_key(claim), ())),
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


def judge(views: list[ClaimView], places: Places, vocab: Vocabulary) -> list[Judged]:
    """Every aligned pair of claims with its verdict."""
    judged = []
    for a, b in candidate_pairs(views):
        aligned = alignment(a, b, vocab)
        if aligned is None or aligned < ALIGN_MIN:
            continue
        verdict = compare(a.claim, b.claim, vocab, places)
        if verdict.relation not in (CONFLICT, AGREE, WITHIN):
            continue
        if verdict.relation == CONFLICT and a.kind == "date" and _told_apart(a, b):
            continue
        if (
            verdict.relation == CONFLICT
            and verdict.ratio > IMPLAUSIBLE_RATIO
            and (action_evidence(a, b) or 0.0) < 1.0
        ):
            continue
        judged.append(Judged(a, b, aligned, verdict, _topic(a, b)))
    return judged


def _told_apart(a: ClaimView, b: ClaimView) -> bool:
    """Two relative dates ("next year", "on Saturday") in pieces published on different
    days: they differ because the pieces do, not because the sources disagree."""
    published = {v.source.published if v.source else None for v in (a, b)}
    if len(published) < 2 or None in published:
        return False
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
    conflicts = _unique(sorted(conflicts, key=lambda c: (-c.score, c.id)))
    corroborations = _unique(sorted(corroborations, key=lambda c: (-c.score, c.id)))
    return conflicts, corroborations


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
