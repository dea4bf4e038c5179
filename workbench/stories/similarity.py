"""TF-IDF cosine similarity between an article and the stored articles it could join.

scikit-learn does the text part: its analyzer turns a story text into terms (English stop
words dropped), and `TfidfVectorizer` weighs them (sublinear term frequency, smoothed
inverse document frequency, unit length), so a cosine similarity is a dot product. The document
frequencies come from the whole database (the store keeps them), not from the handful of
candidates, so a name every article mentions weighs little wherever it is compared.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from functools import cache
from itertools import islice

TOKEN_PATTERN = r"(?u)\b\w[\w_]+\b"
KEPT = 8192
"""Vectors kept at most, the least recently used dropped first (made again, to the same
figures, if asked for again): a grouping run's memory does not grow with the database."""
"""Words of two or more characters; a name token keeps its underscores ("n_eddie_holmes")."""


@cache
def _analyzer():
    from sklearn.feature_extraction.text import TfidfVectorizer  # imported when first needed

    return TfidfVectorizer(stop_words="english", token_pattern=TOKEN_PATTERN).build_analyzer()


def terms(document: str) -> list[str]:
    """The terms of a story text, in order, repeats kept (their count is the term frequency)."""
    return list(_analyzer()(document))


class Vectors:
    """The unit TF-IDF vectors of articles for one grouping run, each made once.

    The vocabulary and the document frequencies are the database's at the start of the
    run (every new article's terms are counted before the first is placed), so an
    article's vector does not change during the run and is kept once made.
    """

    def __init__(self, frequency: Mapping[str, int], documents: int, kept: int = KEPT) -> None:
        self.frequency = frequency
        """How many articles use each term."""
        self.documents = documents
        self.rows: dict[int, dict[int, float]] = {}
        """Each article's unit vector: term index -> weight, terms in index order."""
        self.lengths: dict[int, float] = {}
        """Each article's length summed terms last first (a group of one's centroid)."""
        self._vectorizer = None
        self.kept = kept

    @property
    def vectorizer(self):
        """Made on first use (a run that places only copies needs none)."""
        if self._vectorizer is None:
            import numpy as np
            from sklearn.feature_extraction.text import TfidfVectorizer

            terms = sorted(self.frequency)
            vectorizer = TfidfVectorizer(
                analyzer=_identity,
                vocabulary={t: i for i, t in enumerate(terms)},
                sublinear_tf=True,
                smooth_idf=True,
            )
            df = np.array([max(1, self.frequency[t]) for t in terms], dtype=float)
            # As `smooth_idf` fits it, from the whole database's counts, not a sample's.
            vectorizer.idf_ = np.log((1 + self.documents) / (1 + df)) + 1.0
            self._vectorizer = vectorizer
        return self._vectorizer

    def _made(self, items: Sequence[tuple[int, Sequence[str]]]) -> None:
        """Make the vectors of the items that have none yet, in one transform."""
        from sklearn import config_context

        missing = [(key, terms) for key, terms in items if key not in self.rows]
        self._forget(len(self.rows) + len(missing) - self.kept, {key for key, _t in items})
        for key, _terms in items:  # the most recently used last
            if key in self.rows:
                self.rows[key] = self.rows.pop(key)
        if not missing:
            return
        if not self.frequency:  # no article has a term yet: every vector is empty
            self.rows.update((key, {}) for key, _terms in missing)
            return
        # Thousands of small calls in a run: the inputs are ours, so checks are skipped.
        with config_context(assume_finite=True, skip_parameter_validation=True):
            made = self.vectorizer.transform([list(t) for _k, t in missing])
        for row, (key, _terms) in enumerate(missing):
            start, end = made.indptr[row], made.indptr[row + 1]
            self.rows[key] = dict(
                zip(made.indices[start:end].tolist(), made.data[start:end].tolist(), strict=True)
            )

    def _forget(self, count: int, wanted: set[int]) -> None:
        """Drop the `count` least recently used vectors, none of those `wanted` now."""
        if count <= 0:
            return
        old = list(islice((key for key in self.rows if key not in wanted), count))
        for key in old:
            del self.rows[key]
            self.lengths.pop(key, None)

    def prepare(self, items: Sequence[tuple[int, Sequence[str]]]) -> None:
        """Make the vectors of many articles at once (each row is made on its own, so the
        figures are those of one transform per article, for a fraction of the calls)."""
        self._made(items)

    def similarities(
        self,
        article: tuple[int, Sequence[str]],
        others: Sequence[tuple[int, Sequence[str]]],
        groups: Sequence[int],
    ) -> tuple[list[float], dict[int, float]]:
        """Cosine similarity of an article with each of `others`, and with the centroid
        (the sum of the vectors) of each group of them (`groups`: one key per other).

        The vectors are a few dozen terms each: plain Python sums over the shared terms
        cost a tenth of building sparse matrices for every article. The sums are made in
        the order scipy's sparse products make them, so the figures are the same to the
        last bit."""
        if not others:
            return [], {}
        self._made([article, *others])
        mine = self.rows[article[0]]
        each = [_dot(self.rows[key], mine) for key, _terms in others]
        members: dict[int, list[int]] = {}
        for position, group in enumerate(groups):
            members.setdefault(group, []).append(position)
        together = {}
        for group in sorted(members):
            keys = [others[position][0] for position in members[group]]
            if len(keys) == 1:
                together[group] = self._alone(keys[0], mine)
                continue
            summed: dict[int, float] = {}
            for key in keys:
                for term, weight in self.rows[key].items():
                    summed[term] = summed.get(term, 0.0) + weight
            # A sparse product lists a row's terms last met first; its length is summed so.
            order = list(summed)[::-1]
            length = math.sqrt(sum_in_order(summed[t] * summed[t] for t in order))
            together[group] = _dot_in(order, summed, mine, length)
        return each, together

    def _alone(self, key: int, mine: dict[int, float]) -> float:
        """The similarity with a group of one: its vector, terms last first (as a sparse
        product lists them), normalised again by its length summed in that order."""
        row = self.rows[key]
        length = self.lengths.get(key)
        if length is None:
            length = self.lengths[key] = math.sqrt(
                sum_in_order(w * w for w in reversed(row.values()))
            )
        shared = row.keys() & mine.keys()
        return _dot_in(sorted(shared, reverse=True), row, mine, length)


def sum_in_order(values) -> float:
    """A plain left-to-right sum (not `math.fsum`, not numpy's pairwise sum)."""
    total = 0.0
    for value in values:
        total += value
    return total


def _dot(row: dict[int, float], other: dict[int, float]) -> float:
    """The dot product of a vector (its terms in index order) with another, summed in
    that order over the terms they share."""
    total = 0.0
    for term in sorted(row.keys() & other.keys()):
        total += row[term] * other[term]
    return total


def _dot_in(order, row: dict[int, float], other: dict[int, float], length: float) -> float:
    """The dot product of `row` divided by `length` (when not 0) with `other`, summed
    over `order`'s terms (those not in `other` add nothing)."""
    total = 0.0
    for term in order:
        mine = other.get(term)
        if mine is not None:
            total += (row[term] / length if length else row[term]) * mine
    return total


def _identity(terms):
    return terms
