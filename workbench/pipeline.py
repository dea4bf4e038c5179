"""The analysis run: sentences -> claims -> conflicts and corroborations.

Extraction is per source; conflict finding is global. Both are derived data, so a
re-run replaces them, while claim ids are carried over (`identity`) so that the review
log keeps pointing at the claims it decided.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workbench.identity import assign_ids, carry_finding_ids
from workbench.progress import Progress, silent
from workbench.store import Store

ANALYSIS_VERSION_KEY = "analysis_version"
EXTRACTING = "extracting claims"
FINDING = "finding conflicts"


@dataclass(slots=True)
class AnalysisSummary:
    sources: int = 0
    claims: int = 0
    conflicts: int = 0
    corroborations: int = 0


def analysis_version() -> str:
    """Changes whenever the extractor or the conflict finder changes what it finds."""
    from workbench.claims import EXTRACTOR_VERSION
    from workbench.findings.conflicts import FINDER_VERSION

    return f"{EXTRACTOR_VERSION}/{FINDER_VERSION}"


def extract(
    store: Store, source_ids: Iterable[int] | None = None, progress: Progress = silent
) -> int:
    """(Re)extract the claims of the given sources (all by default); returns the count.

    Each source is extracted with no lock held and written in a transaction of its own,
    so a long re-analysis never makes a reviewer's decision wait.
    """
    from workbench.claims import extract_claims

    wanted = None if source_ids is None else set(source_ids)
    ids = [h.id for h in store.source_headers() if wanted is None or h.id in wanted]
    total = 0
    progress(EXTRACTING, 0, len(ids))
    for done, source_id in enumerate(ids, 1):
        source = store.source(source_id)
        new = extract_claims(source, store.sentences(source.id))
        old = store.claims(source_id=source.id)
        claims = assign_ids(source.content_hash, new, old)
        with store.transaction():
            store.replace_claims(source.id, claims)
        total += len(claims)
        progress(EXTRACTING, done, len(ids))
    return total


def find(store: Store, progress: Progress = silent) -> tuple[int, int]:
    """Recompute every conflict and corroboration from the stored claims (computed with no
    lock held, then swapped in one short transaction)."""
    from workbench.findings.conflicts import find_findings

    sources = store.db["sources"].count
    progress(FINDING, 0, sources)
    old = store.finding_claim_ids()
    conflicts, corroborations = find_findings(store.claims(), store.sources())
    conflicts = carry_finding_ids(conflicts, old["conflicts"])
    corroborations = carry_finding_ids(corroborations, old["corroborations"])
    with store.transaction():
        store.replace_findings(conflicts, corroborations)
    progress(FINDING, sources, sources)
    return len(conflicts), len(corroborations)


def find_and_store(store: Store, progress: Progress = silent) -> tuple[int, int]:
    """`find`, then mark the findings as made by this analysis version."""
    found = find(store, progress)
    with store.transaction():
        store.set_meta(ANALYSIS_VERSION_KEY, analysis_version())
    return found


def analyze(
    store: Store,
    source_ids: Iterable[int] | None = None,
    progress: Progress = silent,
) -> AnalysisSummary:
    """Extract claims for some or all sources, then refresh the findings.

    Short transactions throughout; the version mark is cleared first and set last, so an
    analysis cut short is seen as stale and run again.
    """
    summary = AnalysisSummary()
    with store.transaction():
        store.set_meta(ANALYSIS_VERSION_KEY, "incomplete")
    extract(store, source_ids, progress)
    summary.conflicts, summary.corroborations = find_and_store(store, progress)
    summary.sources = store.db["sources"].count
    summary.claims = store.db["claims"].count
    return summary


def is_stale(store: Store) -> bool:
    """True when the database was analysed by an older extractor or finder."""
    return store.get_meta(ANALYSIS_VERSION_KEY) != analysis_version()
