"""Which pages have no article text, and why, kept in the database between runs.

Reading the mark (`stories.no_article_text`) reads every article's text: its form
(`ingest.page_form`) and the keys of its paragraphs, 1.4 CPU s at 3,370 articles, paid by
the app at every opening after an ingest (walk39), though both move only with the text.
Two things are kept. Each page's form and keys (`store.page_facts`, schema 18), under a
stamp of the code that reads them: the marks are then read again from the paragraphs'
counts and the near copies alone, reading the text of the pages added since. And the
marks themselves, in the meta table under a stamp of what they were read from (the
content marks `Store.content_marks`: articles, stories, findings and the analysis version;
the cleaner's version and the grouping's settings): a stale stamp reads them again. The
analysis keeps both as it ends (`keep_current_marks`), so the first opening after an
ingest reads one meta row. Kept for what a reader sees (the app's titles, `sources`),
never for what the analysis does with them (`pipeline.headline_claims_only` reads them
itself, by the same rule: `tests/unit/test_page_marks.py` holds the two equal).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from workbench import versions
from workbench.store.page_facts import MARKS_KEY

if TYPE_CHECKING:
    from workbench.store import Store

BATCH = 200
"""Texts read at a time for the pages whose facts are not kept."""

Facts = dict[int, tuple[str | None, list[str]]]
"""source id -> (its form's reason, else None; its matchable paragraph keys)."""


@dataclass(slots=True)
class ToKeep:
    """What a read made anew and the database does not hold yet (`keep_marks`)."""

    stamp: str
    """The marks' stamp (`marks_stamp`)."""
    facts: list[tuple[int, str | None, list[str]]] = field(default_factory=list)
    """The pages whose facts were read from their text."""


def facts_stamp() -> str:
    """The code a page's facts are read by: the cleaner (its text and form) and the grouping
    (its paragraphs' keys)."""
    from workbench.ingest.copies import MIN_WORDS

    return json.dumps([versions.CLEANER_VERSION, versions.GROUPING_VERSION, MIN_WORDS])


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


def page_facts(store: Store) -> tuple[Facts, list[tuple[int, str | None, list[str]]]]:
    """Every page's facts, and those read anew from the text of the pages not kept."""
    from workbench.ingest.copies import MIN_WORDS
    from workbench.ingest.page_form import no_article_form
    from workbench.stories.bare import matchable_keys

    stamp = facts_stamp()
    facts = store.page_facts(stamp)
    missing = store.sources_without_page_facts(stamp)
    new: list[tuple[int, str | None, list[str]]] = []
    for start in range(0, len(missing), BATCH):
        for source in store.sources(missing[start : start + BATCH]):
            form = no_article_form(source.text)  # a page of that form needs no keys
            keys = [] if form else sorted(matchable_keys(source.text, MIN_WORDS))
            new.append((source.id, form, keys))
    facts.update((sid, (form, keys)) for sid, form, keys in new)
    return facts, new


def marks_of(store: Store, facts: Facts) -> dict[int, str]:
    """The pages with no article text and what each mark says (`page_form`), read as
    `stories.bare.bare_pages` reads them: a page of no article's form, else one not a near
    copy whose every matchable paragraph is furniture."""
    from workbench.ingest.page_form import FURNITURE_ONLY
    from workbench.stories.bare import furniture_only
    from workbench.stories.settings import default

    settings = default()
    near = store.near_copies(settings.near_days)
    furniture = store.paragraphs_in_at_least(settings.furniture_min)
    marks = {}
    for sid, (form, keys) in facts.items():
        if form:
            marks[sid] = form
        elif sid not in near and furniture_only(set(keys), furniture, settings.furniture_min):
            marks[sid] = FURNITURE_ONLY
    return marks


def read_marks(store: Store) -> tuple[dict[int, str], list[tuple[int, str | None, list[str]]]]:
    """Every page with no article text and what its mark says, read anew from the pages'
    facts; and the facts read from text (to keep)."""
    facts, new = page_facts(store)
    return marks_of(store, facts), new


def kept_marks(store: Store, stamp: str) -> dict[int, str] | None:
    """The marks kept in the database under `stamp` (None: none kept, or stale)."""
    try:
        kept = json.loads(store.get_meta(MARKS_KEY) or "null")
    except ValueError:
        return None
    if not isinstance(kept, dict) or kept.get("stamp") != stamp:
        return None
    return {int(k): str(v) for k, v in (kept.get("marks") or {}).items()}


def keep_marks(store: Store, keep: ToKeep, marks: dict[int, str]) -> None:
    """Keep `marks` and the facts read anew (derived data: a read-only database is left as
    it is)."""
    import sqlite3

    from workbench.store import StoreError

    try:
        with store.transaction():
            store.keep_page_facts(facts_stamp(), keep.facts)
            store.set_meta(MARKS_KEY, json.dumps({"stamp": keep.stamp, "marks": marks}))
    except (StoreError, sqlite3.Error):
        pass


def no_article_marks(store: Store) -> tuple[dict[int, str], ToKeep | None]:
    """The marks and, when they were read anew, what to keep (`keep_marks`, called where
    writes are made); None when the kept ones were good."""
    stamp = marks_stamp(store)
    kept = kept_marks(store, stamp)
    if kept is not None:
        return kept, None
    marks, new = read_marks(store)
    return marks, ToKeep(stamp, new)


def keep_current_marks(store: Store) -> None:
    """Read the marks as they now are and keep them: the analysis's last step, so the next
    opening does not read them (only the text of the pages without kept facts is read)."""
    marks, keep = no_article_marks(store)
    if keep is not None:
        keep_marks(store, keep, marks)
