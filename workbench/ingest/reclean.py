"""A newer cleaner reaches the articles already stored.

The raw bytes of an article are stored exactly as read; its cleaned text, sentences,
copy marks and claims are derived from them. When the cleaner changes (`CLEANER_VERSION`),
`workbench analyze` (and the app's start) derives the text of every article again from its
raw bytes by the path a new article takes (`prepare.derive`); an article whose text
changed, or whose text the splitter now cuts into other sentences, gets its new sentences
and its claims extracted again, with the ids of the claims they continue
(`identity.assign_ids`, the offsets of the old claims moved onto the new text), so the
reviews stay attached as they do through a better extractor. Copy marks are
found again from the first changed article on, in the order the articles came in, and
grouping starts over (the reviewers' pins and titles stay): both read the cleaned text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from workbench.analysis_marks import CLEANER_VERSION_KEY as CLEANER_VERSION_KEY
from workbench.analysis_marks import cleaner_is_stale as cleaner_is_stale
from workbench.analysis_marks import stored_cleaner
from workbench.ingest.copies import fingerprint
from workbench.ingest.decode import decode
from workbench.ingest.formats import parse
from workbench.ingest.prepare import Derived, derive
from workbench.models import Claim, Sentence, Source
from workbench.progress import Progress, silent
from workbench.store import Store
from workbench.versions import CLEANER_VERSION

PENDING_KEY = "recleaning_from"
"""Meta key: the first article whose text a re-cleaning changed, until its copies and
stories are made again (a run cut short after storing the texts finds no change the
next time, yet its copies and stories still wait)."""
RECLEANING = "cleaning again"
RE_EXTRACTING = "extracting again"
COPYING_AGAIN = "finding copies again"
"""The stage that finds copy marks again from the first changed article on (20 s for the
whole corpus, silent before it had a bar of its own)."""
"""The stage that extracts the claims of the articles whose text changed (a minute and
more for a few hundred articles: the progress bar shows it)."""
READ_BATCH = 100
"""Articles whose raw bytes are read and cleaned at a time."""


@dataclass(slots=True)
class Recleaned:
    """What a re-cleaning did: from which cleaner to which, how many articles it read and
    which of them changed."""

    old: int
    new: int
    checked: int = 0
    changed: list[int] = field(default_factory=list)

    def summary(self) -> str:
        """The line the command line prints."""
        return (
            f"re-cleaned {len(self.changed):,} of {self.checked:,} articles "
            f"(cleaner {self.old} -> {self.new})"
        )


def mark_cleaned(store: Store) -> None:
    """Record that every stored text is this cleaner's (inside the caller's transaction)."""
    store.set_meta(CLEANER_VERSION_KEY, str(CLEANER_VERSION))


def rederive(raw: bytes, fmt: str) -> Derived:
    """What this cleaner makes of an article's stored raw bytes, read in its format."""
    decoded = decode(raw)
    articles = parse("stored", decoded.text, raw, fmt=fmt)
    return derive(articles[0])


def reclean(store: Store, progress: Progress = silent) -> Recleaned | None:
    """Clean every stored article again when a former cleaner made the texts (None when
    this one did); store the texts that changed, with their claims; find copies again
    from the first changed article on and let grouping start over. The version mark is
    set last, so a run cut short is run again."""
    if not cleaner_is_stale(store):
        return None
    done = Recleaned(old=stored_cleaner(store), new=CLEANER_VERSION)
    headers = store.source_headers()
    changed: list[tuple[Source, Derived]] = []
    progress(RECLEANING, 0, len(headers))
    for start in range(0, len(headers), READ_BATCH):
        for source in store.sources([h.id for h in headers[start : start + READ_BATCH]]):
            derived = rederive(store.raw(source.id), source.format)
            if derived.text != source.text or _split_again(store, source.id, derived):
                changed.append((source, derived))
        done.checked = min(start + READ_BATCH, len(headers))
        progress(RECLEANING, done.checked, len(headers))
    first = _pending(store)
    if changed:
        first = min(changed[0][0].id, first or changed[0][0].id)
        with store.transaction():  # before any text changes: a run cut short finishes
            store.set_meta(PENDING_KEY, str(first))
    _store_changed(store, changed, progress)
    if first is not None:
        _find_copies_again(store, first, progress)
        with store.transaction():
            store.forget_grouping()
    with store.transaction():
        mark_cleaned(store)
        store.set_meta(PENDING_KEY, "")
    done.changed = [source.id for source, _derived in changed]
    return done


