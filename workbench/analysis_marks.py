"""What the stored analysis was made by, and what an upgrade must therefore redo.

The meta key `analysis_version` names the extractor, finder and grouping that made the
claims, stories and findings; the cleaner and the titles have marks of their own
(`ingest.reclean`, `stories.titles_mark`). README's table of upgrades tells what each
moved number redoes (`pipeline.analyze(upgrade=True)`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.store import Store

ANALYSIS_VERSION_KEY = "analysis_version"
INCOMPLETE = "incomplete"
"""The analysis mark while an ingest or an analysis writes: a crash leaves it there."""


def analysis_version() -> str:
    """Changes whenever the extractor, grouping or the conflict finder changes what it finds."""
    from workbench.claims import EXTRACTOR_VERSION
    from workbench.findings.conflicts import FINDER_VERSION
    from workbench.stories import GROUPING_VERSION

    return f"{EXTRACTOR_VERSION}/{FINDER_VERSION}/{GROUPING_VERSION}"


def extractor_moved(store: Store) -> bool:
    """True unless the stored claims are known to be this extractor's: the analysis mark
    names it (a mark of an analysis cut short, or none, names no extractor)."""
    from workbench.claims import EXTRACTOR_VERSION

    mark = (store.get_meta(ANALYSIS_VERSION_KEY) or "").split("/")
    return len(mark) != 3 or mark[0] != EXTRACTOR_VERSION


def bodiless(store: Store) -> list[int]:
    """The sources with no claim outside their headline: among them every page whose
    body's claims were dropped for a mark of no article text (`headline_claims_only`),
    which a regrouping may lift; extracted again, the marked ones lose them again."""
    return [
        row[0]
        for row in store.db.execute(
            "SELECT s.id FROM sources s WHERE NOT EXISTS "
            "(SELECT 1 FROM claims c WHERE c.source_id = s.id AND NOT c.headline) ORDER BY s.id"
        )
    ]


def is_stale(store: Store) -> bool:
    """True when the database was analysed by an older extractor, finder or grouping."""
    return store.get_meta(ANALYSIS_VERSION_KEY) != analysis_version()


def cut_short(store: Store) -> bool:
    """True when an ingest or an analysis stopped before its end (a crash, `kill -9`,
    ctrl+c): articles it stored may be in no story and in no finding yet."""
    return store.get_meta(ANALYSIS_VERSION_KEY) == INCOMPLETE


def needs_analysis(store: Store) -> bool:
    """True when `analyze` would change what the database shows: an older extractor,
    finder or grouping analysed it, an older cleaner made its texts, or older title code
    titled its stories."""
    from workbench.ingest.reclean import cleaner_is_stale
    from workbench.stories import titles_stale

    return is_stale(store) or cleaner_is_stale(store) or titles_stale(store)
