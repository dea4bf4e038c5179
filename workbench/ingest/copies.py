"""Copy detection: is a new article a syndicated or scraped copy of an earlier one?

A copy repeats most of its paragraphs from one earlier source, perhaps shortened or
lightly edited. Comparing every paragraph with every paragraph is quadratic in the
corpus, so candidates are found first through a sampled index of word 5-gram shingles
(shingles shared by many sources are boilerplate and do not count), and only the few
sources sharing the most shingles are confirmed paragraph by paragraph with rapidfuzz's
C scorers: an exact match first, then `fuzz.ratio`, and `fuzz.partial_ratio` (for a
trimmed paragraph) only where a cheap bound on the longest common subsequence says it
can reach the threshold. A paragraph none of whose rare shingles a candidate holds is
not compared with it, and a candidate is dropped as soon as the threshold is out of
reach, so a non-copy costs little. Quoting a few paragraphs of another report (wire
copy inside a blog post) stays well under the threshold.
"""

from __future__ import annotations

import math
import sys
import zlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import LCSseq

SHINGLE = 5
SAMPLE = 4
"""Keep one shingle in SAMPLE (by a stable hash), enough to find a copy, a quarter the memory."""
MIN_WORDS = 8
"""Shorter paragraphs ("He declined to comment.") are too common to prove copying."""
MAX_POSTINGS = 50
"""A shingle shared by more sources than this is boilerplate, not evidence (nor a sign of
which source a paragraph can match); an index need keep no more than MAX_POSTINGS + 1
sources for a shingle to know it."""
MIN_HITS = 3
CANDIDATES = 3
GATE = 3
"""Sampled shingles a paragraph needs before their absence from a source rules it out: a
paragraph within PARAGRAPH_MATCH of another keeps most of its word 5-grams."""
PARAGRAPH_MATCH = 88.0
COPY_THRESHOLD = 0.6
"""Share of the new article's words that must sit in paragraphs matching the candidate."""
_R = PARAGRAPH_MATCH / 100
LCS_BOUND = _R / (2 - _R)
"""partial_ratio(s, t) >= PARAGRAPH_MATCH needs LCS(s, t) >= LCS_BOUND * len(shorter):
the best window w (at most len(s) long) has 2 LCS / (len(s) + len(w)) >= r, LCS <= len(w)."""
LOADED = 256
"""Sources whose paragraphs stay in memory when they can be loaded again: the reports of one
event arrive together, so a copy's original is nearly always among the recent ones."""
METHOD = f"w{SHINGLE}s{SAMPLE}h{hash((1, 2, 3, 4, 5)) & 0xFFFFFFFF:08x}"
"""Names the fingerprint scheme, Python's int-tuple hash included: stored fingerprints made
another way are stale and made again rather than silently missing every copy."""


@dataclass(frozen=True, slots=True)
class CopyMatch:
    source_id: int
    score: float
    """Share of the article's words found in the earlier source (0..1)."""
    paragraphs: int
    """How many of the article's paragraphs matched."""


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """An article's normalised paragraphs and sampled shingles, computed once."""

    paragraphs: list[str]
    words: tuple[int, ...]
    """Each paragraph's word count."""
    shingles: frozenset[int]
    by_paragraph: tuple[frozenset[int], ...]
    """Each paragraph's own shingles (empty under MIN_WORDS), to tell which can match."""

    def pack(self) -> bytes:
        """The shingles as little-endian int64s, for the store."""
        packed = array("q", sorted(self.shingles))
        if sys.byteorder == "big":
            packed.byteswap()
        return packed.tobytes()


def unpack(blob: bytes) -> array:
    shingles = array("q")
    shingles.frombytes(blob)
    if sys.byteorder == "big":
        shingles.byteswap()
    return shingles


def _normal(paragraph: str) -> str:
    return utils.default_process(paragraph)


_WORD_IDS: dict[str, int] = {}


