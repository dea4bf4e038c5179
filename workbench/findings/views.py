"""Claims made ready for the old comparison path (places, days, figures of no role).

Every independent claim becomes a `ClaimView` with its evidence, its event's own days (a
date leading its sentence, not the publication's) and its story; the corpus's places teach
which place holds which (`Places`). Set aside first: misread figures, landmarks, figures
of other events.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date

from workbench.findings.alignment import (
    COMMON_NAME_MIN_SOURCES,
    distinctive_stories,
    story_names,
)
from workbench.findings.claim_views import ClaimView, make_view, normalize_name, period
from workbench.findings.comparison import place_name
from workbench.findings.independence import independent_claims, witnesses
from workbench.findings.name_index import NameIndex
from workbench.findings.place_levels import Places, claim_level
from workbench.findings.screening import (
    date_spans,
    elsewhere,
    is_reference_place,
    misread,
    published_of,
    text_before,
)
from workbench.models import Claim, Source
from workbench.vocabulary import Vocabulary, words

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


def source_story_names(sources: list[Source]) -> dict[int, frozenset[str]]:
    """Each source's story names (`alignment.story_names`), without those too common to
    tell stories apart; read once and shared by the two ways counts are compared."""
    return distinctive_stories({s.id: story_names(s.text) for s in sources})


def build_views(
    claims: list[Claim],
    sources: list[Source],
    vocab: Vocabulary,
    grouping: Mapping[int, tuple[int, int]] | None = None,
    names: dict[int, frozenset[str]] | None = None,
    crowded: bool | None = None,
) -> tuple[list[ClaimView], Places]:
    """Independent claims with their evidence, and what the corpus says about places.

    `grouping` gives each source's (story, thread): claims are then compared only within
    one story (see `alignment.within_one_story`). `names` and `crowded` as the whole
    thread reads them, when only some of its sources are given (`finding_jobs`)."""
    root = witnesses(sources)
    by_id = {s.id: s for s in sources}
    dates = date_spans(claims)
    doc_classes = {s.id: vocab.classes_in(s.text) - vocab.telling for s in sources}
    stories = source_story_names(sources) if names is None else names
    if crowded is None:
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
        places.add_level(place_name(view.claim), claim_level(view.claim))
        # Only frames count here: a sentence's other words name other events.
        for topic in view.topics if view.frame_known else ():
            together[(view.witness, topic)].append(place_name(view.claim))
    for names in together.values():
        places.add_together(names)
    return views, places
