"""Claims of many sources at once, on every core: the one entry both ingest and analysis
use, so the parallel path is the path every article takes.

Sources go to the extractor a batch at a time (`BATCH_SOURCES`): the candidate sentences of
the whole batch are parsed in one `nlp.pipe` call, since the parser costs about 40% less per
sentence in batches of a hundred or more than in one article's dozen. With a parse cache (the
database), the calling process looks up the parses the batch's sentences already have and
sends them with the job; the worker parses only the others and hands their parses back with
the claims, for the one writer to keep. The caller assigns ids and writes, in the sources'
order.

Each source's extractor reads its sentences but the tail of a run with no sentence end
(`ingest.sentences.read_for_claims`): a 5 MB line costs seconds, not CPU minutes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import chain, islice
from typing import TYPE_CHECKING

from workbench.models import Claim, Sentence, Source
from workbench.pool import MIN_ITEMS, ordered_map

if TYPE_CHECKING:
    from workbench.parse import ParseCache

Job = tuple[Source, list[Sentence]]
Batch = tuple[list[Job | None], Mapping[str, str], bool]
"""Some sources' jobs (None: nothing to extract), the cached parses (sentence -> JSON), and
whether to make grouping's features of each source too (`stories.ahead`)."""
FeaturesSink = Callable[[list[tuple[str, str, str, str, str]]], None]
"""Takes the grouping features a batch's worker made (the store's `keep_story_features`)."""

BATCH_SOURCES = 16
"""Sources whose candidate sentences are parsed together: about 200 sentences of news, a
full batch for the parser, and few enough that results still stream to the writer."""


def claims_of(job: Job | None) -> list[Claim] | None:
    """One source's claims, ids left empty (runs in a worker); None for no job."""
    from workbench.claims import extract_claims

    if job is None:
        return None
    source, sentences = job
    return extract_claims(source, sentences)


def claims_of_batch(
    batch: Batch,
) -> tuple[list[list[Claim] | None], list[tuple[str, str]], list[tuple[str, str, str, str, str]]]:
    """Each job's claims (None for no job), the cache rows of the parses made for them
    and of the claims' repairs of them, and, when asked, each source's grouping features
    (runs in a worker). One parse per distinct sentence of the whole batch."""
    from workbench.claims import extract_claims, sentences_to_parse
    from workbench.claims.parsed import repairs_kept
    from workbench.parse import parse_missing
    from workbench.stories.ahead import features_row
    from workbench.stories.repaired_parses import repaired_rows
    from workbench.user_data import steady

    jobs, cached, features = batch
    with steady(), repairs_kept() as repairs:  # one vocabulary and one set of roles
        wanted = [
            text for job in jobs if job is not None for text in sentences_to_parse(job[1], job[0])
        ]
        parses, fresh = parse_missing(wanted, cached)
        found = [None if job is None else extract_claims(job[0], job[1], parses) for job in jobs]
        fresh += repaired_rows(repairs)  # titles read them (`stories.repaired_parses`)
    rows = (
        [
            features_row(job[0], claims, parses)
            for job, claims in zip(jobs, found, strict=True)
            if job
        ]
        if features
        else []
    )
    return found, fresh, rows


def _readable(job: Job | None) -> Job | None:
    from workbench.ingest.sentences import read_for_claims

    if job is None:
        return None
    source, sentences = job
    return source, read_for_claims(sentences)[0]


def _batches(
    jobs: Iterable[Job | None], cache: ParseCache | None, features: bool
) -> Iterator[Batch]:
    """The jobs a batch at a time, each batch with the cached parses of its sentences
    that may need one (the loose test: the worker applies the costlier tight one)."""
    from workbench.claims import roles
    from workbench.claims.candidates import may_need_parse
    from workbench.claims.datelines import parsed_text
    from workbench.claims.headline import headline_text
    from workbench.parse import cached_parses

    source = map(_readable, jobs)
    while batch := list(islice(source, BATCH_SOURCES)):
        if cache is None:
            yield batch, {}, features
            continue
        rules = roles.default()
        texts = [
            parsed_text(text)
            for job in batch
            if job is not None
            for text in [headline_text(job[0]) or "", *(s.text for s in job[1])]
            if text and may_need_parse(text, rules)
        ]
        yield batch, cached_parses(texts, cache), features


def _warm(first: Batch) -> None:
    """Before the workers are forked: load what every one of them would load on its own,
    the parser's model when the first batch has no cached parse (a first ingest, not a
    re-analysis, which parses nothing) and the vectoriser when grouping's features are
    made (about 1.5 CPU s each, per worker)."""
    from workbench.claims.candidates import may_need_parse
    from workbench.claims.roles import default

    jobs, cached, features = first
    if features:
        from workbench.stories.similarity import terms

        terms("")
    rules = default()
    if not cached and any(
        may_need_parse(s.text, rules) for job in jobs if job is not None for s in job[1]
    ):
        from workbench.parse.model import nlp

        nlp()


def load_ahead() -> None:
    """What every worker would load on its own (the parser's model, grouping's
    vectoriser), loaded in this process once: an ingest calls it while its inputs are
    checked (`ingest.check_aside`), so `_warm` then finds both loaded."""
    from workbench.parse.model import nlp
    from workbench.stories.similarity import terms

    terms("")
    nlp()


def extract_many(
    jobs: Iterable[Job | None],
    total: int | None = None,
    cache: ParseCache | None = None,
    features: FeaturesSink | None = None,
) -> Iterator[list[Claim] | None]:
    """Each source's claims, in the order of `jobs` (`extract_batches`, one by one)."""
    for found in extract_batches(jobs, total, cache, features):
        yield from found


def extract_batches(
    jobs: Iterable[Job | None],
    total: int | None = None,
    cache: ParseCache | None = None,
    features: FeaturesSink | None = None,
) -> Iterator[list[list[Claim] | None]]:
    """Each batch's claims (a list, one entry per job, in the order of `jobs`), on every
    core when there are many; parses are read from and added to `cache` when one is
    given; with `features`, each source's grouping features are made beside its claims
    and handed to it (before the batch is yielded). A batch's sources arrive together, so
    the writer can store them in one transaction and wait for the next batch with no
    lock held."""
    few = total is None or total < MIN_ITEMS
    batches = None if total is None else -(-total // BATCH_SOURCES)
    source = _batches(jobs, cache, features is not None)
    first = next(source, None)
    if first is None:
        return
    for found, fresh, rows in ordered_map(
        claims_of_batch,
        chain([first], source),
        total=batches,
        chunk=1,
        workers=1 if few else None,
        min_items=2,
        warm=lambda: _warm(first),
    ):
        if fresh and cache is not None:
            cache.save_parses(fresh)
        if rows and features is not None:
            features(rows)
        yield found