def _word_id(word: str) -> int:
    # crc32, not hash(): string hashes change between runs, and results must not.
    found = _WORD_IDS.get(word)
    if found is None:
        if len(_WORD_IDS) > 1_000_000:
            _WORD_IDS.clear()
        found = _WORD_IDS[word] = zlib.crc32(word.encode("utf-8"))
    return found


def _shingles(words: list[str]) -> set[int]:
    """Sampled 5-gram fingerprints (hashes of int tuples are stable across runs)."""
    ids = list(map(_WORD_IDS.get, words))
    if None in ids:
        ids = [_word_id(w) for w in words]
    grams = zip(*(ids[i:] for i in range(SHINGLE)), strict=False)
    return {h for h in map(hash, grams) if h % SAMPLE == 0}


def fingerprint(paragraphs: list[str]) -> Fingerprint:
    """Normalised paragraphs and their sampled shingles, computed once per article."""
    normal = [_normal(p) for p in paragraphs]
    counts = []
    by_paragraph = []
    for para in normal:
        words = para.split()
        counts.append(len(words))
        by_paragraph.append(frozenset(_shingles(words) if len(words) >= MIN_WORDS else ()))
    return Fingerprint(normal, tuple(counts), frozenset().union(*by_paragraph), tuple(by_paragraph))


class Postings(Protocol):
    """Where the shingle postings live: in memory, or in the store's indexed table, so that
    a new article reads only its own shingles' postings, never the whole index."""

    def lookup(self, shingles: Iterable[int]) -> dict[int, Sequence[int]]:
        """The sources holding each of these shingles (absent: none; for boilerplate, at
        least MAX_POSTINGS + 1 entries, which need not name the sources)."""
        ...

    def add(self, source_id: int, shingles: Iterable[int]) -> None: ...


class MemoryPostings:
    """Postings in a dict, for an index that lives only as long as the process."""

    def __init__(self) -> None:
        self._postings: defaultdict[int, list[int]] = defaultdict(list)

    def lookup(self, shingles: Iterable[int]) -> dict[int, list[int]]:
        postings = self._postings
        return {h: postings[h] for h in shingles if h in postings}

    def add(self, source_id: int, shingles: Iterable[int]) -> None:
        postings = self._postings
        for h in shingles:
            posting = postings[h]
            if len(posting) <= MAX_POSTINGS:
                posting.append(source_id)


