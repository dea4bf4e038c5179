"""Grouping's candidate lookups made ahead on the other cores while the writer places.

Placing is serial (each article's story depends on the placements before it) and ran
alone in the main process after extraction, one core idle; half of it was the full-text
query for each article's candidates (`StoryStore.candidates`). That query's ranking
does not depend on the placements: every new article's terms are stored and counted
before the first is placed, so the full-text index, the document frequencies and thus
each article's lookup terms and the ranking of the documents sharing them stay fixed
during the run. Only which of the ranked documents are placed yet, and in which story,
changes. So workers rank ahead, in placing order, each on a read-only connection of its
own (`store.story_ranking`), and the writer keeps of each ranking the first `limit`
documents placed by then, read with their stories at that moment: the same candidates,
in the same order, as the one query gave.
"""

from __future__ import annotations

import uuid
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from itertools import islice

from workbench.stories.grouping import Member
from workbench.stories.lookup import lookup_terms
from workbench.stories.settings import Settings

CHUNK = 16
"""Articles ranked per job: a few milliseconds each, a job well over the pool's overhead."""
KEPT = 8192
"""Placed articles whose terms are kept between lookups, at most."""
MIN_ARTICLES = 64
"""Fewer articles to place than this: the store's own query (workers cost more to start)."""

_readers: dict[str, tuple] = {}
"""A worker's reader and the run's frequencies, by run: opened once per worker."""


def rank_chunk(job: tuple[str, str, Settings, list[int]]) -> list[tuple[int, str, list[int]]]:
    """Each article's full-text query and the documents it finds, best first (runs in a
    worker: `job` is the run's id, the database path, the settings and the articles)."""
    from workbench.store.story_ranking import StoryReader, match_query

    run, path, settings, source_ids = job
    if run not in _readers:
        _close_readers()
        reader = StoryReader(path)
        _readers[run] = (reader, *reader.frequencies())
    reader, frequency, documents = _readers[run]
    out = []
    for source_id in source_ids:
        keys = lookup_terms(reader.terms(source_id), frequency, documents, settings)
        query = match_query(keys)
        out.append((source_id, query, reader.ranked(query)))
    return out


