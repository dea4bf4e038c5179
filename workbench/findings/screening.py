"""Claims set aside before any comparison: misread figures, other events' figures, landmarks.

A day of the month read as a count, a figure about another event ("last year", "the
city's 40th homicide") or a place named as a landmark ("3 km from X") is not what the
story says happened, and comparing it produces false alarms.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

from workbench.claim_spans import claim_at
from workbench.claims.other_events import OTHER_EVENT_MARK
from workbench.models import Claim, Source
from workbench.vocabulary import Vocabulary, words


class Spans:
    """Character spans of one source; does one of them cover a given span? A binary
    search over the starts with the furthest end so far, not a scan of every date per
    claim (an article with thousands of dates made that quadratic)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _e in ordered]
        self.reach: list[int] = []  # the furthest end among the spans starting so far
        for _s, e in ordered:
            self.reach.append(max(e, self.reach[-1]) if self.reach else e)

    def covers(self, start: int, end: int) -> bool:
        """True when some span starts at or before `start` and ends at or after `end`."""
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end


def date_spans(claims: Iterable[Claim]) -> dict[int, Spans]:
    """Each source's date claims as `Spans` (a figure inside a date is the date's)."""
    found: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for claim in claims:
        if claim.kind == "date":
            found[claim.source_id].append((claim.start, claim.end))
    return {source_id: Spans(spans) for source_id, spans in found.items()}


def text_before(claim: Claim, source: Source | None, width: int = 40) -> str:
    """The words just before the claim: from the source by offset, else from its sentence
    (a headline claim's offsets index the title)."""
    if claim.headline and source is not None and source.title:
        return source.title[max(0, claim.start - width) : claim.start]
    if source is not None and source.text[claim.start : claim.end] == claim.text:
        return source.text[max(0, claim.start - width) : claim.start]
    at = claim_at(claim, source)
    return claim.sentence[:at] if at >= 0 else ""


def is_reference_place(claim: Claim, source: Source | None, vocab: Vocabulary) -> bool:
    """A place named as a landmark ("3 km from X", "near X"), not where something happened."""
    before = [w for w in words(text_before(claim, source))[-4:] if w != "the"]
    for size in (2, 1):
        if len(before) >= size and " ".join(before[-size:]) in vocab.relative_place_words:
            return True
    lead = words(claim.text)[:2]  # a span that keeps its preposition: "Along the river"
    return any(" ".join(lead[:size]) in vocab.relative_place_words for size in (2, 1) if lead)


def elsewhere(claim: Claim, vocab: Vocabulary) -> bool:
    """The sentence compares with another event ("in a similar attack last year"). A cue in
    whom the claim cites ("according to a previous report") says who told it, not of what.
    A tally to date ("the city's 22nd homicide": claims' `tally` mark) counts other events
    too; a count the claims mark `other_event` is another event's."""
    if claim.value.get("tally") or claim.value.get(OTHER_EVENT_MARK) or _earlier_acts(claim):
        return True
    sentence = claim.sentence
    if claim.attribution and claim.attribution in sentence:
        sentence = sentence.replace(claim.attribution, " ")
    text = " ".join(words(sentence))
    return any(f" {cue} " in f" {text} " for cue in vocab.other_event_cues)


_EARLIER = frozenset(("prior", "previous"))
"""Words that, before a counted noun, put what it counts before the event told ("three
prior arrests", "two prior calls")."""


def _earlier_acts(claim: Claim) -> bool:
    """A count whose own words put its things before the event ("four previous
    arrests" of the accused's record): other, earlier events' count, not this one's. Only
    a word before the counted noun: "nine days prior" is how long before."""
    said = [w.casefold() for w in words(claim.text)]
    noun = str((claim.counted or {}).get("noun") or "").casefold()
    at = next((i for i, w in enumerate(said) if noun and w.startswith(noun)), len(said))
    return bool(_EARLIER.intersection(said[:at]))


_POINTED_BACK = ("those", "these")
"""Demonstratives that point a plural noun back at things told before ("those incidents")."""


def none_of_those_events(claim: Claim, vocab: Vocabulary) -> bool:
    """A zero told of events the sentence points back to in the plural ("No one has been
    charged in those incidents", of other shootings told before): a negation over several
    events, not this event's count."""
    if _number_of(claim) != 0:
        return False
    said = words(claim.sentence)
    return any(w in _POINTED_BACK and _plural_event(n, vocab) for w, n in pairwise(said))


def published_of(by_id: dict[int, Source], *ids: int) -> str | None:
    return next((by_id[i].published for i in ids if i in by_id and by_id[i].published), None)


