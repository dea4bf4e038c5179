"""What the stored analysis was made by, and what an upgrade must therefore redo.

The meta key `analysis_version` names the extractor, finder and grouping that made the
claims, stories and findings; the cleaner and the titles have marks of their own
(`cleaner_version`, `titles_version`). README's table of upgrades tells what each
moved number redoes (`pipeline.analyze(upgrade=True)`). Only the numbers
(`workbench.versions`) are imported here, so the command line's staleness note costs no
spaCy or dateparser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench import versions

if TYPE_CHECKING:
    from workbench.store import Store

ANALYSIS_VERSION_KEY = "analysis_version"
INCOMPLETE = "incomplete"
"""The analysis mark while an ingest or an analysis writes: a crash leaves it there."""
GROUPING_VERSION_KEY = "grouping_version"
"""Meta key: the grouping that placed the stored articles (`stories.group`)."""
TITLES_VERSION_KEY = "titles_version"
"""Meta key: what made the stored titles (`titles_mark`)."""
CLEANER_VERSION_KEY = "cleaner_version"
"""Meta key: the cleaner that made the stored texts (absent: one from before versions, 0)."""
EXTRACTED_KEY = "extracted_through"
"""Meta key: while every article's claims are extracted again, which extractor and cleaner
and the last article done (`pipeline.extract`); empty once the analysis ends."""


def analysis_version() -> str:
    """Changes whenever the extractor, grouping or the conflict finder changes what it finds."""
    return f"{versions.EXTRACTOR_VERSION}/{versions.FINDER_VERSION}/{versions.GROUPING_VERSION}"


def extractor_moved(store: Store) -> bool:
    """True unless the stored claims are known to be this extractor's: the analysis mark
    names it (a mark of an analysis cut short, or none, names no extractor)."""
    mark = (store.get_meta(ANALYSIS_VERSION_KEY) or "").split("/")
    return len(mark) != 3 or mark[0] != versions.EXTRACTOR_VERSION


def extracted_mark(source_id: int) -> str:
    """What a whole extraction keeps after each batch: every article up to `source_id`
    holds this extractor's claims of this cleaner's text."""
    return f"{versions.EXTRACTOR_VERSION}/{versions.CLEANER_VERSION}:{source_id}"


def extracted_through(store: Store) -> int:
    """The last article (by id) a whole extraction cut short (ctrl+c, a crash) had done
    with this extractor on this cleaner's texts, 0 for none: a re-analysis after an
    upgrade took minutes, and a run stopped halfway started again from the first article."""
    made, _colon, last = (store.get_meta(EXTRACTED_KEY) or "").rpartition(":")
    if made != extracted_mark(0).rpartition(":")[0] or not last.isdigit():
        return 0
    return int(last)


def titles_mark() -> str:
    """What the stored titles were made by: the titles' version and the claims'."""
    return f"{versions.TITLES_VERSION}/{versions.EXTRACTOR_VERSION}"


def titles_stale(store: Store) -> bool:
    """True when the stored titles were made by other title code or from other claims
    (`titles_mark`) and there are stories to title."""
    return store.get_meta(TITLES_VERSION_KEY) != titles_mark() and bool(store.auto_titled_stories())


def stored_cleaner(store: Store) -> int:
    """The cleaner version the database's texts were made by (0: before versions)."""
    value = store.get_meta(CLEANER_VERSION_KEY)
    return int(value) if value and value.isdigit() else 0


def cleaner_is_stale(store: Store) -> bool:
    """True when stored articles were cleaned by another cleaner than this one."""
    return stored_cleaner(store) != versions.CLEANER_VERSION and bool(store.db["sources"].count)


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
    return is_stale(store) or cleaner_is_stale(store) or titles_stale(store)
