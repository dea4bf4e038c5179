"""Loading articles into a store: the one entry point the command line and the benchmark share.

Bad input changes nothing: every input is read and checked first (empty, binary,
over-size, undated nonsense stop the command with `IngestError` before a row is
written). Then the articles are stored a batch at a time (the extractor's batch, a few
dozen milliseconds of inserts) in a short transaction, each complete with its sentences
and claims, so a reviewer deciding in another terminal waits a few dozen milliseconds at
most, and a crash keeps every batch stored before it. Content already in the database is
skipped by hash.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import BinaryIO

from workbench.extraction import BATCH_SOURCES, load_ahead
from workbench.identity import assign_ids
from workbench.ingest.check_aside import check_beside
from workbench.ingest.formats import EXTENSIONS
from workbench.ingest.loader import Loader
from workbench.ingest.metadata import MetadataError, normalise_date
from workbench.ingest.paths import expand_paths
from workbench.ingest.prepare import (
    DEFAULT_MAX_BYTES,
    IngestError,
    Input,
    Prepared,
    extraction_job,
    prepare,
    readable_name,
)
from workbench.ingest.report import Added, IngestReport, Skipped
from workbench.ingest.spool import Spool
from workbench.models import Claim
from workbench.pipeline import is_stale, refresh_after_ingest
from workbench.pool import frozen_heap
from workbench.progress import Progress, silent
from workbench.store import Store

CHECKING = "checking"
INGESTING = "ingesting"
CHECK_REPORT_EVERY = 50

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Added",
    "IngestError",
    "IngestReport",
    "Input",
    "Skipped",
    "ingest_inputs",
    "ingest_paths",
]


# --- finding and reading the inputs ------------------------------------------------------


def read_inputs(
    names: Iterable[str],
    meta: dict[str, str | None],
    stdin: BinaryIO | bytes | None,
    *,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    skip_bad: bool = False,
    stdin_name: str | None = None,
    stdin_by_title: bool = False,
) -> Iterator[Input]:
    """Read each named input lazily, so ten thousand files never sit in memory at once.

    A file that cannot be read raises `IngestError`, or with `skip_bad` comes as an input
    marked refused, so `prepare` passes it over with the rest of the bad ones. Standard
    input's articles go by their headlines (`stdin_by_title`), else by `stdin_name`
    (default: `stdin_label`)."""
    for name in names:
        if name == "-":
            if stdin is None:
                raise IngestError("-", "no standard input to read")
            data = stdin if isinstance(stdin, bytes) else stdin.read()
            label = stdin_name or stdin_label()
            yield Input(name="-", data=data, meta=meta, label=label, by_title=stdin_by_title)
            continue
        try:
            item = _read_input(name, meta, max_bytes)
        except IngestError as exc:
            if not skip_bad:
                raise
            item = Input(name=exc.file, data=b"", meta=meta, refused=exc.reason)
        yield item


def stdin_label(now: datetime | None = None) -> str:
    """What standard input's article is called when the user named it not and it has no
    headline: "stdin" and the minute it was read (the name "-" said nothing, walk38)."""
    return f"stdin {(now or datetime.now()):%Y-%m-%d %H:%M}"


def _read_input(name: str, meta: dict[str, str | None], max_bytes: int | None) -> Input:
    size = os.stat(name).st_size if os.path.exists(name) else 0
    one_article = EXTENSIONS.get(Path(name).suffix.lower()) not in ("json", "jsonl")
    if max_bytes is not None and one_article and size > max_bytes:
        raise IngestError(
            Path(name).name,
            f"file is {size:,} bytes, over the limit of {max_bytes:,} per article "
            "(raise it with --max-bytes)",
        )
    try:
        data = Path(name).read_bytes()
    except PermissionError:
        raise IngestError(name, "permission denied") from None
    except OSError as exc:
        raise IngestError(name, f"cannot read ({exc.strerror or exc})") from None
    shown, path = readable_name(Path(name).name), readable_name(str(Path(name).resolve()))
    return Input(name=shown, data=data, path=path, meta=meta)


# --- the load ---------------------------------------------------------------------------


def ingest_paths(
    store: Store,
    paths: Iterable[str | Path],
    *,
    outlet: str | None = None,
    url: str | None = None,
    published: str | None = None,
    title: str | None = None,
    stdin: BinaryIO | bytes | None = None,
    progress: Progress = silent,
    analyze: bool = True,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    date_order: str | None = None,
    skip_bad: bool = False,
    name: str | None = None,
) -> IngestReport:
    """Ingest files, folders and `-` (stdin); the given metadata applies to every one.
    With `skip_bad` a bad record or file is passed over (listed in `report.bad`) instead
    of refusing them all. `name`: what lists call standard input's article (default: its
    headline, else `stdin_label`)."""
    report = IngestReport()
    try:
        published = normalise_date(published, date_order=date_order)
    except MetadataError as exc:
        raise IngestError("--published", str(exc)) from None
    names = expand_paths(paths, report)
    meta = {"outlet": outlet, "url": url, "published": published, "title": title}
    if stdin is not None and not isinstance(stdin, bytes) and "-" in names:
        stdin = stdin.read()  # read once: the check pass and the load both need it

    named = " ".join((name or "").split())
    label = named or stdin_label()  # one name for both passes, whatever the clock says

    def inputs() -> Iterator[Input]:
        return read_inputs(
            names,
            meta,
            stdin,
            max_bytes=max_bytes,
            skip_bad=skip_bad,
            stdin_name=label,
            stdin_by_title=not named,
        )

    return ingest_inputs(
        store,
        inputs,
        report=report,
        progress=progress,
        analyze=analyze,
        max_bytes=max_bytes,
        date_order=date_order,
        skip_bad=skip_bad,
    )


def ingest_inputs(
    store: Store,
    inputs: Iterable[Input] | Callable[[], Iterable[Input]],
    *,
    report: IngestReport | None = None,
    progress: Progress = silent,
    analyze: bool = True,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    date_order: str | None = None,
    skip_bad: bool = False,
) -> IngestReport:
    """Check every input, then store the articles a batch per short transaction, then
    refresh the findings once, only in the groups the new articles join.

    `inputs` is read twice (check, then load): give a list or a function returning a
    fresh iterator. With `skip_bad` the check pass lists each bad record in `report.bad`
    and the load passes over the same ones.
    """
    report = report or IngestReport()
    ignore = None
    if skip_bad:

        def ignore(where: str, reason: str) -> None:
            """The load pass meets the check pass's bad records again: told once."""

    if callable(inputs):
        again = inputs
    else:
        items = inputs if isinstance(inputs, list | tuple) else list(inputs)

        def again() -> Iterable[Input]:
            return items

    def check(
        counted: Callable[[int], None],
        warnings: list[str],
        bad: list,
        keep: Callable[[Prepared], None] | None = None,
    ) -> int:
        """The check pass: nothing is written before every input is good. With `keep`
        (in the forked child, `check_aside`), each article is prepared in full and kept."""
        total = 0
        for item in again():
            checked = prepare(
                item,
                max_bytes=max_bytes,
                date_order=date_order,
                full=keep is not None,
                warn=warnings.append,
                skip=lambda where, reason: bad.append((where, reason)),
            )
            for article in checked:
                if keep is not None:
                    keep(article)
                total += 1
                if total % CHECK_REPORT_EVERY == 0:
                    counted(total)
        return total

    warnings: list[str] = []
    bad: list[tuple[str, str]] = []
    with Spool() as spool:
        try:
            # With analysis, the parser is loaded while a forked child checks and prepares
            # (`check_aside`, `spool`).
            total = check_beside(
                check,
                load_ahead if analyze else None,
                lambda n: progress(CHECKING, n, None),
                warnings,
                bad,
                spool,
            )
        finally:
            report.warnings.extend(warnings)
            if skip_bad:
                report.bad.extend(Skipped(where, reason) for where, reason in bad)
        if bad and not skip_bad:
            raise _refusal(bad)
        progress(CHECKING, total, total)
        articles = (
            spool.articles()
            if spool.ready
            else (
                article
                for item in again()
                for article in prepare(
                    item, max_bytes=max_bytes, date_order=date_order, skip=ignore
                )
            )
        )
        _load(store, report, articles, total, analyze=analyze, progress=progress)
    return report


