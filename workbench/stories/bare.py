"""Copies made of page furniture alone: pages whose article the scraper lost.

A page that holds nothing but site furniture (a sign-up box, an e-mail notice) repeats
every other such page of its site word for word, so copy detection pairs it with whichever
came first, often a report of another event. Furniture is known only once several such
pages have arrived (a paragraph found in `furniture_min` articles), so copies are checked
again whenever grouping has counted new articles, against the counts of all of them: a
copy whose every paragraph copy detection could match on (MIN_WORDS words or more) is
furniture shares no article text with its original and is no copy. It keeps its own title
and is grouped by it like any other page (its furniture left out of its terms).

Unless it was published within `near_days` of its original: a wire report reprinted by
more outlets than `furniture_min` has every paragraph in that many articles too, but its
reprints run within days of it, while a site's furniture pairs pages months apart.

The same test tells a reader which pages have no article text at all (`bare_pages`), as
does a page's form (a video playlist, a sign-up box, a paywall's counter, a log-in wall in
another language: `ingest.page_form`):
`workbench sources` and the app say so, since such a page's only claims come from its
headline.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Protocol

from workbench.models import Source
from workbench.stories.features import paragraph_key, paragraphs

BATCH = 200
"""Copies read at a time (their texts and their paragraphs' counts)."""


class BareStore(Protocol):
    def transaction(self): ...
    def copies_days_apart(self) -> dict[int, float | None]: ...
    def sources(self, ids: Iterable[int] | None = None) -> list[Source]: ...
    def paragraph_counts(self, keys: set[str]) -> dict[str, int]: ...
    def set_copy_of(self, source_id: int, copy_of: int | None, score: float | None) -> None: ...


class PagesStore(Protocol):
    def near_copies(self, days: int) -> set[int]: ...
    def paragraph_counts(self, keys: set[str]) -> dict[str, int]: ...


def matchable_keys(text: str, min_words: int) -> set[str]:
    """The keys of the paragraphs copy detection compares (the shorter ones prove nothing)."""
    return {paragraph_key(p) for p in paragraphs(text) if len(p.split()) >= min_words}


def furniture_only(keys: set[str], counts: dict[str, int], furniture_min: int) -> bool:
    """Whether every one of these paragraphs is furniture (and there is one)."""
    return bool(keys) and all(counts.get(k, 0) >= furniture_min for k in keys)


def unmark_furniture_copies(store: BareStore, furniture_min: int, near_days: int) -> list[int]:
    """Clear the copy mark of every copy whose matchable text is all furniture and which is
    not a reprint of the days around its original; returns them."""
    # At need: the ingest package imports the store, which imports this stage.
    from workbench.ingest.copies import MIN_WORDS

    apart = store.copies_days_apart()
    ids = [i for i, days in apart.items() if days is None or days > near_days]
    found: list[int] = []
    for start in range(0, len(ids), BATCH):
        keys = {
            s.id: matchable_keys(s.text, MIN_WORDS)
            for s in store.sources(ids[start : start + BATCH])
        }
        counts = store.paragraph_counts(set().union(*keys.values()))
        found += [sid for sid, k in keys.items() if furniture_only(k, counts, furniture_min)]
    if found:
        with store.transaction():
            for source_id in found:
                store.set_copy_of(source_id, None, None)
    return found


def made_furniture(store: PagesStore, texts: list[tuple[int, str]], furniture_min: int) -> bool:
    """Whether these articles, just counted, brought a paragraph of theirs to `furniture_min`
    articles: then pages stored before may have become furniture only (which pages hold a
    paragraph is not indexed, so every page must be read again)."""
    from workbench.ingest.copies import MIN_WORDS  # at need, as above

    new = Counter(k for _id, text in texts for k in matchable_keys(text, MIN_WORDS))
    counts = store.paragraph_counts(set(new))
    return any(counts.get(k, 0) >= furniture_min > counts.get(k, 0) - n for k, n in new.items())


def bare_pages(
    store: PagesStore, texts: Iterable[tuple[int, str]], furniture_min: int, near_days: int
) -> set[int]:
    """The sources among `texts` (id, cleaned text) whose every paragraph copy detection
    could match on is page furniture: the scraper kept the site's sign-up box and lost the
    article. A reprint within `near_days` of its original (either side) is a wire report
    repeated, not furniture, as `unmark_furniture_copies` holds. Pages are known only once
    grouping has counted enough articles: before, none is found. A page that is no article
    by its form (`ingest.page_form`: a video playlist, the site talking to its reader, a
    counter alone, no English prose, no text left at all) is known however few pages
    there are."""
    from workbench.ingest.copies import MIN_WORDS  # at need, as above
    from workbench.ingest.page_form import has_no_article_form

    near = store.near_copies(near_days)
    found: set[int] = set()
    batch: list[tuple[int, str]] = []
    for item in texts:
        # Empty: a stored page a newer cleaner found to be furniture only (`ingest.reclean`).
        if has_no_article_form(item[1]):
            found.add(item[0])
            continue
        batch.append(item)
        if len(batch) == BATCH:
            found |= _bare_in(store, batch, near, furniture_min, MIN_WORDS)
            batch = []
    if batch:
        found |= _bare_in(store, batch, near, furniture_min, MIN_WORDS)
    return found


def _bare_in(
    store: PagesStore,
    batch: list[tuple[int, str]],
    near: set[int],
    furniture_min: int,
    min_words: int,
) -> set[int]:
    keys = {sid: matchable_keys(text, min_words) for sid, text in batch if sid not in near}
    counts = store.paragraph_counts(set().union(*keys.values()))
    return {sid for sid, k in keys.items() if furniture_only(k, counts, furniture_min)}
