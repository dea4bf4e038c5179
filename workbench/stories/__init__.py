"""Stories: the articles that report one event, and threads: the stories of one situation.

The stage between claims and findings. Each article is placed once, in publication order,
into the story of the stored article it matches best (TF-IDF over its title, lead and
names, with a threshold that rises with the distance in time), or into a new story; a new
story joins the thread of the story it resembles most. Conflicts are then looked for only
within a story (and, for figures about a lasting state, within a thread). Reviewers can
merge, move and rename; what they fix is pinned and grouping leaves it alone.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Iterable, Sequence, Set
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

from workbench.analysis_marks import GROUPING_VERSION_KEY, TITLES_VERSION_KEY, titles_mark
from workbench.analysis_marks import titles_stale as titles_stale
from workbench.models import Source
from workbench.stories.bare import bare_pages, made_furniture, unmark_furniture_copies
from workbench.stories.features import (
    article_lost,
    heading_of,
    lead_of,
    paragraph_keys,
    story_text,
    teaser_spans,
)
from workbench.stories.placed import Article, Index, Placement
from workbench.stories.settings import Settings, default
from workbench.stories.similarity import Vectors, terms
from workbench.versions import GROUPING_VERSION, TITLES_VERSION

if TYPE_CHECKING:
    from workbench.stories.events import EventFacts, Events
    from workbench.stories.ranked import RankedIndex

# Grouping, its events and titles load the claims (and dateparser) and are imported where
# they are used: a command that only reads the pages' marks (`workbench sources`, the app's
# first read) imports this package without them (walk37: 1.4 -> 0.5 CPU s).

BATCH = 50
"""Articles placed per transaction, at most."""
HOLD_S = 0.05
"""A placement transaction commits once it has held the write lock this long."""

__all__ = [
    "GROUPING_VERSION",
    "GROUPING_VERSION_KEY",
    "TITLES_VERSION",
    "TITLES_VERSION_KEY",
    "group",
    "lasting",
    "no_article_text",
    "retitle_if_stale",
    "source_terms",
    "titles_mark",
    "titles_stale",
]


class GroupingStore(Index, Protocol):
    """The store as grouping uses it (workbench.store.Store is one)."""

    def transaction(self): ...
    def get_meta(self, key: str) -> str | None: ...
    def set_meta(self, key: str, value: str) -> None: ...
    def forget_grouping(self) -> None: ...
    def sources_without_document(self) -> list[int]: ...
    def count_paragraphs(self, keys: Iterable[set[str]]) -> None: ...
    def story_features(self, digests: Iterable[str]) -> dict[str, tuple[str, str, str, str]]: ...
    def paragraph_counts(self, keys: set[str]) -> dict[str, int]: ...
    def add_story_documents(self, rows: Iterable[tuple[int, str | None, str]]) -> None: ...
    def document_terms(self, source_id: int) -> tuple[str, ...]: ...
    def unplaced_sources(self) -> list[tuple[int, str | None, int | None, str | None]]: ...
    def record_placement(self, placement: Placement) -> int: ...
    def source(self, source_id: int) -> Source: ...
    def sources(self, ids: Iterable[int] | None = None) -> list[Source]: ...
    def story_source_ids(self, story_id: int) -> list[int]: ...
    def set_auto_title(self, story_id: int, title: str) -> None: ...
    def auto_titled_stories(self) -> list[int]: ...
    def title_material_rows(self, source_ids, lead_chars, skipped=None) -> dict: ...
    def place_names(self) -> list[tuple[str, str | None, str | None]]: ...
    def claims(self, *, source_ids: Iterable[int] | None = None) -> list: ...
    def copies_days_apart(self) -> dict[int, float | None]: ...
    def set_copy_of(self, source_id: int, copy_of: int | None, score: float | None) -> None: ...
    def unplace_copies(self, source_ids: Iterable[int]) -> set[int]: ...


def source_terms(source: Source, furniture: Collection[str] = ()) -> list[str]:
    """The terms an article is matched on."""
    found = story_text(source.id, source.text, source.title, source.published, furniture)
    return terms(found.document())


def no_article_text(
    store: Any, texts: Iterable[tuple[int, str]] | None = None, settings: Settings | None = None
) -> set[int]:
    """The sources (of `texts`: id and cleaned text; else every source) that are page
    furniture only, their article lost by the scraper (`bare.bare_pages`)."""
    settings = settings or default()
    texts = store.source_texts() if texts is None else texts
    return bare_pages(store, texts, settings.furniture_min, settings.near_days)


def no_article_text_after(
    store: Any, added: Collection[int], settings: Settings | None = None
) -> set[int]:
    """The pages with no article text whose mark grouping these sources can have set: among
    them, or among every page when they made a paragraph furniture (`made_furniture`). One
    article into thousands then reads its own text, not every stored one."""
    settings = settings or default()
    texts = [(s.id, s.text) for s in store.sources(sorted(added))]
    if made_furniture(store, texts, settings.furniture_min):
        return no_article_text(store, None, settings)
    return no_article_text(store, texts, settings)


def group(
    store: GroupingStore,
    settings: Settings | None = None,
    progress: Callable[[int, int], None] | None = None,
    titling: Callable[[int, int], None] | None = None,
) -> set[int]:
    """Place every source not yet in a story; returns the stories that changed.

    Placements are written a few dozen at a time in short transactions, so a reviewer is
    never kept waiting. `progress` hears the placements, `titling` the stories titled
    after them (every story after an upgrade: 15-20 s for the whole corpus).
    """
    from workbench.stories.events import Events
    from workbench.stories.grouping import order
    from workbench.stories.ranked import ranked_index

    settings = settings or default()
    if store.get_meta(GROUPING_VERSION_KEY) != GROUPING_VERSION:
        with store.transaction():
            store.forget_grouping()
    new = store.sources_without_document()
    facts = _count_documents(store, new, settings) if new else {}
    touched: set[int] = set()
    if new and (bare := unmark_furniture_copies(store, settings.furniture_min, settings.near_days)):
        # The counts grew and these copies' shared text turned out to be furniture: those
        # placed as copies are placed again, and the stories they leave change too.
        with store.transaction():
            touched |= store.unplace_copies(bare)
    # Only ids and dates are held for every unplaced article (ten thousand on a first
    # ingest): terms are read batch by batch, as each is placed.
    ordered = order(
        Article(source_id, published, (), copy_of, outlet)
        for source_id, published, copy_of, outlet in store.unplaced_sources()
    )
    if not ordered:  # nothing new: not even the term counts are read
        if store.get_meta(GROUPING_VERSION_KEY) != GROUPING_VERSION:
            with store.transaction():
                store.set_meta(GROUPING_VERSION_KEY, GROUPING_VERSION)
        _retitle(store, touched, settings, titling)
        return touched
    vectors = Vectors(store.document_frequencies(), store.document_count())
    events = Events(store, facts)
    if progress:
        progress(0, len(ordered))
    # Each article's candidates ranked ahead on the other cores while this one places.
    ranked = ranked_index(store, [a.source_id for a in ordered], settings)
    try:
        _place_all(store, ordered, settings, vectors, events, ranked, touched, progress)
    finally:
        if ranked is not None:
            ranked.close()
    _retitle(store, touched, settings, titling)
    with store.transaction():
        store.set_meta(GROUPING_VERSION_KEY, GROUPING_VERSION)
    return touched


def _place_all(
    store: GroupingStore,
    ordered: list[Article],
    settings: Settings,
    vectors: Vectors,
    events: Events,
    ranked: RankedIndex | None,
    touched: set[int],
    progress: Callable[[int, int], None] | None,
) -> None:
    """Place the articles in order, a few dozen per short transaction."""
    from workbench.stories.grouping import place

    done = 0
    waiting: list[Article] = []
    while done < len(ordered):
        # Up to a few dozen placements a transaction, and no longer than HOLD_S: short
        # for a reviewer waiting to write (each placement reads the ones before it, so
        # it is made inside), and not a commit per article. A batch's terms are read and
        # their vectors made before the lock is taken, in one transform.
        if not waiting:
            batch = ordered[done : done + BATCH]
            lost = {
                s.id
                for s in store.sources([a.source_id for a in batch])
                if article_lost(s.text, s.title)
            }
            waiting = [
                replace(a, terms=store.document_terms(a.source_id), lost=a.source_id in lost)
                for a in batch
            ]
            vectors.prepare([(a.source_id, a.terms) for a in waiting])
            events.of([(a.source_id, a.published) for a in waiting])
        with store.transaction():
            began = time.monotonic()
            while waiting:
                article = waiting.pop(0)
                if ranked is not None:
                    ranked.start(article.source_id)
                placement = place(article, ranked or store, settings, vectors, events)
                touched.add(store.record_placement(placement))
                if ranked is not None:
                    ranked.placed(article.source_id)
                done += 1
                if time.monotonic() - began > HOLD_S:
                    break
        if progress:
            progress(done, len(ordered))


def _count_documents(
    store: GroupingStore, source_ids: list[int], settings: Settings
) -> dict[int, EventFacts]:
    """Store the terms of new articles, their page furniture left out; returns the event
    facts the extraction workers made of them (`ahead`), by source.

    Two passes of BATCH articles, so memory stays what a batch needs however many are new:
    every paragraph is counted first, then each article's furniture is judged on the
    counts of all of them (as if they had been read at once).
    """
    # Copies count too: page furniture fools copy detection into pairing unrelated pages.
    # Each article's keys are kept between the passes, as text (a few hundred bytes an
    # article): making them again cost a tenth of grouping.
    # The workers that extracted the claims may have made both already (`ahead`).
    from workbench.stories.ahead import Ahead
    from workbench.stories.headline_place import lost_page_facts
    from workbench.stories.title_towns import typed_town_names

    kept: dict[int, str] = {}
    facts: dict[int, EventFacts] = {}
    towns: frozenset[str] | None = None  # read on the first lost page
    for start in range(0, len(source_ids), BATCH):
        batch = store.sources(source_ids[start : start + BATCH])
        ahead = Ahead(store.story_features(s.content_hash for s in batch))
        keys = {s.id: ahead.keys(s) or paragraph_keys(s.text, s.title) for s in batch}
        kept.update((k, " ".join(sorted(v))) for k, v in keys.items())
        with store.transaction():
            store.count_paragraphs(keys.values())
    for start in range(0, len(source_ids), BATCH):
        batch = store.sources(source_ids[start : start + BATCH])
        ahead = Ahead(store.story_features(s.content_hash for s in batch))
        keys = {s.id: set(kept.pop(s.id).split()) for s in batch}
        counts = store.paragraph_counts(set().union(*keys.values()))
        documents = []
        for source in batch:
            if (told := ahead.events(source)) is not None:
                if article_lost(source.text, source.title):
                    if towns is None:
                        towns = typed_town_names(store.place_names())
                    told = lost_page_facts(told, source, towns)
                facts[source.id] = told
            furniture = {k for k in keys[source.id] if counts.get(k, 0) >= settings.furniture_min}
            made = None if furniture else ahead.terms(source)
            if made is None:
                made = source_terms(source, furniture)
            documents.append((source.id, source.published, " ".join(made)))
        with store.transaction():
            store.add_story_documents(documents)
    return facts  # what was made ahead is kept for conflict finding (`find_and_store`)


def retitle_if_stale(
    store: GroupingStore,
    settings: Settings | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Title again every story a reviewer did not name when the titles are stale (what a
    new title version alone asks of an upgrade: no claim, story or finding changes);
    returns how many stories were titled."""
    if store.get_meta(TITLES_VERSION_KEY) == titles_mark():
        return 0
    return _retitle(store, (), settings or default(), progress)