_MORE_NAMED = 3


def _refusal(bad: list[tuple[str, str]]) -> IngestError:
    """The first bad input, and how many more there are and where: a feed refused at its
    first bad line, fixed and refused at the next, and again, told its bad lines one run
    at a time (walk of gva records 1001-1100: lines 5, 20 and 84)."""
    (first, reason), more = bad[0], [where for where, _ in bad[1:]]
    if more:
        named = ", ".join(more[:_MORE_NAMED]) + (", ..." if len(more) > _MORE_NAMED else "")
        reason = f"{reason}; {len(more)} more refused too: {named}"
    return IngestError(first, reason)


def _load(
    store: Store,
    report: IngestReport,
    articles: Iterator[Prepared],
    total: int,
    *,
    analyze: bool,
    progress: Progress,
) -> None:
    """Store the checked articles, a batch per transaction, then refresh the findings."""
    was_current = not is_stale(store) or not store.db["sources"].count
    # Articles are re-ingested by hash if a power cut loses the last ones, and their
    # stories and findings are derived: their commits need not wait for the disk (a crash
    # of the process loses nothing either way). The review log's commits keep the full
    # fsync: a reviewer's decision is not re-made.
    with store.derived_writes(), frozen_heap():
        loader = Loader(store, report)
        progress(INGESTING, 0, total)
        done = 0
        for batch in _with_claims(store, articles, analyze, total):
            loader.load_batch(batch)
            done += len(batch)
            progress(INGESTING, done, total)
        # A run cut short (kill -9) after storing its articles left the findings marked
        # incomplete: a re-run that adds nothing must still finish the analysis.
        if analyze and (report.added or not was_current):
            report.conflicts, _corroborations = refresh_after_ingest(
                store, report.source_ids, was_current=was_current, progress=progress
            )
            report.claims = store.db["claims"].count
            _copies_as_grouped(store, report)


