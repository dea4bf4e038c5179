"""Counts of an earlier event a page recalls beside its own event's.

A report of one shooting often recalls another of the town ("On Nov. 9, gunfire erupted at
a house party ..., leaving two high school students dead and 19 others injured", a week
before the page's own party). `event_facts.another_event` parts a count its sentence dates
over a week before the day the text tells its event on; a nearer day may be the event's own
(a sequel's page tells its shooting days before the hearing it reports). The page's
headline tells what its own event's count is: where the headline states a count of the
role, a count of another number that its own sentence dates days before the text's event
day is of the event the page recalls, never the page's figure. The sentence right after
such a one, dating nothing itself, goes on about the event recalled ("... where eight
students and a teacher were shot and killed last week. The gunman in the Oregon shooting
wounded nine others"): its count, of another number than the headline's, is that event's too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from workbench.findings.claim_views import period
from workbench.findings.event_facts import DAY_SLACK
from workbench.findings.knowledge import role_sums
from workbench.models import Claim
from workbench.stories.events import EventFacts

HeadlineCounts = Mapping[tuple[int, str], frozenset[float]]


def headline_counts(claims: Iterable[Claim]) -> HeadlineCounts:
    """The numbers each source's headline states, by (source, role): not read from a
    singular mention, nor added up."""
    found: dict[tuple[int, str], set[float]] = defaultdict(set)
    for claim in claims:
        if not claim.headline or claim.kind != "quantity" or claim.role is None:
            continue
        if claim.implicit or claim.derived:
            continue
        low, high = claim.value.get("low"), claim.value.get("high")
        if low is not None and low == high:
            found[(claim.source_id, claim.role)].add(float(low))
    return {key: frozenset(values) for key, values in found.items()}


def recalled_before(claim: Claim, mine: EventFacts | None, headlines: HeadlineCounts) -> bool:
    """Whether a count is of an earlier event its page recalls: its sentence dates it more
    than `DAY_SLACK` days before the day the text tells its event on, and the page's
    headline states a count of the role that this one is not."""
    if claim.headline or claim.kind != "quantity" or claim.event_date_basis != "text":
        return False
    if mine is None or not mine.day or claim.role is None:
        return False
    told = headlines.get((claim.source_id, claim.role))
    low = claim.value.get("low")
    if not told or low is None or float(low) in told:
        return False
    when, day = period(claim.event_date), period(mine.day)
    if when is None or day is None:
        return False
    return (day[0] - when[1]).days > DAY_SLACK


def _not_headline_count(claim: Claim, headlines: HeadlineCounts) -> bool:
    """The page's headline states counts of the claim's role, and not the claim's."""
    told = headlines.get((claim.source_id, str(claim.role)))
    low = claim.value.get("low")
    return bool(told) and low is not None and float(low) not in told


_EARLIER = re.compile(r"^\W*earlier\b", re.I)
"""A sentence that opens by telling its clause as before the page's own event."""


def _headline_told(source: int, role: str, headlines: HeadlineCounts) -> frozenset[float]:
    """The numbers a page's headline tells for a role: stated, or for a role that is the
    sum of others ("1 killed, 2 injured": 3 hit) the sum of the parts it states."""
    told = set(headlines.get((source, role), ()))
    parts = [headlines.get((source, p)) for p in role_sums().get(role, [])]
    if any(parts):
        told.add(sum(max(p) for p in parts if p))
    return frozenset(told)


def opened_earlier(claim: Claim, headlines: HeadlineCounts) -> bool:
    """A count told in a sentence that opens with "Earlier" ("Earlier Monday, four
    people were shot at a bus stop", in a page whose headline tells one killed and two
    injured): what it tells came before the page's own event, another event of the
    day or an earlier report, so a count of another number than the headline tells for
    the role is not the page's figure. Not where the headline tells none of the role."""
    if claim.headline or claim.kind != "quantity" or claim.role is None:
        return False
    if _EARLIER.match(claim.sentence) is None:
        return False
    told = _headline_told(claim.source_id, claim.role, headlines)
    low = claim.value.get("low")
    return bool(told) and low is not None and float(low) not in told


def recalled_after(
    claims: Iterable[Claim], facts: Mapping[int, EventFacts], headlines: HeadlineCounts
) -> frozenset[tuple]:
    """The mentions (`mention_key`) of counts told in a sentence that dates nothing itself,
    right after one whose count `recalled_before` marks (the event recalled goes on), of
    another number than the page's headline states for the role."""
    claims = list(claims)
    recalled, dated = set(), set()
    for claim in claims:
        key = (claim.source_id, claim.sentence_id)
        if claim.event_date_basis == "text":
            dated.add(key)
        if recalled_before(claim, facts.get(claim.source_id), headlines):
            recalled.add(key)
    found = set()
    for claim in claims:
        if claim.headline or claim.kind != "quantity" or claim.role is None:
            continue
        if claim.sentence_id is None or (claim.source_id, claim.sentence_id) in dated:
            continue
        before = (claim.source_id, claim.sentence_id - 1)
        if before in recalled and _not_headline_count(claim, headlines):
            found.add(mention_key(claim))
    return frozenset(found)


def mention_key(claim: Claim) -> tuple:
    """A count's mention, whatever its id (claims made ahead have none yet)."""
    return (claim.source_id, claim.sentence_id, claim.start, claim.end, claim.role)
