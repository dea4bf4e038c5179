"""Claims as the old comparison path sees them: each with the evidence alignment reads.

A `ClaimView` is computed once per claim: the actions its frame or sentence names, what it
counts, the names around it, its wording and the days its event falls in. `alignment`
weighs two views against each other; this module only builds them (and knows what a name,
a period and a same-named entity are).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from rapidfuzz import fuzz

from workbench.claim_spans import claim_at
from workbench.findings.event_dates import event_topics
from workbench.findings.name_index import NameIndex
from workbench.models import Claim, Source
from workbench.vocabulary import Vocabulary, fold, words

# Capitalised words that are not names: function words that open sentences, titles,
# and calendar words (dates are compared through event dates instead).
_NOT_NAMES = frozenset(
    words(
        """a an and as at but by for from he her his how i if in it its mr mrs ms dr
    on or our she so some that the their then there these they this those to we what
    when where which while who why with yet after before during over under according
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec"""
    )
)
_NAME = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w’'\-]*(?:\s+(?:(?:de|del|la|da|van|von|al|bin)\s+)?[A-ZÀ-ÖØ-Þ][\w’'\-]*)*"
)

_STOP = frozenset(
    words(
        """a an the and or but of in on at to for from by with as is are was were be been
    being has have had it its this that these those he she they them his her their we
    our you your i me my not no said says say would will could can may might also than
    then there here which who whom whose what when where while after before about into
    over under more most some any all very just only such per"""
    )
)


def _own_entities():
    def normalize_name(name: str) -> str:
        return " ".join(words(name))

    def same_entity(a: str, b: str) -> bool:
        na, nb = normalize_name(a), normalize_name(b)
        if not na or not nb:
            return False
        if na == nb:
            return True
        ta, tb = set(na.split()), set(nb.split())
        if ta <= tb or tb <= ta:
            return True
        return fuzz.ratio(na, nb) >= 88

    return normalize_name, same_entity


try:  # The extractor's notion of a name, when it provides one.
    from workbench.claims.entities import normalize_name as _normalize_name
    from workbench.claims.entities import same_entity
except ImportError:  # pragma: no cover - depends on the extractor's progress
    _normalize_name, same_entity = _own_entities()

# A corpus names the same people and places in thousands of sentences.
normalize_name = lru_cache(maxsize=1 << 18)(_normalize_name)


def sentence_names(text: str) -> list[str]:
    """Proper names in a sentence: runs of capitalised words that are not function words."""
    names = []
    for match in _NAME.finditer(text):
        parts = [p for p in match.group(0).split() if fold(p).strip("'’") not in _NOT_NAMES]
        if not parts:
            continue
        name = " ".join(parts)
        if match.start() == 0 and len(parts) == 1 and len(match.group(0).split()) == 1:
            continue  # a lone capitalised word opening the sentence is usually not a name
        names.append(name)
    return names


_SENTENCE_END = re.compile(r"[.!?\"”’']\s*$")
TITLE_CASED_WORDS = 3
"""Content words a line needs, every one capitalised, to be told as a title-cased line."""


def title_cased(line: str) -> bool:
    """A line written in title case with no sentence's end ("Report an Error or Submit a
    Tip to NBC12", "More Local News", a heading or a link's label): every content word is
    capitalised, so its capitals mark no names, and such lines are the page's furniture
    far more often than its story."""
    if _SENTENCE_END.search(line):
        return False
    content = [w for w in re.findall(r"[^\W\d_][\w’'\-]*", line) if fold(w) not in _STOP]
    return len(content) >= TITLE_CASED_WORDS and all(w[0].isupper() for w in content)


def period(value: str | None) -> tuple[date, date] | None:
    """The days an ISO date, month ("2018-05"), year ("2013") or interval of days
    ("2016-02-05/2016-02-07": a weekend, `claims.date_periods`) covers."""
    if not value:
        return None
    text = str(value)
    try:
        if len(text) == 21 and text[10] == "/":
            return date.fromisoformat(text[:10]), date.fromisoformat(text[11:])
        if len(text) >= 10:
            day = date.fromisoformat(text[:10])
            return day, day
        if len(text) == 7:
            first = date.fromisoformat(text + "-01")
            last = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, last - timedelta(days=1)
        if len(text) == 4:
            return date(int(text), 1, 1), date(int(text), 12, 31)
    except ValueError:
        return None
    return None


def days_apart(a: tuple[date, date], b: tuple[date, date]) -> int:
    """Days between two periods: 0 when they overlap, else between their middles
    (2012 and 2013 are a year apart, not a day)."""
    if a[0] <= b[1] and b[0] <= a[1]:
        return 0
    mid_a = a[0].toordinal() + (a[1] - a[0]).days / 2
    mid_b = b[0].toordinal() + (b[1] - b[0]).days / 2
    return max(1, round(abs(mid_a - mid_b)))


@dataclass(slots=True)
class ClaimView:
    """A claim with the evidence alignment needs, computed once."""

    claim: Claim
    witness: int
    """The independent source behind the claim (a copy counts as its original)."""
    source: Source | None
    topics: frozenset[str]
    """Action groups of the claim: its frame's, else those named in its sentence."""
    frame_known: bool
    telling: bool
    """The frame is a reporting verb: a date or place of the telling, not of the event."""
    sentence_classes: frozenset[str]
    document_classes: frozenset[str]
    counted: str | None
    counted_class: str | None
    role: str | None
    """The kind of persons counted (workers, rescuers), when the noun says."""
    dimension: str | None
    names: tuple[str, ...]
    subject: str | None
    """The frame's subject when it is a name ("Rekia is home to..."): whose figure it is."""
    story: frozenset[str]
    """The names the whole source mentions: what story it tells."""
    crowded: bool
    """The corpus holds many sources, so it likely holds many stories."""
    places: tuple[str, ...]
    """The places named in the claim's sentence: where the figure belongs."""
    wording: str
    event: tuple[date, date] | None
    """The days the claim's event falls in (a day, a month, a year), if known."""
    story_id: int | None = None
    """The story of the claim's source (None: the sources were never grouped)."""
    thread_id: int | None = None

    @property
    def event_day(self) -> date | None:
        """The event's day, when known to the day."""
        if self.event is None or self.event[0] != self.event[1]:
            return None
        return self.event[0]

    @property
    def kind(self) -> str:
        return self.claim.kind