def _copies_as_grouped(store: Store, report: IngestReport) -> None:
    """Each added article's copy mark as it stands after grouping, which clears the mark of
    a page sharing only site furniture with its "original" (`stories.bare`). The report
    said what copy detection first thought: "12 marked as copies" and "a copy of source
    31 (63% of its text)" for sign-up boxes `sources` lists as no copies (walk of gva
    records 2101-2400). Also which added pages have no article text, as `sources` says: an
    ingest said "5 sentences" of a verification notice (walk of records 1-200)."""
    from workbench.ingest.page_form import no_article_reason
    from workbench.stories import no_article_text

    added = {a.source_id: a for a in report.added}
    if not added:
        return
    sources = store.sources(list(added))
    for source in sources:
        item = added[source.id]
        if item.copy_of is not None:
            item.copy_of, item.copy_score = source.copy_of, source.copy_score
    texts = {s.id: s.text for s in sources}
    for source_id in no_article_text(store, texts.items()):
        added[source_id].no_article_text = True
        added[source_id].no_article_reason = no_article_reason(texts[source_id])


def _with_claims(
    store: Store, articles: Iterator[Prepared], analyze: bool, total: int
) -> Iterator[list[tuple[Prepared, list[Claim] | None]]]:
    """The articles a batch at a time (`BATCH_SOURCES`), each with its claims (None: not
    analysed, or already stored), extracted on every core when there are many, in the
    articles' order."""
    if not analyze:
        while batch := list(islice(articles, BATCH_SOURCES)):
            yield [(article, None) for article in batch]
        return
    from workbench.extraction import extract_batches

    held: deque[Prepared] = deque()

    def jobs() -> Iterator[tuple | None]:
        for article in articles:
            held.append(article)
            known = store.source_by_hash(article.digest) is not None
            yield None if known else extraction_job(article)

    # Grouping's per-article work is done beside the claims, on every core (`stories.ahead`).
    for found in extract_batches(
        jobs(), total=total, cache=store, features=store.keep_story_features
    ):
        yield [
            (article, None if claims is None else assign_ids(article.digest, claims, []))
            for article, claims in ((held.popleft(), claims) for claims in found)
        ]
