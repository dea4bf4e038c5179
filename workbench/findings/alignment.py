"""Is it the same thing? Deciding whether two claims from different sources can be compared.

Frames from an extractor are imperfect, so no single cue decides: the action (through
synonym groups), the counted noun or unit, the names around the claim, the sentence's
wording and the event date each give evidence, and a clear contradiction (two known,
different actions; persons against countries; two places on different days) vetoes.
Which pairs are looked at at all is `blocking`'s job.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from rapidfuzz import fuzz

from workbench.findings.claim_views import (
    ClaimView,
    days_apart,
    normalize_name,
    period,
    same_name,
    sentence_names,
    title_cased,
)
from workbench.findings.knowledge import role_sums
from workbench.stories import lasting
from workbench.vocabulary import Vocabulary

# Alignment below this is "not the same thing".
ALIGN_MIN = 0.45
WEEK = 7
RUNNING_FIGURE_DAYS = 183
"""A running total (a toll, a list of backers) is compared across at most this many days."""
STORY_NAMES = 3
"""Below this many names a source's story cannot be told from its names."""
STORY_OVERLAP = 0.2
"""Share of the smaller source's names the other must mention to tell the same story."""
STORY_OVERLAP_APART = 0.35
"""The same, for claims more than a week apart."""
STORY_NAMES_FOR_TWO = 3
"""Sources naming at least this many must share two names to tell one story."""
COMMON_NAME_MIN_SOURCES = 20
COMMON_NAME_SHARE = 0.1
"""A name more than this share of the sources (and more than 20) mention tells no story apart."""

ROLE_MISMATCH = 0.2
"""Counted-noun evidence for two different kinds of persons; vetoed unless the actions match."""

# Weights of the evidence, per kind: action, counted/unit, names, wording.
WEIGHTS = {
    "quantity": (0.35, 0.25, 0.20, 0.20),
    "place": (0.45, 0.0, 0.30, 0.25),
    "date": (0.45, 0.0, 0.30, 0.25),
}

_SENTENCE_BREAK = re.compile(r"(?<=[.!?:;\"”])\s+|\n+|\s[—–-]\s")


def action_evidence(a: ClaimView, b: ClaimView) -> float | None:
    """How sure we are the two speak of the same action; None when they clearly do not."""
    if a.frame_known and b.frame_known:
        if a.topics & b.topics:
            return 1.0
        if a.kind != "quantity" and (
            (a.topics & b.sentence_classes) or (b.topics & a.sentence_classes)
        ):
            # A place or date attaches to the nearest verb; the other's event is right there.
            return 0.6
        return None
    if a.frame_known or b.frame_known:
        known, other = (a, b) if a.frame_known else (b, a)
        if known.topics & other.sentence_classes:
            return 0.85
        if known.topics & other.document_classes:
            return 0.5
        return 0.3 if other.sentence_classes else 0.45
    if a.sentence_classes & b.sentence_classes:
        return 0.75
    if (a.sentence_classes & b.document_classes) or (b.sentence_classes & a.document_classes):
        return 0.5
    return 0.25 if a.sentence_classes and b.sentence_classes else 0.4


def counted_evidence(a: ClaimView, b: ClaimView) -> float | None:
    """Same thing counted or measured? None for persons against countries, km against $."""
    if a.dimension != b.dimension:
        return None
    if a.dimension != "count":
        return 1.0
    if a.counted_class and b.counted_class:
        if a.counted_class != b.counted_class:
            return None
        if a.counted == b.counted:
            return 1.0
        if a.role and b.role and a.role != b.role:
            return ROLE_MISMATCH  # rescuers and trapped miners: two groups of people
        if a.counted_class == "persons" and not (a.role or b.role):
            return None  # "three men" may be some of "seven people": nothing says which
        return 0.8
    return 0.5


def name_evidence(a: ClaimView, b: ClaimView) -> float:
    """Share of the names around the claims that both sentences mention."""
    if not a.names or not b.names:
        return 0.3 if not a.names and not b.names else 0.15
    small, large = (a.names, b.names) if len(a.names) <= len(b.names) else (b.names, a.names)
    shared = sum(1 for n in small if any(same_name(n, m) for m in large))
    return shared / len(small)


def wording_evidence(a: ClaimView, b: ClaimView) -> float:
    if not a.wording or not b.wording:
        return 0.0
    return fuzz.token_set_ratio(a.wording, b.wording) / 100.0


