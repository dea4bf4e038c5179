"""scikit-learn's own `TfidfVectorizer`, fitted as grouping's vectors are: the reference the
tests hold `stories.tfidf` to."""

import numpy as np


def sklearn_vectorizer(frequency, documents):
    """A fitted vectoriser of these document frequencies (terms sorted, `smooth_idf`)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    terms = sorted(frequency)
    vectorizer = TfidfVectorizer(
        analyzer=lambda t: t,
        vocabulary={t: i for i, t in enumerate(terms)},
        sublinear_tf=True,
        smooth_idf=True,
    )
    df = np.array([max(1, frequency[t]) for t in terms], dtype=float)
    vectorizer.idf_ = np.log((1 + documents) / (1 + df)) + 1.0
    return vectorizer
