"""The analysis run: sentences -> claims -> stories -> conflicts and corroborations.

Extraction is per source; grouping places the sources not yet in a story; conflict
finding compares claims within each story (`finding_stage`). Both are derived data, so a
re-run replaces them, while claim ids are carried over (`identity`) so that the review
log keeps pointing at the claims it decided.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.analysis_marks import (
    ANALYSIS_VERSION_KEY,
    EXTRACTED_KEY,
    INCOMPLETE,
    analysis_version,
    bodiless,
    extracted_mark,
    extracted_through,
    extractor_moved,
    is_stale,
    needs_analysis,
)
from workbench.finding_stage import FINDING, find, findings_of, groups
from workbench.identity import assign_ids
from workbench.page_marks import keep_current_marks
from workbench.progress import Progress, silent
from workbench.store import Store

if TYPE_CHECKING:
    from workbench.ingest.reclean import Recleaned

EXTRACTING = "extracting claims"
GROUPING = "grouping stories"
TITLING = "titling stories"


@dataclass(slots=True)
class AnalysisSummary:
    sources: int = 0
    claims: int = 0
    conflicts: int = 0
    corroborations: int = 0
    recleaned: Recleaned | None = None
    """What cleaning the stored articles again did (None: this cleaner made them)."""


def extract(
    store: Store,
    source_ids: Iterable[int] | None = None,
    progress: Progress = silent,
    skip: Collection[int] = (),
) -> int:
    """(Re)extract the claims of the given sources (all by default); returns the count.

    The extractor runs on every core when there are many sources (`extraction`), reading
    and filling the database's parse cache, so a re-analysis parses nothing again; each
    batch's claims are written, in order, in one short transaction (ids carried over
    before the lock is taken), so a long re-analysis never makes a reviewer's decision
    wait. Extracting every source, each batch's transaction also keeps the last source
    done (`extracted_mark`): a run cut short goes on after it, and the bar starts there.
    """
    from workbench.extraction import extract_batches

    wanted = None if source_ids is None else set(source_ids)
    headers = [
        h for h in store.source_headers() if (wanted is None or h.id in wanted) and h.id not in skip
    ]
    size = len(headers)
    headers = _not_yet_extracted(store, headers) if wanted is None else headers
    before = size - len(headers)

    def jobs():
        for header in headers:
            yield store.source(header.id), store.sentences(header.id)

    total = done = 0
    progress(EXTRACTING, before, size)
    for found in extract_batches(jobs(), total=len(headers), cache=store):
        batch = [
            (
                header.id,
                assign_ids(header.content_hash, new or [], store.claims(source_id=header.id)),
            )
            for header, new in zip(headers[done : done + len(found)], found, strict=True)
        ]
        with store.transaction():
            for source_id, claims in batch:
                store.replace_claims(source_id, claims)
            if wanted is None:
                store.set_meta(EXTRACTED_KEY, extracted_mark(batch[-1][0]))
        total += sum(len(claims) for _source_id, claims in batch)
        done += len(found)
        progress(EXTRACTING, before + done, size)
    return total


def extracted_before(store: Store) -> int:
    """How many sources a whole extraction cut short had done, which the next one does not
    do again (0: none)."""
    if not extracted_through(store):
        return 0
    headers = store.source_headers()
    return len(headers) - len(_not_yet_extracted(store, headers))


def _not_yet_extracted(store: Store, headers: list) -> list:
    """The sources a whole extraction cut short had not done (`extracted_through`); a page
    stripped to its headline since is done again, as `bodiless` pages are."""
    through = extracted_through(store)
    if not through:
        return headers
    stripped = set(bodiless(store))
    return [h for h in headers if h.id > through or h.id in stripped]


def group(store: Store, progress: Progress = silent) -> int:
    """Place the sources not yet in a story; returns how many stories changed.

    The stage is reported at once, its size unknown: grouping counts every new article's
    words before it places the first (18 s for the whole corpus regrouped after an
    upgrade, a finished bar and nothing else on the screen), and ends at 0 of 0 when
    nothing was placed."""
    from workbench.stories import group as place_sources

    placing: list[int] = []

    def report(done: int, total: int) -> None:
        placing.append(total)
        progress(GROUPING, done, total)

    progress(GROUPING, 0, None)
    changed = place_sources(
        store, progress=report, titling=lambda done, total: progress(TITLING, done, total)
    )
    if not placing:
        progress(GROUPING, 0, 0)
    return len(changed)


def headline_claims_only(store: Store, added: Collection[int] | None = None) -> list[int]:
    """Keep only the headline's claims of every page marked "no article text"
    (`stories.no_article_text`): its body is other stories' furniture (a playlist, a
    site's sign-up box), read as if it were the page's report; its headline is its own.
    Returns the sources that lost claims.

    Run after grouping, which counts the paragraphs the mark is judged on: a site's
    furniture is known only once `furniture_min` of its pages are in, so a page an
    extraction read in full may be marked later. With `added` (the sources just grouped),
    only the pages their coming can have marked are read (`no_article_text_after`); else
    every page (about 1 CPU s for 4,000 articles)."""
    from workbench.stories import no_article_text, no_article_text_after

    marked = no_article_text(store) if added is None else no_article_text_after(store, added)
    stripped: list[tuple[int, list]] = []
    for source_id in sorted(marked):
        claims = store.claims(source_id=source_id)
        kept = [c for c in claims if c.headline]
        if len(kept) < len(claims):
            stripped.append((source_id, kept))
    if stripped:
        with store.transaction():
            for source_id, kept in stripped:
                store.replace_claims(source_id, kept)
    return [source_id for source_id, _kept in stripped]


def after_story_change(
    store: Store, source_ids: Iterable[int], story_ids: Iterable[int]
) -> tuple[int, int]:
    """A reviewer merged or moved: the stories' titles follow, and the conflicts of the
    threads the moved articles left and joined are found again (no page's mark changes:
    nothing new was counted)."""
    from workbench.stories import retitle

    retitle(store, [s for s in set(story_ids) if store.story_exists(s)])
    return find_and_store(store, source_ids=sorted(set(source_ids)), marks_checked=True)


def find_and_store(
    store: Store,
    progress: Progress = silent,
    source_ids: Iterable[int] | None = None,
    *,
    marks_checked: bool = False,
) -> tuple[int, int]:
    """Group the new sources into stories, keep only the headline claims of pages with no
    article text (`headline_claims_only`, unless `marks_checked`), `find` (in the threads
    of `source_ids` and of the pages that lost claims, or everywhere), then mark the
    findings as made by this analysis version (derived data: its commits need not wait
    for the disk, `Store.derived_writes`), and keep the pages' marks (`page_marks`)."""
    with store.derived_writes():
        source_ids = None if source_ids is None else list(source_ids)
        copies = store.copies() if source_ids is not None else {}
        group(store, progress)
        progress(FINDING, 0, None)  # on screen while the pages' marks are read (50 s at load)
        stripped = [] if marks_checked else headline_claims_only(store, source_ids)
        if stripped:
            # Titled inside grouping from the claims just dropped: titled again from those
            # kept, as a new titles version alone titles them (a fresh analysis and an
            # upgraded one give one title).
            from workbench.stories import retitle

            retitle(store, {story for story, _thread in store.story_map(stripped).values()})
            # Their event facts were made ahead from the claims just dropped (a playlist's
            # days and towns): the finder makes them again from the headline's.
            store.forget_story_features(s.content_hash for s in store.sources(stripped))
        if source_ids is not None:  # copies found to be furniture alone: both ends' groups
            still = store.copies()
            gone = {k: v for k, v in copies.items() if k not in still}
            source_ids = [*source_ids, *gone, *gone.values(), *stripped]
        found = find(store, source_ids, progress)
        with store.transaction():
            store.forget_story_features()  # what the extraction workers made ahead
            store.set_meta(ANALYSIS_VERSION_KEY, analysis_version())
            store.set_meta(EXTRACTED_KEY, "")  # finished: nothing to go on from
        # The pages' marks as a reader sees them, kept: the app's first opening after an
        # ingest read them from every text (1.4 CPU s at 3,370 articles).
        keep_current_marks(store)
    return found


