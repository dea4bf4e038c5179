"""Loading articles into a store: the one entry point the command line and the benchmark share.

Bad input changes nothing: every input is read and checked first (empty, binary,
over-size, undated nonsense stop the command with `IngestError` before a row is
written). Then each article is stored in a short transaction of its own, complete with
its sentences and claims, so a reviewer deciding in another terminal waits a few
milliseconds at most, and a crash keeps every article stored before it. Content already
in the database is skipped by hash.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from workbench.identity import assign_ids
from workbench.ingest.copies import MAX_POSTINGS, METHOD, CopyIndex, fingerprint
from workbench.ingest.formats import EXTENSIONS
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
from workbench.ingest.sentences import RUN_READ, read_for_claims
from workbench.models import Claim
from workbench.pipeline import ANALYSIS_VERSION_KEY, is_stale, refresh_after_ingest
from workbench.progress import Progress, silent
from workbench.store import Store

CHECKING = "checking"
INGESTING = "ingesting"
CHECK_REPORT_EVERY = 50

__all__ = ["DEFAULT_MAX_BYTES", "IngestError", "Input", "ingest_inputs", "ingest_paths"]


@dataclass(slots=True)
class Added:
    source_id: int
    file: str
    sentences: int
    words: int
    removed: int
    copy_of: int | None = None
    copy_score: float | None = None
    undated: bool = False
    """No publication date was given: its text's dates stay unresolved, and it joins a
    story only on close text (the CLI says so, and how to give one)."""


@dataclass(slots=True)
class Skipped:
    file: str
    reason: str
    existing_id: int | None = None


@dataclass(slots=True)
class IngestReport:
    added: list[Added] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    """Files in a folder that are not an article format (images, .DS_Store...)."""
    bad: list[Skipped] = field(default_factory=list)
    """Records and files passed over as bad (`skip_bad`), in the order read: `file:line`
    (or the file) and why; none when bad input refuses the whole load (the default)."""
    claims: int | None = None
    conflicts: int | None = None

    @property
    def source_ids(self) -> list[int]:
        return [a.source_id for a in self.added]


# --- finding and reading the inputs ------------------------------------------------------


def read_inputs(
    names: Iterable[str],
    meta: dict[str, str | None],
    stdin: BinaryIO | bytes | None,
    *,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    skip_bad: bool = False,
) -> Iterator[Input]:
    """Read each named input lazily, so ten thousand files never sit in memory at once.

    A file that cannot be read raises `IngestError`, or with `skip_bad` comes as an input
    marked refused, so `prepare` passes it over with the rest of the bad ones."""
    for name in names:
        if name == "-":
            if stdin is None:
                raise IngestError("-", "no standard input to read")
            data = stdin if isinstance(stdin, bytes) else stdin.read()
            yield Input(name="-", data=data, path=None, meta=meta)
            continue
        try:
            item = _read_input(name, meta, max_bytes)
        except IngestError as exc:
            if not skip_bad:
                raise
            item = Input(name=exc.file, data=b"", meta=meta, refused=exc.reason)
        yield item


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
) -> IngestReport:
    """Ingest files, folders and `-` (stdin); the given metadata applies to every one.
    With `skip_bad` a bad record or file is passed over (listed in `report.bad`) instead
    of refusing them all."""
    report = IngestReport()
    try:
        published = normalise_date(published, date_order=date_order)
    except MetadataError as exc:
        raise IngestError("--published", str(exc)) from None
    names = expand_paths(paths, report)
    meta = {"outlet": outlet, "url": url, "published": published, "title": title}
    if stdin is not None and not isinstance(stdin, bytes) and "-" in names:
        stdin = stdin.read()  # read once: the check pass and the load both need it

    def inputs() -> Iterator[Input]:
        return read_inputs(names, meta, stdin, max_bytes=max_bytes, skip_bad=skip_bad)

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
    """Check every input, then store each article in its own short transaction, then
    refresh the findings once, only in the groups the new articles join.

    `inputs` is read twice (check, then load): give a list or a function returning a
    fresh iterator. With `skip_bad` the check pass lists each bad record in `report.bad`
    and the load passes over the same ones.
    """
    report = report or IngestReport()
    heard, ignore = None, None
    if skip_bad:

        def heard(where: str, reason: str) -> None:
            report.bad.append(Skipped(where, reason))

        def ignore(where: str, reason: str) -> None:
            """The load pass meets the check pass's bad records again: told once."""

    if callable(inputs):
        again = inputs
    else:
        items = inputs if isinstance(inputs, list | tuple) else list(inputs)

        def again() -> Iterable[Input]:
            return items

    total = 0
    for item in again():  # the check pass: nothing is written before every input is good
        checked = prepare(
            item,
            max_bytes=max_bytes,
            date_order=date_order,
            full=False,
            warn=report.warnings.append,
            skip=heard,
        )
        for _article in checked:
            total += 1
            if total % CHECK_REPORT_EVERY == 0:
                progress(CHECKING, total, None)
    progress(CHECKING, total, total)
    was_current = not is_stale(store) or not store.db["sources"].count
    # Articles are re-ingested by hash if a power cut loses the last ones, and their
    # stories and findings are derived: their commits need not wait for the disk (a crash
    # of the process loses nothing either way). The review log's commits keep the full
    # fsync: a reviewer's decision is not re-made.
    with store.derived_writes():
        loader = _Loader(store, report)
        articles = (
            article
            for item in again()
            for article in prepare(item, max_bytes=max_bytes, date_order=date_order, skip=ignore)
        )
        progress(INGESTING, 0, total)
        for done, (article, claims) in enumerate(_with_claims(store, articles, analyze, total), 1):
            loader.load(article, claims)
            progress(INGESTING, done, total)
        # A run cut short (kill -9) after storing its articles left the findings marked
        # incomplete: a re-run that adds nothing must still finish the analysis.
        if analyze and (report.added or not was_current):
            report.conflicts, _corroborations = refresh_after_ingest(
                store, report.source_ids, was_current=was_current, progress=progress
            )
            report.claims = store.db["claims"].count
    return report