def stated_day(view: ClaimView) -> date | None:
    """The event day, unless it is only the publication date standing in for it."""
    if view.kind != "quantity" and view.claim.event_date_basis != "text":
        return None
    return view.event_day


def date_evidence(a: ClaimView, b: ClaimView, cumulative: bool) -> float | None:
    """Same day helps; different days veto a place, and weaken a date or a figure.

    A figure's day may be its publication date (a running total changes with it); for a
    place or a date, a publication date standing in for the event's day is weak evidence.
    """
    if a.event is None or b.event is None:
        return 0.85
    stated = stated_day(a) is not None and stated_day(b) is not None
    gap = days_apart(a.event, b.event)
    if gap == 0:
        if a.event_day is None or b.event_day is None:
            return 0.9  # the same month or year: compatible, not confirmed
        return 1.0 if stated or a.kind == "quantity" else 0.95
    if gap <= 1:
        return 0.9
    if a.kind == "quantity":
        if (gap > WEEK and not cumulative) or gap > RUNNING_FIGURE_DAYS:
            return None  # counts of an event weeks apart (or a total years apart): two events
        return 0.75 if cumulative else 0.6
    if a.kind == "place" and (stated or gap > WEEK):
        return None  # one event has one place: these are two events
    return 0.7 if not stated else 0.5


def story_names(text: str) -> frozenset[str]:
    """The names a source mentions at least twice, or anywhere if it names few; in its
    prose, not in lines written in title case (`claim_views.title_cased`: a station's
    button named in two of its pages is no name the two stories share)."""
    prose = "\n".join(line for line in text.splitlines() if not title_cased(line))
    found = [
        normalize_name(n) for part in _SENTENCE_BREAK.split(prose) for n in sentence_names(part)
    ]
    counts = Counter(n for n in found if n)
    repeated = frozenset(n for n, k in counts.items() if k > 1)
    return repeated if len(repeated) >= STORY_NAMES else frozenset(counts)


def same_story(a: ClaimView, b: ClaimView) -> bool:
    """Do the two sources tell one story? They must share some of their names, and more
    of them when their claims are weeks apart (one town, two events).

    A corpus may hold many events; a figure in one is no rival to a figure in another.
    Sources that name too little to tell are given the benefit of the doubt.
    """
    apart = a.event is not None and b.event is not None and days_apart(a.event, b.event) > WEEK
    return names_tell_one_story(a.story, b.story, a.crowded, apart)


def names_tell_one_story(
    a: frozenset[str], b: frozenset[str], crowded: bool, apart: bool = False, loose: bool = False
) -> bool:
    """Two sources' story names (`story_names`) may tell one story: they share enough of
    them (two at least among many stories: one is a coincidence), or name too few to tell.
    `loose`: a name shared as a variant counts ("Pike" and "Pike Street"); slower, for the
    few pairs already disputed."""
    if len(a) < STORY_NAMES or len(b) < STORY_NAMES:
        return True
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    shared = [n for n in small if any(same_name(n, m) for m in large)] if loose else a & b
    common = len(shared)
    smaller = len(small)
    if crowded and smaller >= STORY_NAMES_FOR_TWO and common < 2:
        return False  # among many stories, one shared name is a coincidence
    return common / smaller >= (STORY_OVERLAP_APART if apart else STORY_OVERLAP)


def distinctive_stories(stories: dict[int, frozenset[str]]) -> dict[int, frozenset[str]]:
    """Each source's story names without those so many sources mention that they tell
    no story apart ("University", "Interior Minister"), in a corpus big enough to say."""
    if len(stories) < COMMON_NAME_MIN_SOURCES:
        return stories
    counts = Counter(n for names in stories.values() for n in names)
    limit = max(COMMON_NAME_MIN_SOURCES, COMMON_NAME_SHARE * len(stories))
    common = {n for n, k in counts.items() if k > limit}
    out = {}
    for sid, names in stories.items():
        kept = names - common
        out[sid] = kept if len(kept) >= STORY_NAMES else names
    return out


def within_one_story(a: ClaimView, b: ClaimView) -> bool:
    """Claims are compared within one story; across the stories of one thread, only
    figures about a lasting state of the world (how many countries back a leader), which
    may change between them; across threads, never."""
    if a.story_id is None or b.story_id is None or a.story_id == b.story_id:
        return True
    if a.thread_id != b.thread_id or a.kind != "quantity":
        return False
    return lasting(a.topics & b.topics)  # both must speak of the lasting state