def misread(claim: Claim, source: Source | None, dates: dict[int, Spans]) -> bool:
    """An extraction slip no reviewer should be shown as a dispute: a span that starts or
    ends inside a word ("noon" in "afternoon"), or a figure that is the day of a date
    ("27" in "Feb. 27"). A headline claim's offsets index the title, which has no dates."""
    if claim.headline:
        return False
    if source is not None and source.text[claim.start : claim.end] == claim.text:
        text = source.text
        if claim.start > 0 and text[claim.start - 1].isalnum() and claim.text[:1].isalnum():
            return True
        if claim.end < len(text) and text[claim.end].isalnum() and claim.text[-1:].isalnum():
            return True
    if claim.kind == "quantity":
        spans = dates.get(claim.source_id)
        if spans is not None and spans.covers(claim.start, claim.end):
            return True
        return (
            _day_of_month(claim, source)
            or _slashed(claim, source)
            or _sequenced(claim, source)
            or bool(_HOUSE_NUMBER.match(claim.text))
        )
    return False


_HOUSE_NUMBER = re.compile(r"\d{3,5}\s+(?:North|South|East|West|[NSEW]\.?|N[EW]|S[EW])\s+[A-Z]")
"""A street address's number: three to five digits written without a comma, then a
compass word and a name ("313 North Main", "4500 W. Oak"), never a count."""


_SLASH_BEFORE = re.compile(r"\d\s*/\s*$")
_SLASH_AFTER = re.compile(r"^\s*/\s*\d")


def _slashed(claim: Claim, source: Source | None) -> bool:
    """A figure that is a term of "N / M" ("Image 1 / 14 Back to Gallery", "24/7"): a
    position in a sequence, a fraction or a date, never a count of anything the story
    tells."""
    if not claim.text[:1].isdigit():
        return False
    if _SLASH_BEFORE.search(text_before(claim, source, 12)):
        return True
    if source is None or source.text[claim.start : claim.end] != claim.text:
        return False
    figure = re.match(r"[\d.,]+", claim.text)
    after = (
        source.text[claim.start + figure.end() : claim.start + figure.end() + 8] if figure else ""
    )
    return bool(_SLASH_AFTER.match(after))


_OF_BEFORE = re.compile(r"\b\d+\s+of\s*/?\s*$")
_OF_PAIR = re.compile(r"\b(\d+)\s+of\s*/?\s*(\d+)\b")


@lru_cache(maxsize=64)
def _sequence_ends(text: str) -> frozenset[str]:
    """The M of every "N of M" the text counts through with two N or more ("Image 3 of 9",
    "Image 4 of 9"): a gallery's or a list's positions, not a count the story tells."""
    seen: dict[str, set[str]] = defaultdict(set)
    for m in _OF_PAIR.finditer(text):
        seen[m.group(2)].add(m.group(1))
    return frozenset(end for end, starts in seen.items() if len(starts) > 1)


def _sequenced(claim: Claim, source: Source | None) -> bool:
    """A figure that is the M of "N of M" where the text runs N through several values (a
    photo gallery's "Image 1 of 9 ... Image 2 of 9", page furniture a scraper kept): once
    it read as "9 Caption Close Image" or "9 Frank Gomez" against another page's 44. A
    single "3 of 9 victims" stays a count."""
    figure = re.match(r"\d+", claim.text)
    if figure is None or source is None or not _OF_BEFORE.search(text_before(claim, source, 16)):
        return False
    return figure.group() in _sequence_ends(source.text)


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
        at = claim_at(claim, source)
        after = claim.sentence[at + len(claim.text) : at + len(claim.text) + 12] if at >= 0 else ""
    following = words(after)
    return bool(following) and following[0] in _MONTHS


PERIOD_BEFORE = frozenset(("past", "last", "previous", "recent", "over"))
"""Words before a span of time that make it a stretch looked back over ("in the past 17
months"), not how long something took."""


def _event_noun(claim: Claim) -> bool:
    """The count counts events, not people: a noun of the vocabulary's events ("cases",
    "incidents") or an act a harm role is named by ("shootings", "killings": a gerund)."""
    from workbench.claims import roles

    counted = claim.counted or {}
    noun = str(counted.get("noun") or "").casefold()
    if counted.get("class") == "events":
        return True
    return noun.endswith("ing") and roles.default().nouns.get(noun) is not None


def aggregate_sentences(
    claims: Iterable[Claim], by_id: dict[int, Source], vocab: Vocabulary
) -> set[tuple[int, str]]:
    """(source, sentence) of the sentences that sum many events: they count several events
    ("seven dead and 14 hurt in 17 shootings", "seven injured in shootings across the city")
    or look back over a stretch of time ("eight children shot in the past 17 months"). Their
    counts are a city's or a year's, a wider scope than the story's one event, so they are no
    rival to its figures."""
    from workbench.findings.comparison import quantity_range

    found = set()
    for claim in claims:
        if claim.kind != "quantity":
            continue
        if claim.role in ("killed", "injured", "hit"):
            if _in_several_events(claim.sentence, vocab):
                found.add((claim.source_id, claim.sentence))
            continue
        measured = quantity_range(claim, vocab)
        if measured is None:
            continue
        if measured.dimension == "count" and measured.low > 1 and _event_noun(claim):
            found.add((claim.source_id, claim.sentence))
        elif measured.dimension == "duration" and measured.low >= 86400:
            before = set(words(text_before(claim, by_id.get(claim.source_id), 24))[-2:])
            if before & PERIOD_BEFORE:
                found.add((claim.source_id, claim.sentence))
    return found


