"""Claims of many sources at once, on every core: the one entry both ingest and analysis
use, so the parallel path is the path every article takes.

Each worker runs the extractor on one source's text and sentences and hands back its
claims; the caller assigns ids and writes, in the sources' order. With a parse cache (the
database), the calling process looks up the parses each source's candidate sentences
already have and sends them with the job; the worker parses only the others and hands
their parses back with the claims, for the one writer to keep.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from workbench.models import Claim, Sentence, Source
from workbench.pool import ordered_map

if TYPE_CHECKING:
    from workbench.parse import ParseCache

Job = tuple[Source, list[Sentence]]
CachedJob = tuple[Source, list[Sentence], Mapping[str, str]]


def claims_of(job: Job | None) -> list[Claim] | None:
    """One source's claims, ids left empty (runs in a worker); None for no job."""
    from workbench.claims import extract_claims

    if job is None:
        return None
    source, sentences = job
    return extract_claims(source, sentences)


def claims_and_parses_of(
    job: CachedJob | None,
) -> tuple[list[Claim], list[tuple[str, str]]] | None:
    """One source's claims and the parses made for them (cache rows), in a worker."""
    from workbench.claims import extract_claims, sentences_to_parse
    from workbench.parse import parse_missing

    if job is None:
        return None
    source, sentences, cached = job
    parses, fresh = parse_missing(sentences_to_parse(sentences), cached)
    return extract_claims(source, sentences, parses), fresh


def extract_many(
    jobs: Iterable[Job | None], total: int | None = None, cache: ParseCache | None = None
) -> Iterator[list[Claim] | None]:
    """Each source's claims, in the order of `jobs`, on every core when there are many;
    parses are read from and added to `cache` when one is given."""
    if cache is None:
        yield from ordered_map(claims_of, jobs, total=total)
        return
    from workbench.claims import sentences_to_parse
    from workbench.parse import cached_parses

    def with_cached() -> Iterator[CachedJob | None]:
        for job in jobs:
            if job is None:
                yield None
                continue
            source, sentences = job
            yield source, sentences, cached_parses(sentences_to_parse(sentences), cache)

    for result in ordered_map(claims_and_parses_of, with_cached(), total=total):
        if result is None:
            yield None
            continue
        claims, fresh = result
        if fresh:
            cache.save_parses(fresh)
        yield claims