def _retitle(
    store: GroupingStore,
    touched: Iterable[int],
    settings: Settings,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Title the stories grouping touched; every story a reviewer did not name once the
    titles were made by other code or from other claims (a database analysed before a
    titles fix would keep its old titles until regrouped). Returns how many were titled."""
    mark = titles_mark()
    if store.get_meta(TITLES_VERSION_KEY) == mark:
        return retitle(store, touched, settings, progress)
    done = retitle(store, store.auto_titled_stories(), settings, progress)
    with store.transaction():
        store.set_meta(TITLES_VERSION_KEY, mark)
    return done


def retitle(
    store: GroupingStore,
    story_ids: Iterable[int],
    settings: Settings | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Give each story the title its articles make (unless a reviewer named it); returns
    how many stories were titled. `progress` hears (done, total) as they are."""
    from workbench.stories.title_towns import town_names, typed_town_names

    settings = settings or default()
    story_ids = sorted(story_ids)
    rows = store.place_names() if story_ids else []
    towns, typed = town_names(rows), typed_town_names(rows)
    if progress and story_ids:
        progress(0, len(story_ids))
    for done, story_id in enumerate(story_ids, 1):
        kept: list[tuple[str, str]] = []  # each sentence's kinds read now (`told_kinds`)
        title = title_of(store, story_id, settings, towns, typed, kept)  # before the lock
        with store.transaction():
            store.set_auto_title(story_id, title)
            store.save_parses(kept)  # type: ignore[attr-defined]
        if progress:
            progress(done, len(story_ids))
    return len(story_ids)


def title_of(
    store: GroupingStore,
    story_id: int,
    settings: Settings,
    towns: Set[str] = frozenset(),
    typed_towns: Set[str] = frozenset(),
    kept: list[tuple[str, str]] | None = None,
) -> str:
    from workbench.stories.source_kinds import told_in_story
    from workbench.stories.titles import PlaceMention, TitleMaterial, story_title

    ids = store.story_source_ids(story_id)  # publication order
    by_id = {s.id: s for s in store.sources(ids)}
    sources = [by_id[s] for s in ids]
    leads = {s.id: lead_of(s.text) for s in sources}
    # A page's teasers of other stories repeat themselves (`teaser_spans`): their places
    # and days are not the story's ("vacationing in Cape Town" above a county's shooting).
    claims = store.title_material_rows(
        [s.id for s in sources],
        {k: len(v) for k, v in leads.items()},
        {s.id: teaser_spans(s.text) for s in sources},
    )
    told = told_in_story(store, sources, leads, settings, kept)
    materials = [
        TitleMaterial(
            heading=heading_of(s.title, leads[s.id]),
            lead=leads[s.id],
            published=s.published,
            places=[PlaceMention(*row) for row in claims[s.id][0]],
            event_dates=claims[s.id][1],
            told=told.get(s.id),
            address=s.url,
        )
        for s in sources
    ]
    return story_title(materials, settings, towns, typed_towns)


def lasting(actions: Sequence[str] | frozenset[str], settings: Settings | None = None) -> bool:
    """Whether figures of these actions describe a lasting state of the world (compared
    across a thread's stories) rather than one event's own figures."""
    settings = settings or default()
    return bool(settings.lasting_actions.intersection(actions))
