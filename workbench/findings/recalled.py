"""Counts of an earlier event a page recalls beside its own event's.

A report of one shooting often recalls another of the town ("On Nov. 9, gunfire erupted at
a house party ..., leaving two high school students dead and 19 others injured", a week
before the page's own party). `event_facts.another_event` parts a count its sentence dates
over a week before the day the text tells its event on; a nearer day may be the event's own
(a sequel's page tells its shooting days before the hearing it reports). The page's
headline tells what its own event's count is: where the headline states a count of the
role, a count of another number that its own sentence dates days before the text's event
day is of the event the page recalls, never the page's figure.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from workbench.findings.claim_views import period
from workbench.findings.event_facts import DAY_SLACK
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
