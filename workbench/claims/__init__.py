"""Claim extraction: each sentence's checkable quantities, places and dates.

Dates go first, so that the numbers inside them are not counted as quantities; then
quantities and places. Every claim gets its frame (what it is about), the sentence's
attribution, and the date of the event it reports: the sentence's own date when it gives
one, else the source's publication date, marked as such.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from workbench.claims import roles as roles_data
from workbench.claims.agents import victims_without_agent
from workbench.claims.attribution import attributions
from workbench.claims.besides import people_besides
from workbench.claims.candidates import needs_parse
from workbench.claims.care_of_the_dead import without_care_of_the_dead
from workbench.claims.claim_speakers import sentence_sayings, with_own_speakers
from workbench.claims.date_clauses import clause_of, own_noun, tree_gap
from workbench.claims.date_forms import with_event_weekday
from workbench.claims.date_periods import as_event_date
from workbench.claims.datelines import (
    agency_places,
    body_start,
    cut_dateline,
    dateline,
    parse_of,
    parsed_text,
)
from workbench.claims.dates import DateMatch, find_dates
from workbench.claims.fates import (
    deaths_of_one,
    deaths_told_apart,
    survivors_of_a_harm,
    without_earlier_states,
    wounds_of_the_dead,
    wounds_of_the_dead_nearby,
)
from workbench.claims.frames import (
    action_after,
    action_before,
    agent_after,
    subject_before,
)
from workbench.claims.headline import (
    as_headline,
    clean_title,
    dated_as_the_text,
    headline_sentence,
    without_copied_headline,
)
from workbench.claims.held_on_charges import with_charges_held_on
from workbench.claims.hit_sums import with_hit_sums
from workbench.claims.number_screens import token_index
from workbench.claims.ordinals import without_ranks
from workbench.claims.other_events import marked_other_events
from workbench.claims.others import (
    roles_from_context,
    victims_of_survivors,
    victims_of_the_dead,
    without_lone_ranks,
)
from workbench.claims.page_groups import page_groups
from workbench.claims.parsed import ParsedClaims, repaired_parse, syntax_claims
from workbench.claims.part_ties import tied_parts
from workbench.claims.places import find_places
from workbench.claims.quantities import find_quantities, may_have_number
from workbench.claims.situated import event_near
from workbench.claims.times import days_for_times
from workbench.claims.unrelated_arrests import marked_unrelated_arrests
from workbench.claims.words import Token, looks_like_verb, tokenize, verb_lemma, wordset
from workbench.models import Claim, Frame, Sentence, Source
from workbench.parse import Parse, ParseCache, parse_all
from workbench.versions import EXTRACTOR_VERSION as EXTRACTOR_VERSION

# EXTRACTOR_VERSION lived here until the thirty-sixth session: bump it in `workbench.versions`.

# Adjectives used as nouns for a group in a state ("Fourteen dead", "the missing").
STATE_NOUNS = wordset("dead missing homeless injured wounded displaced unaccounted")

# Page furniture that survives cleaning sometimes: copyright and licence lines.
_FURNITURE = ("©", "CC BY", "All rights reserved")


def _published(source: Source) -> date | None:
    try:
        return date.fromisoformat(source.published) if source.published else None
    except ValueError:
        return None


def _event_date(
    dates: list[DateMatch], start: int, end: int, parse: Parse | None = None
) -> DateMatch | None:
    """The date the sentence gives to a claim, read at the precision it gives (a day, a
    month, a year, or a period's first and last day: `date_periods.as_event_date`): the one
    fewest arcs of the parse away (the date of the claim's own clause), then the nearest; a
    day of the telling ("authorities said Monday") only when the sentence gives no other."""
    usable = [d for d in dates if d.value.get("resolved") and d.value.get("start")]
    if not usable:
        return None

    def arcs(d: DateMatch) -> int:
        gap = tree_gap(parse, (d.start, d.end), (start, end)) if parse is not None else None
        return len(parse or ()) if gap is None else gap

    told = [d for d in usable if not d.value.get("telling")] or usable
    return min(told, key=lambda d: (arcs(d), abs(d.start - start), d.start))


def _quantity_frame(tokens: list[Token], start: int, end: int, counted: str | None) -> Frame:
    after_i = token_index(tokens, end)
    action, verb = action_after(tokens, after_i)
    subject = None
    if action is not None and verb is not None:
        subject = agent_after(tokens, verb)
    else:
        action, verb = action_before(tokens, token_index(tokens, start))
        if action is not None and verb is not None:
            subject = subject_before(tokens, verb)
    if action is None and counted and (counted in STATE_NOUNS or looks_like_verb(counted)):
        action = verb_lemma(counted)  # "Fourteen dead": no verb, the state is the action
    return Frame(action=action, counted=counted, subject=subject)


def _sentence_claims(
    source: Source,
    sentence: Sentence,
    published: date | None,
    attribution: str | None,
    parse: Parse | None,
) -> list[Claim]:
    text = sentence.text
    if any(mark in text for mark in _FURNITURE):
        return []
    offset = sentence.start
    dates = find_dates(text, published)
    places = find_places(text, source.text, source.text[sentence.end : sentence.end + 80])
    if sentence.start == 0 or source.text[sentence.start - 1] == "\n":
        opener = dateline(text) or cut_dateline(text, source.text[sentence.end : sentence.end + 80])
        if opener is not None:
            places = [p for p in places if p.start >= opener.end] + [opener]
    if parse is not None:
        places += [
            p
            for p in agency_places(parse, source.text)
            if not any(p.start < q.end and q.start < p.end for q in places)
        ]
    number = may_have_number(text)
    # Tokens serve quantities and frames: a sentence with no claim needs none.
    tokens = tokenize(text) if dates or places or number else []
    quantities = find_quantities(text, [(d.start, d.end) for d in dates], tokens) if number else []
    # The repaired parse, read once: it tells a rank from a fraction ("a third in the arm"
    # is a gapped clause's person) and gives the counts their roles.
    repaired = repaired_parse(parse, roles_data.default()) if parse is not None else None
    quantities = without_ranks(quantities, repaired)  # "a fourth victim" is no 0.25
    if quantities and (body := body_start(text)):  # a gallery's counters are no counts
        quantities = [q for q in quantities if q.start >= body]
    taken = [(q.start, q.end) for q in quantities] + [(d.start, d.end) for d in dates]
    places = [p for p in places if not any(p.start < e and s < p.end for s, e in taken)]

    found: list[tuple[int, int, str, Frame, dict[str, Any]]] = []
    second: dict[int, dict[str, Any]] = {}  # index in found -> the Claim fields it has
    for d in dates:
        if parse is not None:  # what happened then: the event, or a sequel
            d.value.update(clause_of(parse, d.start, d.end, roles_data.default()))
        i = token_index(tokens, d.start)
        j = token_index(tokens, d.end)
        noun = own_noun(parse, d.start, d.end) if parse is not None else None
        frame = Frame(action=noun or event_near(tokens, i, j))
        found.append((d.start, d.end, "date", frame, d.value))
    # The parse reads the counts first: it may end a count's span at its own noun.
    parsed = ParsedClaims()
    if repaired is not None:
        parsed = syntax_claims(repaired, quantities, dates, roles_data.default(), places, True)
    for q in quantities:
        frame = _quantity_frame(tokens, q.start, q.end, q.value.get("counted"))
        found.append((q.start, q.end, "quantity", frame, q.value))
    for p in places:
        i = token_index(tokens, p.cue_start)
        j = token_index(tokens, p.end)
        frame = Frame(action=event_near(tokens, i, j), counted=p.value.get("type"))
        found.append((p.start, p.end, "place", frame, p.value))
    if parse is not None:
        for start, end, value in parsed.new:
            found.append((start, end, "quantity", Frame(counted=value.get("counted")), value))
        for start, end, value, info in parsed.second:
            second[len(found)] = info
            found.append((start, end, "quantity", Frame(counted=value.get("counted")), value))

    claims = []
    # Sorting is stable: a count's second role comes after its first, which keeps its id.
    order = sorted(range(len(found)), key=lambda i: found[i][:3])
    for start, end, kind, frame, value, i in ((*found[i], i) for i in order):
        if kind == "date":
            dated = _event_date([d for d in dates if d.start == start], start, end)
        else:
            dated = _event_date(dates, start, end, parse)
            value = with_event_weekday(value, dated.value if dated else {})
        event = as_event_date(dated.value) if dated else None
        basis = "text" if event else None
        if event is None and published is not None:
            event, basis = published.isoformat(), "published"
        extra = parsed.about.get((start, end)) if kind == "quantity" else None
        extra = second.get(i, extra)
        claims.append(
            Claim(
                id="",
                source_id=source.id,
                kind=kind,
                text=text[start:end],
                start=offset + start,
                end=offset + end,
                sentence=text,
                sentence_id=sentence.id,
                frame=frame,
                value=value,
                event_date=event,
                event_date_basis=basis,
                attribution=attribution,
                file=source.file,
                **(extra or {}),
            )
        )
    return claims


def _usable(source: Source, sentences: list[Sentence]) -> list[Sentence]:
    """In text order; offsets must point into the cleaned text, so one that does not is
    skipped."""
    ordered = sorted(sentences, key=lambda s: s.start)
    return [s for s in ordered if source.text[s.start : s.end] == s.text]


def sentences_to_parse(sentences: list[Sentence], source: Source | None = None) -> list[str]:
    """The texts of the sentences that can carry a count: the ones the parser must see
    (with `source`, its headline's too)."""
    roles = roles_data.default()
    if source is not None and (found := headline_sentence(source)) is not None:
        sentences = [found[0], *sentences]
    return [parsed_text(s.text) for s in sentences if needs_parse(s.text, roles)]


def title_claims(
    source: Source, published: date | None, parses: Mapping[str, Parse]
) -> list[Claim]:
    """The counts the title states, spans into the title (see `claims.headline`)."""
    found = headline_sentence(source)
    if found is None:
        return []
    sentence, shift = found
    parse = parse_of(sentence.text, parses)
    claims = _sentence_claims(source, sentence, published, None, parse)
    return as_headline(claims, source, shift, parse)


def parse_sources(
    items: list[tuple[Source, list[Sentence]]], cache: ParseCache | None = None
) -> dict[str, Parse]:
    """The parses every candidate sentence of these sources needs, parsed in batches."""
    texts = [
        t
        for source, sentences in items
        for t in sentences_to_parse(_usable(source, sentences), source)
    ]
    return parse_all(texts, cache)


def extract_claims(
    source: Source, sentences: list[Sentence], parses: Mapping[str, Parse] | None = None
) -> list[Claim]:
    """Every checkable claim of one source, ids left empty for `identity.assign_ids`.

    `parses` holds the parse of each candidate sentence (`parse_sources`); without it the
    source's candidates are parsed here, uncached."""
    published = _published(source)
    ordered = _usable(source, sentences)
    if parses is None:
        parses = parse_all(sentences_to_parse(ordered, source))
    read = sentence_sayings(ordered, parses)  # each sentence's parse and sayings, once
    speakers = attributions(
        [(s.text, s.paragraph) for s in ordered], [p for p, _ in read], [f for _, f in read]
    )
    claims: list[Claim] = []
    for sentence, speaker, (parse, _) in zip(ordered, speakers, read, strict=True):
        claims.extend(_sentence_claims(source, sentence, published, speaker, parse))
    roles_from_context(claims, roles_data.default())
    victims_of_the_dead(claims)
    claims = without_lone_ranks(claims)
    claims = without_earlier_states(claims)
    headline = title_claims(source, published, parses)
    claims = days_for_times(without_copied_headline(source, claims, headline))
    claims = survivors_of_a_harm(dated_as_the_text(headline, claims, source.published) + claims)
    paragraph_of = {s.id: s.paragraph for s in ordered}
    claims = deaths_of_one(claims, paragraph_of)
    claims = deaths_told_apart(claims)
    claims = without_care_of_the_dead(claims, ordered, roles_data.default())
    claims = wounds_of_the_dead(claims)
    claims = wounds_of_the_dead_nearby(claims, paragraph_of)
    claims = victims_of_survivors(claims)
    claims = page_groups(claims, roles_data.default())
    claims = with_charges_held_on(ordered, claims, parses)  # "booked on a murder charge"
    claims = marked_unrelated_arrests(ordered, claims, parses)  # held for something else
    claims = tied_parts(marked_other_events(source, ordered, claims, parses))
    claims = victims_without_agent(people_besides(claims), roles_data.default())
    claims = with_hit_sums(claims, source.text, clean_title(source.title or ""))
    return with_own_speakers(claims, ordered, parses, read)