def _elsewhere(a: ClaimView, b: ClaimView) -> bool:
    """`a`'s figure belongs to places `b`'s sentence does not name and `b`'s source never
    mentions ("547,000 live in Stea" against "1,581,000 live in Tela")."""
    if not a.places or not b.places:
        return False
    known = (*b.places, *b.names, *b.story)
    return not any(same_name(p, k) for p in a.places for k in known)


OWN_NEWS_DAYS = 14
"""A date this close to its piece's publication is that piece's own news."""


def _published(view: ClaimView) -> tuple[date, date] | None:
    return period(view.source.published) if view.source else None


def _own_news(view: ClaimView) -> bool:
    published = _published(view)
    return (
        published is not None
        and view.event is not None
        and days_apart(view.event, published) <= OWN_NEWS_DAYS
    )


def _published_apart(a: ClaimView, b: ClaimView) -> bool:
    pa, pb = _published(a), _published(b)
    return pa is not None and pb is not None and days_apart(pa, pb) > OWN_NEWS_DAYS


def _two_acts(a: ClaimView, b: ClaimView) -> bool:
    """Two dates whose own clauses tell roles of two acts ("was arrested Friday morning",
    "the shooting that happened Thursday night"): an arrest's day and a shooting's are
    never rival answers to one. The roles of one sum are one act's ("shot Friday evening",
    "killed on Saturday night": the hit and the dead), and a date whose clause tells no
    role is compared as before."""
    ra, rb = a.claim.value.get("clause_role"), b.claim.value.get("clause_role")
    if not (ra and rb) or ra == rb:
        return False
    return not any({ra, rb} <= {whole, *parts} for whole, parts in role_sums().items())


_CLOCK_GRAINS = frozenset({"hour", "minute"})


def _clocks_of_two_acts(a: ClaimView, b: ClaimView) -> bool:
    """Two clocks ("3 a.m.", "11:00 a.m.") are rival answers to one hour only when both
    clauses name one act the vocabulary knows (the shooting's "happened about 2:25 p.m."
    and another's "shooting at 2:40 p.m."). A clock of an act it does not know ("a press
    conference at 11:00 a.m.", "a second briefing at around 9 p.m.", officers who
    "responded" at an hour) or of none named is the hour of another moment of the day:
    on the judged pool every such clock flag was false. Days are compared as before."""
    if not {a.claim.value.get("granularity"), b.claim.value.get("granularity")} <= _CLOCK_GRAINS:
        return False
    return not (a.frame_known and b.frame_known and a.topics & b.topics)


def alignment(a: ClaimView, b: ClaimView, vocab: Vocabulary) -> float | None:
    """Confidence in [0, 1] that two claims are about the same thing; None if they are not."""
    if a.witness == b.witness or a.kind != b.kind:
        return None
    if not within_one_story(a, b):
        return None
    if not same_story(a, b):
        return None
    if a.kind != "quantity" and (a.telling or b.telling):
        return None
    if a.kind == "date" and _own_news(a) and _own_news(b) and _published_apart(a, b):
        return None  # each piece dates its own recent news: two events, not one disputed
    if a.kind == "date" and (_two_acts(a, b) or _clocks_of_two_acts(a, b)):
        return None
    act = action_evidence(a, b)
    if act is None:
        return None
    if a.subject and b.subject and not same_name(a.subject, b.subject):
        return None  # one town's figure against another's
    if a.kind == "quantity" and (_elsewhere(a, b) or _elsewhere(b, a)):
        return None
    if a.kind != "quantity" and act < 0.7:
        return None  # a place or a date of what? Without a shared event, nothing to compare.
    w_act, w_cnt, w_name, w_word = WEIGHTS.get(a.kind, WEIGHTS["place"])
    cnt = 0.0
    if a.kind == "quantity":
        found = counted_evidence(a, b)
        if found is None or (found == ROLE_MISMATCH and act < 1.0):
            return None
        cnt = found
    shared = (a.topics & b.topics) or a.topics or b.topics
    cumulative = any(vocab.actions[t].cumulative for t in shared if t in vocab.actions)
    dated = date_evidence(a, b, cumulative)
    if dated is None:
        return None
    score = w_act * act + w_cnt * cnt + w_name * name_evidence(a, b)
    score += w_word * wording_evidence(a, b)
    return round(min(1.0, dated * score), 4)
