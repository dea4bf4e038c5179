"""Grouping's TF-IDF is scikit-learn's to the last bit (`stories.tfidf` makes it without
importing scikit-learn)."""

import random

import pytest

from tests.unit.sklearn_tfidf import sklearn_vectorizer
from workbench.stories.similarity import Vectors, terms
from workbench.stories.tfidf import TOKEN_PATTERN, stop_words

sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")

TEXTS = [
    "Two men were shot on Elm Street late Friday; one died at the hospital.",
    "POLICE: The 19-year-old n_ana_ruiz was the driver, and she wasn't hurt.",
    "Café owners said they'd heard 3 shots around 2:40 a.m. near the café.",
    "",
    "a an the of",
    "Über-fast naïve résumé, x y z 42 4200 block",
]


def _analyzer():
    vectorizer = sklearn_text.TfidfVectorizer(stop_words="english", token_pattern=TOKEN_PATTERN)
    return vectorizer.build_analyzer()


def test_stop_words_are_scikit_learns():
    assert stop_words() == sklearn_text.ENGLISH_STOP_WORDS


def test_terms_are_scikit_learns_analyzer():
    analyze = _analyzer()
    for text in TEXTS:
        assert terms(text) == list(analyze(text))


def test_vectors_are_scikit_learns_to_the_last_bit():
    rng = random.Random(7)
    words = [f"w{i}" for i in range(300)] + ["n_ana_ruiz", "a_hale_19"]
    frequency = {w: rng.randint(1, 40) for w in words}
    documents = 120
    # Some documents repeat a few terms many times: counts up to dozens, not only ones.
    pools = [rng.sample([*words, "unseen"], rng.choice((3, 10, 100))) for _ in range(60)]
    docs = [[rng.choice(pool) for _ in range(rng.randint(0, 80))] for pool in pools]
    vectors = Vectors(frequency, documents)
    vectors.prepare(list(enumerate(docs)))
    vectorizer = sklearn_vectorizer(frequency, documents)
    made = vectorizer.transform([list(d) for d in docs])
    for row, _doc in enumerate(docs):
        start, end = made.indptr[row], made.indptr[row + 1]
        expected = dict(
            zip(made.indices[start:end].tolist(), made.data[start:end].tolist(), strict=True)
        )
        assert list(vectors.rows[row].items()) == list(expected.items())
