"""Judging aligned pairs of claims: which disagree, which agree, and which are not rivals.

A pair the alignment calls the same thing is compared; then set aside are the pairs that
only look like disputes: two places at different levels (a district and its town), a
dateline, two relative days told on different days, a figure that differs too much to be
of one thing, and a place or day the other source also gives.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from workbench import vocabulary
from workbench.claim_spans import claim_at
from workbench.claims.sequels import law_afterwards
from workbench.findings.alignment import ALIGN_MIN, action_evidence, alignment
from workbench.findings.blocking import candidate_pairs
from workbench.findings.claim_views import ClaimView, period
from workbench.findings.comparison import (
    AGREE,
    COARSEST_EVENT_GRAIN,
    CONFLICT,
    WITHIN,
    Verdict,
    compare,
    date_span,
    time_of_day_only,
)
from workbench.findings.event_facts import EventCheck
from workbench.findings.figure_holds import RETROSPECT_DAYS
from workbench.findings.knowledge import uncompared_kinds
from workbench.findings.night import one_night
from workbench.findings.place_levels import Places, place_level
from workbench.findings.views import build_views
from workbench.models import Claim, Source
from workbench.stories import lasting
from workbench.vocabulary import Vocabulary


def _topic(a: ClaimView, b: ClaimView) -> tuple[str, ...]:
    shared = sorted(a.topics & b.topics)
    known = sorted((a.topics if a.frame_known else set()) | (b.topics if b.frame_known else set()))
    action = (shared or known or [""])[0]
    if a.kind == "quantity":
        what = a.dimension if a.dimension != "count" else (a.counted_class or b.counted_class)
        return (a.kind, what or "", action)
    return (a.kind, action)


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
    them (`alignment`). Counts of things never compared (charges) are left out, and so are
    counts told by a verb of the law's acts that the claims gave no role: an act not done
    ("One student will be charged", "14 cases ... have been prosecuted")."""
    uncompared = uncompared_kinds()
    extracted = (view.claim.counted or {}).get("class")  # "times" is no noun of the frame's
    if view.claim.role is not None or view.counted_class in uncompared or extracted in uncompared:
        return False
    if any(law_afterwards(a) for a in (view.claim.value.get("predicate"), view.claim.frame.action)):
        return False  # an act of the law the claims found not done: no figure at all
    return view.counted_class != "persons" or view.frame_known


def judge(
    views: list[ClaimView], places: Places, vocab: Vocabulary, events: EventCheck | None = None
) -> list[Judged]:
    """Every aligned pair of claims with its verdict; `events` sets aside the pairs of two
    articles whose texts tell two events (`event_facts`)."""
    judged = []
    for a, b in candidate_pairs(views):
        if a.kind == "quantity" and not (_frame_only(a) and _frame_only(b)):
            continue  # counts of roles and of people: compared figure against figure
        if events is not None and not _lasting(a, b) and events.claims(a.claim, b.claim):
            continue
        if (
            a.kind == "quantity"
            and a.dimension == "count"
            and (a.counted is None or b.counted is None)
        ):
            # A bare number with no role ("Greenhouse, 23, and Stafford", "the ages of 27 and
            # 45", "six were attacked"): nothing says what it counts, an age as often as
            # people; nor that "17 shootings" and a bare "30" count one thing. On the judged
            # pool such flags were 7 false alarms and an age ("23" vs "24"), none real.
            continue
        if a.kind == "quantity" and not _one_whole(a, b):
            continue
        aligned = alignment(a, b, vocab)
        if aligned is None or aligned < ALIGN_MIN:
            continue
        verdict = compare(a.claim, b.claim, vocab, places)
        if verdict.relation not in (CONFLICT, AGREE, WITHIN):
            continue
        if verdict.relation == CONFLICT and a.kind == "date" and _told_apart(a, b):
            continue
        if verdict.relation == CONFLICT and a.kind == "date" and one_night(a.claim, b.claim):
            continue
        if verdict.relation == CONFLICT and a.kind == "date" and _long_past(a) != _long_past(b):
            continue  # an earlier event's month or year against the story's own news
        if verdict.relation == CONFLICT and a.kind == "date" and (_label(a) or _label(b)):
            continue
        if a.kind == "place" and not _one_level(a.claim, b.claim):
            continue
        if (
            verdict.relation == CONFLICT
            and a.kind in ("place", "date")
            and events is not None
            and (
                events.off_event(a.claim, b.claim, place_level(a.claim) != "district")
                or events.off_event(b.claim, a.claim, place_level(b.claim) != "district")
            )
        ):
            continue  # not the event's place or day, or one the other text names too
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


def _one_whole(a: ClaimView, b: ClaimView) -> bool:
    """A percentage is a share of a whole its sentence names ("murders are up 9 percent",
    "overall serious crime was down about 5%"): two of them speak of one figure only when
    both name the same whole. A share of no named whole, or of another, is a rival of
    nothing (on real news such shares are a city's statistics, not the event's)."""
    if "percent" not in (a.dimension, b.dimension):
        return True
    wholes = [_whole(v) for v in (a, b)]
    return bool(wholes[0]) and wholes[0] == wholes[1]


def _whole(view: ClaimView) -> tuple[str, ...]:
    """The words of a share's whole, its frame's subject, without determiners."""
    subject = view.claim.frame.subject or ""
    return tuple(w for w in subject.casefold().split() if w not in _DETERMINERS)


def _lasting(a: ClaimView, b: ClaimView) -> bool:
    """Figures of a lasting state (how many countries back a leader): told on any day and
    of no one event, so no event's day or place parts them."""
    return a.kind == "quantity" and lasting(a.topics & b.topics)


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


def _long_past(view: ClaimView) -> bool:
    """A month or a year that ended well before its report was published ("in 2007", "in
    November 2004"): news dates what it reports to the day, so a coarse date long past set
    against a report's own news is an earlier event's (an earlier case, a charge years
    ago), as for figures (`figure_holds.RETROSPECT_DAYS`). Two such dates may well
    dispute one past event (when a factory opened)."""
    span = date_span(view.claim)
    published = period(view.source.published) if view.source else None
    if span is None or published is None or span.grain > COARSEST_EVENT_GRAIN:
        return False
    return (published[0] - span.days()[1]).days > RETROSPECT_DAYS


_DETERMINERS = frozenset(
    ("the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my", "your")
)
_NOUN_NEXT = re.compile(r" [^\W\d]")
"""A word, not a number or a comma, right after the date: what it modifies."""


def _label(view: ClaimView) -> bool:
    """A year or a month written as a noun's modifier ("the 2009 mass shooting", "a
    November 2004 attack"): it names which event is meant, not when the story's event
    happened, so two of them name two events ("the 2009 shooting" beside "the 2014 post
    shooting" are Fort Hood's two). Told as when something happened ("opened in 1998"), a
    year may still dispute another."""
    span = date_span(view.claim)
    if span is None or span.grain > COARSEST_EVENT_GRAIN:
        return False
    claim = view.claim
    at = claim_at(claim)
    if at < 0:
        return False
    before = claim.sentence[:at].split()
    noun_next = _NOUN_NEXT.match(claim.sentence, at + len(claim.text)) is not None
    return noun_next and bool(before) and before[-1].casefold() in _DETERMINERS


def self_consistent(judged: list[Judged]) -> list[Judged]:
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
    events = EventCheck.of(claims, sources, vocab)
    return [
        (j.a.claim, j.b.claim)
        for j in self_consistent(judge(views, places, vocab, events))
        if j.verdict.relation == CONFLICT
    ]
