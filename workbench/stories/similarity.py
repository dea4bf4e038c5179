"""TF-IDF cosine similarity between an article and the stored articles it could join.

scikit-learn does the text part: its analyzer turns a story text into terms (English stop
words dropped), and `TfidfVectorizer` weighs them (sublinear term frequency, smoothed
inverse document frequency, unit length), so a cosine similarity is a dot product. The document
frequencies come from the whole database (the store keeps them), not from the handful of
candidates, so a name every article mentions weighs little wherever it is compared.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

TOKEN_PATTERN = r"(?u)\b\w[\w_]+\b"
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

    def __init__(self, frequency: Mapping[str, int], documents: int) -> None:
        self.frequency = frequency
        """How many articles use each term."""
        self.documents = documents
        self.rows: dict[int, object] = {}
        self._vectorizer = None

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

    def matrix(self, items: Sequence[tuple[int, Sequence[str]]]):
        """The vectors of (id, terms) items, in order, as one sparse matrix."""
        from scipy.sparse import vstack
        from sklearn import config_context

        missing = [(key, terms) for key, terms in items if key not in self.rows]
        if missing:
            # Thousands of small calls in a run: the inputs are ours, so checks are skipped.
            with config_context(assume_finite=True, skip_parameter_validation=True):
                made = self.vectorizer.transform([list(t) for _k, t in missing])
            for row, (key, _terms) in enumerate(missing):
                self.rows[key] = made[row]
        return vstack([self.rows[key] for key, _terms in items], format="csr")

    def similarities(
        self,
        article: tuple[int, Sequence[str]],
        others: Sequence[tuple[int, Sequence[str]]],
        groups: Sequence[int],
    ) -> tuple[list[float], dict[int, float]]:
        """Cosine similarity of an article with each of `others`, and with the centroid
        (the sum of the vectors) of each group of them (`groups`: one key per other)."""
        if not others:
            return [], {}
        import numpy as np
        from scipy.sparse import csr_matrix
        from sklearn import config_context
        from sklearn.preprocessing import normalize

        matrix = self.matrix([article, *others])
        keys = sorted(set(groups))
        rows = {k: i for i, k in enumerate(keys)}
        membership = csr_matrix(
            (np.ones(len(groups)), ([rows[g] for g in groups], range(len(groups)))),
            shape=(len(keys), len(groups)),
        )
        # The vectorizer's rows have unit length: a cosine is their dot product.
        article_column = matrix[0].T
        each = (matrix[1:] @ article_column).toarray().ravel()
        with config_context(assume_finite=True, skip_parameter_validation=True):
            centroids = normalize(membership @ matrix[1:])
        together = (centroids @ article_column).toarray().ravel()
        return [float(x) for x in each], {k: float(together[rows[k]]) for k in keys}


def _identity(terms):
    return terms
