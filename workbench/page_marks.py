"""Which pages have no article text, and why, kept in the database between runs.

Reading the mark (`stories.no_article_text`) reads every article's text and counts its
paragraphs: 1.4 CPU s at 3,370 articles, paid by the app at every opening, just after
its first paint (walk39), though the marks move only when articles, grouping or the
analysis do. They are kept in the meta table under a stamp of what they were read
from: the content marks (`Store.content_marks`: articles, stories, findings and the
analysis version) and the cleaner's version and the grouping's settings. A stale stamp
reads them again. Kept for what a reader sees (the app's titles, `sources`), never for
what the analysis does with them (`pipeline.headline_claims_only` reads them itself).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from workbench import versions

if TYPE_CHECKING:
    from workbench.store import Store

MARKS_KEY = "no_article_marks"
"""Meta key: `{"stamp": ..., "marks": {source id: reason}}`."""


def marks_stamp(store: Store) -> str:
    """What the marks were read from: changes whenever they may have."""
    from workbench.stories.settings import default

    settings = default()
    return json.dumps(
        [
            list(store.content_marks()),
            versions.CLEANER_VERSION,
            settings.furniture_min,
            settings.near_days,
        ],
        default=str,
    )


def read_marks(store: Store) -> dict[int, str]:
    """Every page with no article text and what its mark says (`page_form`), read anew."""
    from workbench.ingest.page_form import no_article_reason
    from workbench.stories import no_article_text

    marked = no_article_text(store)
    return {s.id: no_article_reason(s.text) for s in store.sources(sorted(marked))}


def kept_marks(store: Store, stamp: str) -> dict[int, str] | None:
    """The marks kept in the database under `stamp` (None: none kept, or stale)."""
    try:
        kept = json.loads(store.get_meta(MARKS_KEY) or "null")
    except ValueError:
        return None
    if not isinstance(kept, dict) or kept.get("stamp") != stamp:
        return None
    return {int(k): str(v) for k, v in (kept.get("marks") or {}).items()}


def keep_marks(store: Store, stamp: str, marks: dict[int, str]) -> None:
    """Keep `marks` under `stamp` (derived data: a read-only database is left as it is)."""
    import sqlite3

    from workbench.store import StoreError

    try:
        with store.transaction():
            store.set_meta(MARKS_KEY, json.dumps({"stamp": stamp, "marks": marks}))
    except (StoreError, sqlite3.Error):
        pass


def no_article_marks(store: Store) -> tuple[dict[int, str], str | None]:
    """The marks and, when they were read anew, the stamp to keep them under (`keep_marks`,
    called where writes are made); None when the kept ones were good."""
    stamp = marks_stamp(store)
    kept = kept_marks(store, stamp)
    if kept is not None:
        return kept, None
    return read_marks(store), stamp