def _split_again(store: Store, source_id: int, derived: Derived) -> bool:
    """The same text split into other sentences (a splitter that learnt an abbreviation:
    "Det. Ana Ruiz" is one sentence now): its claims are read again too."""
    bounds = [(s.start, s.end) for s in derived.sentences]
    return bounds != [(s.start, s.end) for s in store.sentences(source_id)]


def _pending(store: Store) -> int | None:
    """The first changed article of a re-cleaning cut short, if one was."""
    value = store.get_meta(PENDING_KEY)
    return int(value) if value and value.isdigit() else None


def _store_changed(
    store: Store, changed: list[tuple[Source, Derived]], progress: Progress = silent
) -> None:
    """Each changed article's new text, sentences and claims, a batch per transaction."""
    from workbench.extraction import extract_batches
    from workbench.identity import assign_ids

    def jobs() -> Iterator[tuple[Source, list[Sentence]]]:
        for source, derived in changed:
            sentences = [replace(s, id=s.index) for s in derived.sentences]
            yield replace(source, text=derived.text), sentences

    done = 0
    if changed:
        progress(RE_EXTRACTING, 0, len(changed))
    for found in extract_batches(jobs(), total=len(changed), cache=store):
        batch = changed[done : done + len(found)]
        with store.transaction():
            for (source, derived), claims in zip(batch, found, strict=True):
                old = moved_claims(
                    store.claims(source_id=source.id),
                    store.sentences(source.id),
                    derived.sentences,
                )
                claims = assign_ids(source.content_hash, claims or [], old)
                store.replace_claims(source.id, [])
                store.replace_source_text(
                    source.id,
                    text=derived.text,
                    removed=derived.removed,
                    word_count=derived.words,
                    sentences=derived.sentences,
                )
                ids = store.sentence_ids(source.id)
                store.replace_claims(
                    source.id,
                    [
                        replace(c, source_id=source.id, sentence_id=ids.get(c.sentence_id))
                        for c in claims
                    ],
                )
        done += len(found)
        progress(RE_EXTRACTING, done, len(changed))


def moved_claims(claims: Iterable[Claim], old: list[Sentence], new: list[Sentence]) -> list[Claim]:
    """The stored claims with their offsets moved onto the new text, to be matched with the
    new claims (`identity.assign_ids`): a claim of a sentence the new text holds word for
    word moves with it; one whose sentence changed gets no offsets (it can continue a new
    claim only by a like sentence and like words). A headline claim indexes the title,
    which cleaning does not touch."""
    places: dict[str, list[int]] = {}
    for sentence in new:
        places.setdefault(sentence.text, []).append(sentence.start)
    seen: dict[str, int] = {}
    shift: dict[int, int] = {}
    for sentence in old:
        nth = seen.get(sentence.text, 0)
        seen[sentence.text] = nth + 1
        starts = places.get(sentence.text, [])
        if nth < len(starts):
            shift[sentence.id] = starts[nth] - sentence.start
    moved = []
    for claim in claims:
        if claim.headline:
            moved.append(claim)
        elif claim.sentence_id in shift:
            by = shift[claim.sentence_id]
            moved.append(replace(claim, start=claim.start + by, end=claim.end + by))
        else:
            moved.append(replace(claim, start=-1, end=-1))
    return moved


def _find_copies_again(store: Store, first: int, progress: Progress = silent) -> None:
    """Copy marks from source `first` on, found as an ingest finds them: each article
    against the ones that came in before it."""
    from workbench.ingest.loader import index_of  # the loader marks a new database's cleaner

    with store.transaction():
        store.forget_copy_shingles(first)
    index = index_of(store, before=first)
    later = [h.id for h in store.source_headers() if h.id >= first]
    progress(COPYING_AGAIN, 0, len(later))
    for start in range(0, len(later), READ_BATCH):
        with store.transaction():
            for source in store.sources(later[start : start + READ_BATCH]):
                paragraphs = source.text.split("\n\n") if source.text else []
                prints = fingerprint(paragraphs)
                match = index.find(paragraphs, fingerprinted=prints)
                store.set_copy_of(
                    source.id, match.source_id if match else None, match.score if match else None
                )
                index.add(source.id, paragraphs, fingerprinted=prints)
        progress(COPYING_AGAIN, min(start + READ_BATCH, len(later)), len(later))
