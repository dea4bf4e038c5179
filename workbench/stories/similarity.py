"""TF-IDF cosine similarity between an article and the stored articles it could join.

scikit-learn does the text part: its analyzer turns a story text into terms (English stop
words dropped), and `TfidfVectorizer` weighs them (sublinear term frequency, smoothed
inverse document frequency, unit length) for `cosine_similarity`. The document
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


def similarities(
    article: Sequence[str],
    others: Sequence[Sequence[str]],
    document_frequency: Mapping[str, int],
    documents: int,
    groups: Sequence[int] | None = None,
) -> tuple[list[float], dict[int, float]]:
    """Cosine similarity of an article's terms with each of `others`, weighted by the
    database's document frequencies (`documents` articles in all); with `groups` (one key
    per other), also its similarity with each group's centroid (the sum of its vectors)."""
    if not others:
        return [], {}
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn import config_context
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    vocabulary = sorted(set(article).union(*others))
    index = {t: i for i, t in enumerate(vocabulary)}
    df = np.array([max(1, document_frequency.get(t, 1)) for t in vocabulary], dtype=float)
    vectorizer = TfidfVectorizer(
        analyzer=lambda terms: terms, vocabulary=index, sublinear_tf=True, smooth_idf=True
    )
    # Thousands of small calls: the inputs are ours, so sklearn's checks are skipped.
    with config_context(assume_finite=True, skip_parameter_validation=True):
        vectorizer.idf_ = np.log((1 + documents) / (1 + df)) + 1.0  # as `smooth_idf` fits it
        matrix = vectorizer.transform([list(article), *map(list, others)])
        each = [float(x) for x in cosine_similarity(matrix[0], matrix[1:])[0]]
        if groups is None:
            return each, {}
        keys = sorted(set(groups))
        rows = {k: i for i, k in enumerate(keys)}
        membership = csr_matrix(
            (np.ones(len(groups)), ([rows[g] for g in groups], range(len(groups)))),
            shape=(len(keys), len(groups)),
        )
        centroids = membership @ matrix[1:]
        together = cosine_similarity(matrix[0], centroids)[0]
    return each, {k: float(together[rows[k]]) for k in keys}