def _with_claims(
    store: Store, articles: Iterator[Prepared], analyze: bool, total: int
) -> Iterator[tuple[Prepared, list[Claim] | None]]:
    """Each article with its claims (None: not analysed, or already stored), extracted on
    every core when there are many, in the articles' order."""
    if not analyze:
        yield from ((article, None) for article in articles)
        return
    from workbench.extraction import extract_many

    held: deque[Prepared] = deque()

    def jobs() -> Iterator[tuple | None]:
        for article in articles:
            held.append(article)
            known = store.source_by_hash(article.digest) is not None
            yield None if known else extraction_job(article)

    # Grouping's per-article work is done beside the claims, on every core (`stories.ahead`).
    for claims in extract_many(
        jobs(), total=total, cache=store, features=store.keep_story_features
    ):
        article = held.popleft()
        yield article, None if claims is None else assign_ids(article.digest, claims, [])


class _Loader:
    """Stores prepared articles one transaction each, with the copy index over the store."""

    def __init__(self, store: Store, report: IngestReport) -> None:
        self.store = store
        self.report = report
        self.index: CopyIndex | None = None

    def load(self, article: Prepared, claims: list[Claim] | None) -> None:
        store = self.store
        existing = store.source_by_hash(article.digest)
        if existing is not None:
            self.report.skipped.append(
                Skipped(article.file, f"already in the database as {existing.file}", existing.id)
            )
            return
        if self.index is None:
            self.index = _index_of(store)
        match = self.index.find(article.paragraphs, fingerprinted=article.prints)
        with store.transaction():
            if store.source_by_hash(article.digest) is not None:  # another process won
                return
            if claims is not None and not self.report.added:
                # Findings no longer cover every source until the final refresh.
                store.set_meta(ANALYSIS_VERSION_KEY, "incomplete")
            source_id = _store_article(store, article, claims, match)
            self.index.add(source_id, article.paragraphs, fingerprinted=article.prints)
        if claims is not None:
            self._say_unread(article)
        self.report.added.append(
            Added(
                source_id=source_id,
                file=article.file,
                sentences=len(article.sentences),
                words=article.words,
                removed=len(article.removed),
                copy_of=match.source_id if match else None,
                copy_score=match.score if match else None,
                undated=not article.meta.get("published"),
            )
        )

    def _say_unread(self, article: Prepared) -> None:
        """Say which text was stored but not read for claims (`read_for_claims`)."""
        _read, unread = read_for_claims(article.sentences)
        if unread:
            self.report.warnings.append(
                f"{article.file}: {unread:,} of {len(article.text):,} characters not read "
                f"for claims (past the first {RUN_READ:,} of a run with no sentence end); "
                "stored and searchable"
            )


def _store_article(store: Store, article: Prepared, claims: list | None, match) -> int:
    """Insert the source, its sentences and its claims (inside the caller's transaction)."""
    source_id = store.add_source(
        file=article.file,
        path=article.path,
        raw=article.parsed.raw,
        text=article.text,
        content_hash=article.digest,
        format=article.parsed.format,
        removed=article.removed,
        word_count=article.words,
        **{k: article.meta.get(k) for k in ("outlet", "url", "published", "title")},
    )
    store.add_sentences(source_id, article.sentences)
    if match is not None:
        store.set_copy_of(source_id, match.source_id, match.score)
    if claims is not None:
        ids = store.sentence_ids(source_id)
        store.replace_claims(
            source_id,
            [replace(c, source_id=source_id, sentence_id=ids.get(c.sentence_id)) for c in claims],
        )
    return source_id


class _StoredPostings:
    """The copy index's postings in the store's indexed table: each lookup reads the new
    article's own shingles, so neither memory nor time grows with the database."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def lookup(self, shingles: Iterable[int]) -> dict[int, list[int]]:
        return self.store.copy_postings(shingles)

    def add(self, source_id: int, shingles: Iterable[int]) -> None:
        self.store.add_copy_shingles(source_id, shingles, keep=MAX_POSTINGS + 1)


INDEX_BATCH = 50
"""Sources fingerprinted per transaction when a database's index is made again."""


def _index_of(store: Store) -> CopyIndex:
    """The copy index over the store; a source stored without shingles (an older database,
    another scheme) is fingerprinted once, now, a few per transaction so a reviewer's
    decision never waits long. Texts are read only for the few sources a new article may
    copy."""
    index = CopyIndex(
        paragraphs_of=lambda sid: _paragraphs(store.source(sid).text),
        postings=_StoredPostings(store),
    )
    missing = store.unindexed_copy_sources(METHOD)
    for start in range(0, len(missing), INDEX_BATCH):
        with store.transaction():
            for source_id in missing[start : start + INDEX_BATCH]:
                prints = fingerprint(_paragraphs(store.source(source_id).text))
                index.add_shingles(source_id, prints.shingles)
    return index


def _paragraphs(text: str) -> list[str]:
    return text.split("\n\n")
