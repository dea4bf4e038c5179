"""Copy detection: is a new article a syndicated or scraped copy of an earlier one?

A copy repeats most of its paragraphs from one earlier source, perhaps shortened or
lightly edited. Comparing every paragraph with every paragraph is quadratic in the
corpus, so candidates are found first through a sampled index of word 5-gram shingles,
and only the few best candidates are confirmed paragraph by paragraph with rapidfuzz.
Quoting a few paragraphs of another report (wire copy inside a blog post) stays well
under the threshold.
"""

from __future__ import annotations

import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

SHINGLE = 5
SAMPLE = 4
"""Keep one shingle in SAMPLE (by a stable hash), enough to find a copy, a quarter the memory."""
MIN_WORDS = 8
"""Shorter paragraphs ("He declined to comment.") are too common to prove copying."""
MAX_POSTINGS = 50
"""A shingle shared by more paragraphs than this is boilerplate, not evidence."""
MIN_HITS = 3
CANDIDATES = 3
PARAGRAPH_MATCH = 88.0
COPY_THRESHOLD = 0.6
"""Share of the new article's words that must sit in paragraphs matching the candidate."""


@dataclass(frozen=True, slots=True)
class CopyMatch:
    source_id: int
    score: float
    """Share of the article's words found in the earlier source (0..1)."""
    paragraphs: int
    """How many of the article's paragraphs matched."""


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
    ids = [_word_id(w) for w in words]
    grams = zip(*(ids[i:] for i in range(SHINGLE)), strict=False)
    return {h for h in map(hash, grams) if h % SAMPLE == 0}


def fingerprint(paragraphs: list[str]) -> tuple[list[str], set[int]]:
    """Normalised paragraphs and their sampled shingles, computed once per article."""
    normal = [_normal(p) for p in paragraphs]
    shingles: set[int] = set()
    for para in normal:
        words = para.split()
        if len(words) >= MIN_WORDS:
            shingles |= _shingles(words)
    return normal, shingles


class CopyIndex:
    """The paragraphs of every source seen so far, and a shingle index over them."""

    def __init__(self) -> None:
        self._paragraphs: dict[int, list[str]] = {}
        self._postings: dict[int, list[int]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self._paragraphs)

    def add(
        self, source_id: int, paragraphs: list[str], *, fingerprinted: tuple | None = None
    ) -> None:
        normal, shingles = fingerprinted or fingerprint(paragraphs)
        self._paragraphs[source_id] = normal
        for h in shingles:
            posting = self._postings[h]
            if len(posting) <= MAX_POSTINGS:
                posting.append(source_id)

    def find(
        self, paragraphs: list[str], *, fingerprinted: tuple | None = None
    ) -> CopyMatch | None:
        """The earlier source this article copies, if any (best coverage, then earliest)."""
        normal, shingles = fingerprinted or fingerprint(paragraphs)
        total = sum(len(p.split()) for p in normal)
        if not total:
            return None
        hits: Counter[int] = Counter()
        for h in shingles:
            posting = self._postings.get(h)
            if posting and len(posting) <= MAX_POSTINGS:
                hits.update(posting)
        best: CopyMatch | None = None
        ranked = sorted((sid for sid, n in hits.items() if n >= MIN_HITS), key=lambda s: -hits[s])
        for sid in ranked[:CANDIDATES]:
            match = self._confirm(sid, normal, total)
            if match.score >= COPY_THRESHOLD and (
                best is None
                or match.score > best.score
                or (match.score == best.score and sid < best.source_id)
            ):
                best = match
        return best

    def _confirm(self, sid: int, normal: list[str], total: int) -> CopyMatch:
        theirs = self._paragraphs[sid]
        covered = matched = 0
        for para in normal:
            words = len(para.split())
            if words < MIN_WORDS:
                continue
            found = process.extractOne(
                para, theirs, scorer=fuzz.ratio, score_cutoff=PARAGRAPH_MATCH
            ) or process.extractOne(para, theirs, scorer=_shortened, score_cutoff=PARAGRAPH_MATCH)
            if found:
                covered += words
                matched += 1
        return CopyMatch(sid, round(covered / total, 3), matched)


def _shortened(a: str, b: str, *, score_cutoff: float | None = None, **_: object) -> float:
    """A paragraph trimmed from a longer one: partial match, if at least half the length."""
    if min(len(a), len(b)) < 0.5 * max(len(a), len(b)):
        return 0.0
    return fuzz.partial_ratio(a, b, score_cutoff=score_cutoff or 0)