class CopyIndex:
    """A shingle index over every source seen so far, and their paragraphs to confirm with.

    `paragraphs_of` loads a source's paragraphs when it was indexed from its shingles alone
    (`add_shingles`) or has left the LOADED recent ones, so a big database is indexed
    without reading its texts or holding them in memory; `postings` keeps the shingles
    (in memory unless given).
    """

    def __init__(
        self,
        paragraphs_of: Callable[[int], list[str]] | None = None,
        postings: Postings | None = None,
    ) -> None:
        self._paragraphs: dict[int, list[str]] = {}
        self._paragraphs_of = paragraphs_of
        self._loaded: dict[int, list[str]] = {}
        self._postings: Postings = postings if postings is not None else MemoryPostings()

    def add(
        self, source_id: int, paragraphs: list[str], *, fingerprinted: Fingerprint | None = None
    ) -> Fingerprint:
        prints = fingerprinted or fingerprint(paragraphs)
        if self._paragraphs_of is None:
            self._paragraphs[source_id] = prints.paragraphs
        else:  # can be loaded again: keep only the recent ones
            self._remember(source_id, prints.paragraphs)
        self.add_shingles(source_id, prints.shingles)
        return prints

    def add_shingles(self, source_id: int, shingles: Iterable[int]) -> None:
        self._postings.add(source_id, shingles)

    def find(
        self, paragraphs: list[str], *, fingerprinted: Fingerprint | None = None
    ) -> CopyMatch | None:
        """The earlier source this article copies, if any (best coverage, then earliest)."""
        prints = fingerprinted or fingerprint(paragraphs)
        total = sum(prints.words)
        if not total:
            return None
        postings = self._postings.lookup(prints.shingles)
        hits: Counter[int] = Counter()
        for posting in postings.values():
            if len(posting) <= MAX_POSTINGS:
                hits.update(posting)
        ranked = sorted((-n, sid) for sid, n in hits.items() if n >= MIN_HITS)
        if not ranked:
            return None
        mine = _evidence(prints, postings)
        best: CopyMatch | None = None
        for _, sid in ranked[:CANDIDATES]:
            match = self._confirm(sid, mine, total)
            if match is not None and (
                best is None
                or match.score > best.score
                or (match.score == best.score and sid < best.source_id)
            ):
                best = match
        return best

    def _theirs(self, sid: int) -> list[str]:
        found = self._paragraphs.get(sid)
        if found is None:
            found = self._loaded.get(sid)
        if found is None:
            if self._paragraphs_of is None:
                raise KeyError(sid)
            found = [_normal(p) for p in self._paragraphs_of(sid)]
            self._remember(sid, found)
        return found

    def _remember(self, sid: int, paragraphs: list[str]) -> None:
        if len(self._loaded) >= LOADED:
            del self._loaded[next(iter(self._loaded))]
        self._loaded[sid] = paragraphs

    def _confirm(
        self, sid: int, mine: list[tuple[str, int, set[int] | None]], total: int
    ) -> CopyMatch | None:
        """Word coverage by matching paragraphs, or None once the threshold is out of reach."""
        need = COPY_THRESHOLD * total
        possible = [(p, n) for p, n, sharing in mine if sharing is None or sid in sharing]
        left = sum(n for _, n in possible)
        if left < need:
            return None
        theirs = self._theirs(sid)
        exact = set(theirs)
        covered = matched = 0
        for para, words in possible:
            if covered + left < need:
                return None
            left -= words
            if (
                para in exact
                or process.extractOne(para, theirs, scorer=fuzz.ratio, score_cutoff=PARAGRAPH_MATCH)
                or _trimmed(para, theirs)
            ):
                covered += words
                matched += 1
        if covered < need:
            return None
        return CopyMatch(sid, round(covered / total, 3), matched)


def _evidence(
    prints: Fingerprint, postings: dict[int, Sequence[int]]
) -> list[tuple[str, int, set[int] | None]]:
    """Each paragraph worth comparing, its word count, and the sources it can match.

    A paragraph with GATE shingles whose postings are complete (not boilerplate) can
    only match a source holding one of them; with fewer, it is compared with any.
    Longest first, so that a source which cannot reach the threshold is dropped early.
    """
    mine = []
    for para, words, shingles in zip(
        prints.paragraphs, prints.words, prints.by_paragraph, strict=True
    ):
        if words < MIN_WORDS:
            continue
        known = 0
        sharing: set[int] = set()
        for h in shingles:
            posting = postings.get(h)
            if posting is None:
                known += 1
            elif len(posting) <= MAX_POSTINGS:
                known += 1
                sharing.update(posting)
        mine.append((para, words, sharing if known >= GATE else None))
    mine.sort(key=lambda m: -m[1])
    return mine


def _trimmed(para: str, theirs: list[str]) -> bool:
    """A paragraph trimmed from a longer one (or the other way): partial match, if at least
    half the length; the expensive partial_ratio runs only where LCS_BOUND allows it."""
    size = len(para)
    for other in theirs:
        shorter = min(size, len(other))
        if shorter < 0.5 * max(size, len(other)):
            continue
        cutoff = math.ceil(LCS_BOUND * shorter - 1e-9)  # never above the bound by rounding
        if LCSseq.similarity(para, other, score_cutoff=cutoff) < cutoff:
            continue
        if fuzz.partial_ratio(para, other, score_cutoff=PARAGRAPH_MATCH):
            return True
    return False