def _without_span(claim: Claim) -> str:
    """The sentence minus the claim's own words, so a value never argues for itself."""
    sentence, at = claim.sentence, claim_at(claim)
    return sentence[:at] + " " + sentence[at + len(claim.text) :] if at >= 0 else sentence


def _noun_after_figure(claim: Claim, vocab: Vocabulary) -> str | None:
    """The counted noun when the extractor missed it: a listed noun among the first words
    after the figure ("130 buildings collapsed")."""
    at = claim_at(claim)
    after = words(claim.sentence[at + len(claim.text) :]) if at >= 0 else []
    for word in (words(claim.text) + after)[:3]:
        if vocab.known_counted(word):
            return word
    return None


def _named_subject(subject: str | None, names: Iterable[str], story: NameIndex) -> str | None:
    """The subject's name when it is one the sentence or its source writes as a name."""
    if not subject:
        return None
    key = normalize_name(subject)
    if not key:
        return None
    if key in story or any(same_name(key, n) for n in names):
        return key
    return key if any(same_name(key, n) for n in story.candidates(key)) else None


def make_view(
    claim: Claim,
    witness: int,
    source: Source | None,
    vocab: Vocabulary,
    document_classes: frozenset[str] = frozenset(),
    story: frozenset[str] = frozenset(),
    event: tuple[date, date] | None = None,
    crowded: bool = False,
    places: tuple[str, ...] = (),
    story_index: NameIndex | None = None,
) -> ClaimView:
    """`story_index`: `story` indexed by word (made once per source by the caller; made
    here when not given)."""
    named = vocab.frame_classes(claim.frame.action, claim.sentence)
    frame_classes = named - vocab.telling
    rest = _without_span(claim)
    sentence_classes = vocab.classes_in(claim.sentence) - vocab.telling
    if not (frame_classes or sentence_classes):
        frame_classes = event_topics(claim)  # "It occurred on Monday": the event's day
    counted = claim.frame.counted or claim.value.get("counted")
    if counted and vocab.not_counted.intersection(words(str(counted))):
        counted = None  # "dozens of residents last Monday": a calendar word is not what is counted
    if not counted and claim.kind == "quantity" and not claim.value.get("unit"):
        counted = _noun_after_figure(claim, vocab)
    dimension = None
    if claim.kind == "quantity":
        unit = vocab.unit(claim.value.get("unit"))
        if unit is not None:
            dimension = unit[0]
        elif claim.value.get("unit"):
            dimension = fold(str(claim.value["unit"]))
        else:
            dimension = "count"
    content = [w for w in words(rest) if w not in _STOP and len(w) > 1]
    names = tuple(dict.fromkeys(normalize_name(n) for n in sentence_names(rest)))
    return ClaimView(
        claim=claim,
        witness=witness,
        source=source,
        topics=frame_classes or sentence_classes,
        frame_known=bool(frame_classes),
        telling=bool(named) and not frame_classes,
        sentence_classes=sentence_classes,
        document_classes=document_classes,
        counted=fold(counted) if counted else None,
        counted_class=vocab.counted_class(counted) if counted else None,
        role=vocab.role(counted) if counted else None,
        dimension=dimension,
        names=names,
        subject=_named_subject(claim.frame.subject, names, story_index or NameIndex(story)),
        story=story,
        crowded=crowded,
        places=tuple(dict.fromkeys(normalize_name(p) for p in places if p)),
        # Names are completed with the corpus's places once every view is built.
        wording=" ".join(content),
        event=event or period(claim.event_date) or period(source.published if source else None),
    )


@lru_cache(maxsize=1 << 16)
def same_name(a: str, b: str) -> bool:
    """Two normalised names of one entity (cached: a corpus repeats its names)."""
    return a == b or same_entity(a, b)
