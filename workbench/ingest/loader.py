"""Storing checked articles: a batch per short transaction, with the copy index over the
store.

The load (`api.ingest_inputs`) hands the prepared articles and their claims here a batch
at a time; this module alone writes sources, sentences, claims and copy marks, so a crash
keeps every batch stored before it complete.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from workbench.analysis_marks import INCOMPLETE
from workbench.ingest.copies import MAX_POSTINGS, METHOD, CopyIndex, fingerprint
from workbench.ingest.prepare import Prepared
from workbench.ingest.reclean import mark_cleaned
from workbench.ingest.report import Added, IngestReport, Skipped
from workbench.ingest.sentences import RUN_READ, read_for_claims
from workbench.models import Claim
from workbench.pipeline import ANALYSIS_VERSION_KEY
from workbench.store import Store


class Loader:
    """Stores prepared articles a batch per transaction, with the copy index over the store."""

    def __init__(self, store: Store, report: IngestReport) -> None:
        self.store = store
        self.report = report
        self.index: CopyIndex | None = None

    def load_batch(self, batch: Sequence[tuple[Prepared, list[Claim] | None]]) -> None:
        """Store a few articles (the extractor's batch) in one transaction, in order: a
        commit per article was a third of the writer's work (1,000 real articles stored
        with their claims: 3.1-3.3 -> 2.1 CPU s with 16 a transaction), and 16 articles'
        inserts hold the lock a few dozen milliseconds. The copy index is made (its own
        short transactions) before the lock is taken."""
        store = self.store
        if self.index is None and any(store.source_by_hash(a.digest) is None for a, _ in batch):
            self.index = index_of(store)
        added = len(self.report.added)
        try:
            with store.transaction():
                for article, claims in batch:
                    self.load(article, claims)
        except BaseException:
            del self.report.added[added:]  # rolled back: not stored
            raise

    def load(self, article: Prepared, claims: list[Claim] | None) -> None:
        store = self.store
        existing = store.source_by_hash(article.digest)
        if existing is not None:
            self.report.skipped.append(
                Skipped(article.file, f"already in the database as {existing.file}", existing.id)
            )
            return
        if self.index is None:
            self.index = index_of(store)
        match = self.index.find(article.paragraphs, fingerprinted=article.prints)
        with store.transaction():
            if store.source_by_hash(article.digest) is not None:  # another process won
                return
            if not self.report.added and not store.db["sources"].count:
                mark_cleaned(store)  # a new database: its texts are this cleaner's
            if claims is not None and not self.report.added:
                # Findings no longer cover every source until the final refresh.
                store.set_meta(ANALYSIS_VERSION_KEY, INCOMPLETE)
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

    def lookup(self, shingles: Iterable[int]) -> dict[int, Sequence[int]]:
        return self.store.copy_postings(shingles, most=MAX_POSTINGS)

    def add(self, source_id: int, shingles: Iterable[int]) -> None:
        self.store.add_copy_shingles(source_id, shingles, keep=MAX_POSTINGS + 1)


INDEX_BATCH = 50
"""Sources fingerprinted per transaction when a database's index is made again."""


def index_of(store: Store, before: int | None = None) -> CopyIndex:
    """The copy index over the store (over the sources with ids under `before`, when
    given); a source stored without shingles (an older database, another scheme) is
    fingerprinted once, now, a few per transaction so a reviewer's decision never waits
    long. Texts are read only for the few sources a new article may copy."""
    index = CopyIndex(
        paragraphs_of=lambda sid: _paragraphs(store.source(sid).text),
        postings=_StoredPostings(store),
    )
    missing = store.unindexed_copy_sources(METHOD)
    if before is not None:
        missing = [source_id for source_id in missing if source_id < before]
    for start in range(0, len(missing), INDEX_BATCH):
        with store.transaction():
            for source_id in missing[start : start + INDEX_BATCH]:
                prints = fingerprint(_paragraphs(store.source(source_id).text))
                index.add_shingles(source_id, prints.shingles)
    return index


def _paragraphs(text: str) -> list[str]:
    return text.split("\n\n")
