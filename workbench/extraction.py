"""Claims of many sources at once, on every core: the one entry both ingest and analysis
use, so the parallel path is the path every article takes.

Each worker runs the extractor on one source's text and sentences and hands back its
claims; the caller assigns ids and writes, in the sources' order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from workbench.models import Claim, Sentence, Source
from workbench.pool import ordered_map

Job = tuple[Source, list[Sentence]]


def claims_of(job: Job | None) -> list[Claim] | None:
    """One source's claims, ids left empty (runs in a worker); None for no job."""
    from workbench.claims import extract_claims

    if job is None:
        return None
    source, sentences = job
    return extract_claims(source, sentences)


def extract_many(
    jobs: Iterable[Job | None], total: int | None = None
) -> Iterator[list[Claim] | None]:
    """Each source's claims, in the order of `jobs`, on every core when there are many."""
    return ordered_map(claims_of, jobs, total=total)
