"""The similarities grouping decides on are the ones sparse matrices give, to the last bit."""

from __future__ import annotations

import random

from workbench.stories.similarity import Vectors


def _reference(vectors: Vectors, article, others, groups):
    """The same figures through scipy's sparse products and scikit-learn's normalize."""
    import numpy as np
    from scipy.sparse import csr_matrix, vstack
    from sklearn.preprocessing import normalize

    made = vectors.vectorizer.transform([list(t) for _k, t in [article, *others]])
    matrix = vstack([made[i] for i in range(made.shape[0])], format="csr")
    keys = sorted(set(groups))
    rows = {k: i for i, k in enumerate(keys)}
    membership = csr_matrix(
        (np.ones(len(groups)), ([rows[g] for g in groups], range(len(groups)))),
        shape=(len(keys), len(groups)),
    )
    column = matrix[0].T
    each = (matrix[1:] @ column).toarray().ravel()
    together = (normalize(membership @ matrix[1:]) @ column).toarray().ravel()
    return [float(x) for x in each], {k: float(together[rows[k]]) for k in keys}


def test_similarities_equal_the_sparse_products_exactly():
    rng = random.Random(5)
    words = [f"w{i}" for i in range(300)]
    frequency = {w: rng.randint(1, 40) for w in words}
    for trial in range(200):
        vectors = Vectors(frequency, 500)
        pick = lambda: tuple(rng.choices(words, k=rng.randint(1, 60)))  # noqa: E731
        article = (0, (*pick(), "unknown"))
        others = [(i, pick()) for i in range(1, rng.randint(2, 30))]
        groups = [rng.randint(1, 6) for _ in others]
        got = vectors.similarities(article, others, groups)
        assert got == _reference(vectors, article, others, groups), trial


def test_no_others_and_no_shared_terms():
    vectors = Vectors({"fire": 3, "flood": 2}, 10)
    assert vectors.similarities((1, ("fire",)), [], []) == ([], {})
    assert vectors.similarities((1, ("fire",)), [(2, ("flood",))], [7]) == ([0.0], {7: 0.0})


def test_articles_without_any_term_have_empty_vectors_and_no_similarity():
    """A run whose articles share no distinctive term (24 one-line reports alike) has an
    empty vocabulary: every vector is empty, nothing is similar, nothing fails."""
    vectors = Vectors({}, 0)
    each, together = vectors.similarities((1, []), [(2, []), (3, [])], [7, 7])
    assert each == [0.0, 0.0] and together == {7: 0.0}
