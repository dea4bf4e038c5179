"""The words an article is looked up by, within a reading budget, and days apart.

Kept apart from placing (`grouping`): the ranking (`ranked`) and the traces use them too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from workbench.stories.settings import Settings


def day_of(text: str | None) -> date | None:
    """The day an ISO date or date-time opens with ("2016-05-01", "2016-05-01T09:30",
    "2016-05-01/2016-05-03"); None for none."""
    try:
        return date.fromisoformat(text[:10]) if text and len(text) >= 10 else None
    except ValueError:
        return None


def days_between(a: str | None, b: str | None) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)  # type: ignore[index]
    except (TypeError, ValueError):
        return None


def lookup_terms(
    terms: Sequence[str], frequency: Mapping[str, int], documents: int, settings: Settings
) -> list[str]:
    """The terms that look up an article's candidates: those some other article uses too
    (the article itself is counted in the frequencies), rarest first, up to
    `candidate_terms`, leaving out the words too common to tell stories apart (used by more
    than `candidate_share` of the articles and more than `candidates` of them, unless the
    article has fewer than `candidate_min_terms` others).

    Not just the rarest few: those may all be shared only with articles not placed yet (a
    long report's own copy, or a later one of the same day), and then an earlier report of
    the event that shares only its commoner words (the airport, the city) was never
    offered, however alike the two were. The full-text rank puts the best matches first.
    """
    most = max(settings.candidates, settings.candidate_share * documents)
    shared = sorted(
        (t for t in set(terms) if frequency.get(t, 0) >= 2), key=lambda t: (frequency[t], t)
    )
    uncommon = sum(1 for t in shared if frequency[t] <= most)
    # A brief of a few common words ("teen accidentally shoots self") still looks up by its
    # rarest `candidate_min_terms`, however common they are.
    wanted = shared[: min(settings.candidate_terms, max(settings.candidate_min_terms, uncommon))]
    return within_budget(wanted, frequency, settings.candidate_postings)


def within_budget(terms: Sequence[str], frequency: Mapping[str, int], budget: int) -> list[str]:
    """The first of `terms` (rarest first) whose document frequencies sum to at most
    `budget`, and always the first: a lookup reads that many postings at most, so its cost
    does not grow with the database (on real and synthetic news alike the summed frequencies grow
    with it: 577 -> 1,534 at the median from 1,000 to 3,584 real articles). The terms left
    out are the commonest, those that rank candidates least."""
    kept, read = [], 0
    for term in terms:
        read += frequency[term]
        if kept and read > budget:
            break
        kept.append(term)
    return kept
