"""`stories.tfidf` makes what scikit-learn's TF-IDF made for grouping, to the last bit."""

from __future__ import annotations

import random
import subprocess
import sys

from test_stories_similarity import sklearn_analyzer, sklearn_vectorizer

from workbench.stories.tfidf import UnitVectors, analyzer, stop_words

TEXTS = [
    "Two men were SHOT dead on Main St. late Friday; n_eddie_holmes, 34, was one of them.",
    "A 3-year-old and the 19-year-old's mother: it's the third shooting in a week (police).",
    "Ünïcode wörds, Café au lait, naïve — and a_b_c under_scores with 1 2 33 444 numbers.",
    "",
    "the and of to a in is it you that he was for on are with as I his they be at one",
]


def test_the_analyzer_is_scikit_learns():
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    assert stop_words() == ENGLISH_STOP_WORDS
    theirs = sklearn_analyzer()
    for text in TEXTS:
        assert analyzer()(text) == theirs(text)


def test_unit_vectors_are_scikit_learns_to_the_last_bit():
    rng = random.Random(11)
    words = [f"w{i}" for i in range(400)]
    for trial in range(60):
        frequency = {w: rng.randint(0, 60) for w in rng.sample(words, 250)}
        documents = rng.randint(60, 5000)
        docs = [
            [*rng.choices(words, k=rng.randint(0, 80)), "unknown"]
            for _ in range(rng.randint(1, 12))
        ]
        made = sklearn_vectorizer(frequency, documents).transform(docs)
        expected = [
            dict(
                zip(
                    made.indices[made.indptr[r] : made.indptr[r + 1]].tolist(),
                    made.data[made.indptr[r] : made.indptr[r + 1]].tolist(),
                    strict=True,
                )
            )
            for r in range(len(docs))
        ]
        got = UnitVectors(frequency, documents).rows(docs)
        assert [list(row.items()) for row in got] == [list(r.items()) for r in expected], trial


def test_grouping_terms_do_not_import_scikit_learn():
    """An ingest makes terms before its workers are forked: the second scikit-learn's
    import cost was a second with the other core idle."""
    code = (
        "import sys\n"
        "from workbench.stories.similarity import Vectors, terms\n"
        "assert terms('Two men shot') == ['men', 'shot']\n"
        "Vectors({'men': 2, 'shot': 1}, 3).similarities((1, ['men']), [(2, ['shot'])], [5])\n"
        "assert not [m for m in sys.modules if m.split('.')[0] in ('sklearn', 'scipy')]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