def refresh_after_ingest(
    store: Store, added: list[int], *, was_current: bool, progress: Progress = silent
) -> tuple[int, int]:
    """After new sources were stored with their claims: find again only in the groups
    they join; or, when the older sources were analysed by an older version, extract
    those again too and find everywhere."""
    if was_current:
        return find_and_store(store, progress, added)
    new = set(added)
    extract(store, [s.id for s in store.source_headers() if s.id not in new], progress)
    return find_and_store(store, progress)


def analyze(
    store: Store,
    source_ids: Iterable[int] | None = None,
    progress: Progress = silent,
    *,
    upgrade: bool = False,
) -> AnalysisSummary:
    """Extract the claims of some sources and refresh the findings of the groups they are
    in; or, by default or when the database was analysed by an older extractor or finder,
    extract and find everything. When a former cleaner made the stored texts, they are
    cleaned again first (`ingest.reclean`: the changed ones extracted there, with their
    claims' ids carried over), and everything is found again.

    `upgrade`: bring a database an older build analysed up to date (what opening it after
    an upgrade does): the claims are extracted again only when the extractor moved
    (`extractor_moved`); else only the pages that may have lost their body's claims to a
    mark of no article text (`bodiless`), the rest being what this extractor made.

    Short transactions throughout; the version mark is cleared first and set last, so an
    analysis cut short is seen as stale and run again in full.
    """
    from workbench.ingest.reclean import cleaner_is_stale, reclean

    summary = AnalysisSummary()
    if upgrade and source_ids is None and not is_stale(store) and not cleaner_is_stale(store):
        retitle_only(store, progress)  # a new title version alone: nothing else moved
        summary.sources = store.db["sources"].count
        summary.claims = store.db["claims"].count
        summary.conflicts = store.db["conflicts"].count
        summary.corroborations = store.db["corroborations"].count
        return summary
    scope = None if source_ids is None or is_stale(store) else list(source_ids)
    extracted = scope  # the sources whose claims are extracted again (None: every one)
    if upgrade and scope is None and not extractor_moved(store):
        extracted = bodiless(store)
    with store.derived_writes():
        with store.transaction():
            store.set_meta(ANALYSIS_VERSION_KEY, INCOMPLETE)
        summary.recleaned = reclean(store, progress)
        changed = summary.recleaned.changed if summary.recleaned else []
        if changed:
            scope = None
            extracted = extracted if upgrade else None
        extract(store, extracted, progress, skip=set(changed))
        summary.conflicts, summary.corroborations = find_and_store(store, progress, scope)
    summary.sources = store.db["sources"].count
    summary.claims = store.db["claims"].count
    return summary


def retitle_only(store: Store, progress: Progress = silent) -> int:
    """Title again every story a reviewer did not name, when only the titles' version moved
    (`stories.retitle_if_stale`): the claims, stories and findings stay as they are, and
    so does every review pointing at them. Returns how many stories were titled."""
    from workbench.stories import retitle_if_stale

    return retitle_if_stale(store, progress=lambda done, total: progress(TITLING, done, total))


__all__ = [  # the marks' names too: callers ask the pipeline whether it must run
    "ANALYSIS_VERSION_KEY",
    "EXTRACTING",
    "FINDING",
    "GROUPING",
    "TITLING",
    "AnalysisSummary",
    "after_story_change",
    "analysis_version",
    "analyze",
    "bodiless",
    "extract",
    "extracted_before",
    "extractor_moved",
    "find",
    "find_and_store",
    "findings_of",
    "group",
    "groups",
    "headline_claims_only",
    "is_stale",
    "needs_analysis",
    "refresh_after_ingest",
    "retitle_only",
]
