"""The database: one Store over one SQLite file, its queries split by concern.

Each concern (sources, claims, findings, reviews, stories, verdicts and notes) is a module
of its own; `Store` joins them so that callers hold one object, as sqlite-utils' `Database`
holds its tables.
"""

from __future__ import annotations

from workbench.store.claims import ClaimStore
from workbench.store.copy_shingles import CopyShingleStore
from workbench.store.findings import FindingStore
from workbench.store.page_facts import PageFactStore
from workbench.store.parses import ParseStore
from workbench.store.regroup_undo import RegroupUndoStore
from workbench.store.reviews import ReviewStore
from workbench.store.schema import SCHEMA_VERSION, StoreError, connect, migrate, utc_now
from workbench.store.sources import SourceStore
from workbench.store.stories import StoryStore
from workbench.store.story_features import StoryFeatureStore
from workbench.store.story_threads import StoryThreadStore
from workbench.store.story_titles import StoryTitleStore
from workbench.store.verdicts import VerdictStore

__all__ = ["SCHEMA_VERSION", "Store", "StoreError", "connect", "migrate", "utc_now"]


class Store(
    SourceStore,
    CopyShingleStore,
    ClaimStore,
    FindingStore,
    ReviewStore,
    RegroupUndoStore,
    StoryThreadStore,
    StoryStore,
    StoryFeatureStore,
    StoryTitleStore,
    ParseStore,
    VerdictStore,
    PageFactStore,
):
    """A workbench database: the one place that reads and writes it."""