_DETERMINERS = frozenset(("the", "these", "those", "both", "this", "their", "its", "his", "her"))
"""Words that make a plural told after "in" some events known already ("in the shootings" of
one spree), not several events of their own."""


def _in_several_events(sentence: str, vocab: Vocabulary) -> bool:
    """The harm is told "in" a plural of events with no determiner pointing back ("four
    killed and seven injured in shootings across the city", "in separate shootings"): the
    counts sum several events, a city's or a weekend's, not the story's one."""
    said = words(sentence)
    for i, word in enumerate(said):
        if word != "in":
            continue
        for after in said[i + 1 : i + 4]:
            if after in _DETERMINERS:
                break
            if _plural_event(after, vocab):
                return True
    return False


def round_ups(claims: Iterable[Claim], sources: Iterable[Source], vocab: Vocabulary) -> set[int]:
    """The sources whose headline tells of several events: it counts two or more ("four
    overnight shootings", "two separate shooting incidents") or names them in the plural
    ("weekend shootings"), or its text refers back to the several events it told ("arrests
    in the four shootings": a definite count of events). A round-up's figures, places and
    days are spread over its events, so none of them is one event's. A plural that names
    one scene's shootings, which the text tells as one event there (`_one_scene_told`), is
    no round-up."""
    claims = list(claims)
    sources = list(sources)
    by_id = {s.id: s for s in sources}
    found = {
        claim.source_id
        for claim in claims
        if claim.kind == "quantity"
        and _event_noun(claim)
        and (_number_of(claim) or 0) > 1
        and (claim.headline or _told_back(claim, by_id.get(claim.source_id)))
    }
    scenes = _scenes(claims)
    for source in sources:
        if source.id in found:
            continue
        plurals = [w for w in _TITLE_WORD.findall(source.title or "") if _plural_event(w, vocab)]
        if plurals and not all(_one_scene_told(source, w, scenes[source.id]) for w in plurals):
            found.add(source.id)
    return found


def _scenes(claims: Iterable[Claim]) -> dict[int, set[str]]:
    """Each source's places told as a scene one is at ("at <a lounge>": a club, a
    school, a store), never typed an area (a city, a county, an agency's town): one
    scene's shootings are one event's, an area's may be many."""
    at: dict[int, set[str]] = defaultdict(set)
    areas: dict[int, set[str]] = defaultdict(set)
    for claim in claims:
        if claim.kind != "place":
            continue
        name = str(claim.value.get("name") or claim.text).casefold()
        if claim.value.get("type"):
            areas[claim.source_id].add(name)
        elif claim.value.get("cue") == "at":
            at[claim.source_id].add(name)
    return defaultdict(set, {s: names - areas[s] for s, names in at.items()})


_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")
_NAME_BEFORE = r"((?:[A-Z][\w'\u2019.-]*\s+)+)(?:[a-z][\w-]*\s+){{0,2}}{noun}\b"
"""A name (capitalised words) before a plural noun, up to two lower-case words between
("<Name> Lounge fatal shootings", "<Name> Parkway shootings")."""


def _one_scene_told(source: Source, plural: str, scenes: set[str]) -> bool:
    """Whether the headline's plural event noun names one scene's harm: the name before it
    is a scene the text tells (`_scenes`) and the text tells the same noun in the singular
    there, as one event ("4 arrested in <Name> Lounge fatal shootings", then "the mass
    shooting at <Name> Lounge"): the shootings of its several victims, not an area's
    several events ("weekend shootings", "overnight shootings in <a city>", "<a town>
    shootings" of a spree over the town)."""
    found = re.search(_NAME_BEFORE.format(noun=re.escape(plural)), source.title or "")
    if not found:
        return False
    name = " ".join(found.group(1).split())
    if name.casefold() not in scenes:
        return False
    one, there = re.escape(plural[:-1]), re.escape(name)
    told = (
        rf"\b{there}\s+(?:[\w-]+\s+){{0,2}}{one}\b",
        rf"\b{one}\b[^.]{{0,40}}?\b(?:at|in|on|outside|near)\s+(?:the\s+)?{there}\b",
    )
    return any(re.search(t, source.text or "", re.I) for t in told)


def _told_back(claim: Claim, source: Source | None) -> bool:
    """A count of events the text names as known ("the four shootings"): those it told."""
    before = words(text_before(claim, source, 12))
    return bool(before) and before[-1] == "the"


def _plural_event(word: str, vocab: Vocabulary) -> bool:
    """A plural noun of events: of the vocabulary's events ("incidents", "attacks") or an
    act a harm role is named by ("shootings", "stabbings")."""
    from workbench.claims import roles

    word = word.casefold()
    if not word.endswith("s") or word.endswith("ss"):
        return False
    kind = vocab.counted_class(word)
    if kind == "events":
        return True
    return bool(kind) and kind != word and kind.endswith("ing") and kind in roles.default().nouns


def _number_of(claim: Claim) -> float | None:
    value = claim.value
    found = value.get("low", value.get("value"))
    try:
        return float(found) if found is not None else None
    except (TypeError, ValueError):
        return None
