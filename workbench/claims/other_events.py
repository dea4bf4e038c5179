"""Counts of another event than the one the article reports.

An article recalls an earlier shooting, a city's totals of past months, another party's
dead weeks before. Such a count is read (a reader may ask for it) but marked
`other_event`, so no figure of this incident is set against it (the finder's
`screening.elsewhere`) and the benchmark scores it only against labels of other events.

The mark comes from time: a harm count whose own clause dates it more than a month before
the article's event. Two guards keep this incident's counts: the date must be the count's
own clause's (a date inside a clause hung below the count's, "a vigil for a man slain in
2014, killing one man", dates that clause only), and the article must date a harm of its
own at the event and its headline must not count the same (an arrest or a trial a year
later tells its incident's harm by the harm's date, and its headline names that harm: "Couple
charged in shooting of girl" beside "the girl was shot last July").
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

from workbench.claims.date_clauses import _path_up, _top
from workbench.claims.datelines import parse_of
from workbench.claims.roles import HARM_ROLES
from workbench.claims.tallies import TALLY_MARK
from workbench.models import Claim, Sentence, Source
from workbench.parse import Parse

OTHER_EVENT_MARK = "other_event"
"""The value's key saying a count is of another event than the article's (not a tally)."""
EARLIER_BY = timedelta(days=31)
"""How long before the article's event a count's own date must end to be another event's:
a month, beyond a victim's death days after or a hospital stay told by its days."""
AT_MOST_BEFORE = timedelta(days=36525)
"""A date more than a century before the event is a misread number ("the 1600 block"),
not a past event a casualty count recalls."""
CLAUSE_DEPS = frozenset(("relcl", "acl", "advcl", "ccomp", "csubj", "xcomp", "parataxis"))
"""Arcs that open a clause of its own: a date below one dates that clause, not a count above."""
NOUN_MODIFIER_DEPS = frozenset(("compound", "nmod", "poss", "amod", "nummod"))
"""Arcs by which a date dates its own noun ("that April 2016 injury", "the 2013 killing")."""


def _bounds(day: str | None) -> tuple[date, date] | None:
    """The first and last day an `event_date` covers (a day, a month, a year, an interval)."""
    if not day:
        return None
    first, _, last = day.partition("/")
    try:
        return _first(first), _last(last or first)
    except ValueError:
        return None


def _first(part: str) -> date:
    if len(part) == 4:
        return date(int(part), 1, 1)
    if len(part) == 7:
        return date(int(part[:4]), int(part[5:7]), 1)
    return date.fromisoformat(part[:10])


def _last(part: str) -> date:
    if len(part) == 4:
        return date(int(part), 12, 31)
    if len(part) == 7:
        year, month = int(part[:4]), int(part[5:7])
        return date(year, month, calendar.monthrange(year, month)[1])
    return date.fromisoformat(part[:10])


def _older(claim: Claim, start: date) -> bool:
    """The claim's own date (told by its sentence) ends a month or more before `start`."""
    if claim.event_date_basis != "text":
        return False
    span = _bounds(claim.event_date)
    return span is not None and start - AT_MOST_BEFORE < span[1] < start - EARLIER_BY


def _own_clause(p: Parse, date_span: tuple[int, int], count_span: tuple[int, int]) -> bool:
    """The date (sentence offsets) hangs in the count's clause: on the way up from the date
    to the first token above both, no arc opens a clause of its own; a date that modifies a
    noun dates that noun, so the noun must be above the count ("the 2009 shooting that
    killed 13": the count's; "a rod from that April 2016 injury, when he was shot": not)."""
    top_date, top_count = _top(p, *date_span), _top(p, *count_span)
    if top_date is None or top_count is None:
        return False
    above_count = set(_path_up(p, top_count))
    if p.deps[top_date] in NOUN_MODIFIER_DEPS and p.heads[top_date] not in above_count:
        return False
    for k in _path_up(p, top_date):
        if k in above_count:
            return True
        if p.deps[k] in CLAUSE_DEPS:
            return False
    return False


def _dated_in_clause(
    claim: Claim, dates: Sequence[Claim], sentence: Sentence, parses: Mapping[str, Parse]
) -> bool:
    """One of the sentence's dates that gives the claim its day is in the claim's clause."""
    p = parse_of(sentence.text, parses)
    if p is None:
        return False
    count = (claim.start - sentence.start, claim.end - sentence.start)
    return any(
        _own_clause(p, (d.start - sentence.start, d.end - sentence.start), count)
        for d in dates
        if d.sentence_id == claim.sentence_id and d.event_date == claim.event_date
    )


def marked_other_events(
    source: Source,
    sentences: Sequence[Sentence],
    claims: list[Claim],
    parses: Mapping[str, Parse],
) -> list[Claim]:
    """The claims with another event's harm counts marked `other_event`."""
    from workbench.claims.event import source_event

    event = source_event(source, claims)
    span = _bounds(event.date) if event.date_basis == "text" else None
    if span is None:
        return claims
    harms = [
        c
        for c in claims
        if c.kind == "quantity"
        and c.role in HARM_ROLES
        and not c.headline
        and not c.value.get(TALLY_MARK)
    ]
    headlined = {
        (c.role, c.value.get("low"))
        for c in claims
        if c.headline and c.kind == "quantity" and not c.value.get(TALLY_MARK)
    }
    older = [
        c for c in harms if _older(c, span[0]) and (c.role, c.value.get("low")) not in headlined
    ]
    if not older or not any(c.event_date_basis == "text" and c not in older for c in harms):
        return claims
    by_id = {s.id: s for s in sentences}
    dates = [c for c in claims if c.kind == "date" and not c.headline]
    marked = {
        id(c)
        for c in older
        if c.sentence_id in by_id and _dated_in_clause(c, dates, by_id[c.sentence_id], parses)
    }
    return [
        replace(c, value={**c.value, OTHER_EVENT_MARK: True}) if id(c) in marked else c
        for c in claims
    ]