class RankedIndex:
    """The index grouping places with (`grouping.Index`): the store's, with each
    article's candidates taken from its ranking made ahead. `start(source_id)` before
    placing each article in order, `placed(source_id)` after."""

    def __init__(
        self, store, rankings: Iterator[tuple[int, str, list[int]]], placed: set[int], close
    ) -> None:
        self.store = store
        self.rankings = rankings
        self.placed_ids = placed
        self.current: tuple[str, list[int]] | None = None
        self.close = close
        """Stops the workers (call when placing ends, early or not)."""
        self.documents: OrderedDict[int, tuple] = OrderedDict()
        """Placed articles' (published, terms, outlet), the least recently offered dropped
        first past `KEPT`: a run's memory does not grow with the database."""
        self.days: DayIndex | None = None
        """Every stored article's day, read on the first look-up of an article's own days
        (fixed during a run, like the rankings)."""

    def start(self, source_id: int) -> None:
        ranked_id, query, ranked = next(self.rankings)
        self.current = (query, ranked) if ranked_id == source_id else None

    def placed(self, source_id: int) -> None:
        self.placed_ids.add(source_id)

    def document_count(self) -> int:
        return self.store.document_count()

    def document_frequencies(self, terms=None) -> Mapping[str, int]:
        return self.store.document_frequencies(terms)

    def member(self, source_id: int) -> Member | None:
        return self.store.member(source_id)

    def placed_users(self, term: str) -> int:
        return self.store.placed_users(term)

    def story_source_ids(self, story_id: int) -> list[int]:
        return self.store.story_source_ids(story_id)

    def candidates_near(self, terms, published, days, limit) -> list[Member]:
        """The store's `candidates_near` from the ranking made ahead: its first `limit`
        placed articles whose day falls within `days` of `published`'s (SQLite's bounds,
        compared as its query compares them). Half of placing's own queries were these."""
        ranked = self._ranking(terms)
        if ranked is None:
            return self.store.candidates_near(terms, published, days, limit)
        first, last = self.store.days_around(published, days)
        if first is None or last is None:
            return []
        if self.days is None:
            self.days = DayIndex(self.store.document_days())
        return self._first_placed(filter(self.days.within(first, last).__contains__, ranked), limit)

    def candidates(self, terms: Sequence[str], limit: int) -> list[Member]:
        ranked = self._ranking(terms)
        if ranked is None:
            return self.store.candidates(terms, limit)
        return self._first_placed(iter(ranked), limit)

    def _ranking(self, terms: Sequence[str]) -> list[int] | None:
        """The current article's ranking made ahead, when it is these terms' (else None)."""
        from workbench.store.story_ranking import match_query

        if self.current is None or self.current[0] != match_query(terms):
            return None
        return self.current[1]

    def _first_placed(self, ranked: Iterator[int], limit: int) -> list[Member]:
        """The first `limit` of these ranked articles that are placed, as members."""
        found: list[Member] = []
        while len(found) < limit:
            chosen = list(islice((s for s in ranked if s in self.placed_ids), limit - len(found)))
            if not chosen:
                break
            members = self._members(chosen)
            for source_id in chosen:
                if source_id in members:
                    found.append(members[source_id])
                else:  # taken out of its story since (a reviewer, another process)
                    self.placed_ids.discard(source_id)
        return found

    def _members(self, source_ids: list[int]) -> dict[int, Member]:
        """The placed articles among these, by id: their stories read now, their terms
        kept from an earlier lookup when they can be (the same few hundred documents are
        offered again and again, and reading and splitting their terms was a fifth of
        placing)."""
        placed = self.store.story_map(source_ids)
        kept = self.documents
        missing = [s for s in placed if s not in kept]
        if missing:
            kept.update(self.store.story_documents(missing))
        found = {}
        for source_id, (story_id, thread_id) in placed.items():
            if source_id in kept:
                kept.move_to_end(source_id)
                published, terms, outlet = kept[source_id]
                found[source_id] = Member(source_id, story_id, thread_id, published, terms, outlet)
        while len(kept) > KEPT:
            kept.popitem(last=False)
        return found


def ranked_index(store, order: Sequence[int], settings: Settings) -> RankedIndex | None:
    """An index whose candidates are ranked ahead on the other cores, for placing the
    articles `order` in that order; None when the store's own query is the better:
    few articles, or a database that is not a file another process can open.

    On one core the rankings are made in this process, a chunk at a time as placing
    reaches it: one full-text ranking per article serves both its look-ups
    (`candidates`, `candidates_near`), where the store's queries rank twice, joined."""
    from workbench.pool import ordered_map

    path = getattr(store, "path", None)
    if len(order) < MIN_ARTICLES or not path or path == ":memory:":
        return None
    run = uuid.uuid4().hex
    jobs = (
        (run, path, settings, list(order[start : start + CHUNK]))
        for start in range(0, len(order), CHUNK)
    )
    found = ordered_map(rank_chunk, jobs, total=-(-len(order) // CHUNK), chunk=1, min_items=2)
    rankings = (ranking for chunk in found for ranking in chunk)

    def close() -> None:
        found.close()
        _close_readers()  # made here when there are no workers

    return RankedIndex(store, rankings, set(store.story_map()), close)


def _close_readers() -> None:
    for reader, *_ in _readers.values():
        reader.close()
    _readers.clear()


class DayIndex:
    """The stored articles by day, to tell those within a few days: a ranking lists
    hundreds of documents, and reading each one's day was most of a lookup of its days."""

    def __init__(self, days: Mapping[int, str | None]) -> None:
        dated = sorted((day, source_id) for source_id, day in days.items() if day is not None)
        self.keys = [day for day, _source_id in dated]
        self.ids = [source_id for _day, source_id in dated]

    def within(self, first: str, last: str) -> set[int]:
        """The articles whose day is from `first` to `last`, both in (compared as text, as
        SQLite compares them)."""
        return set(self.ids[bisect_left(self.keys, first) : bisect_right(self.keys, last)])
