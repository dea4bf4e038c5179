"""TF-IDF vectors as scikit-learn's `TfidfVectorizer` makes them, without importing it.

Grouping needs only its word analyzer (lower case, `TOKEN_PATTERN`, its English stop words)
and its transform (sublinear term frequency, the idf given, unit length); importing
scikit-learn for them cost 1.1 CPU s an ingest, more than placing a hundred articles. The
figures are scikit-learn's to the last bit: the logarithm is numpy's, over an array as there,
and every other step is one float operation in scikit-learn's order (the counts in term index
order, the squares summed left to right, each weight divided by the root), so stories do not
move (`tests/unit/test_stories_tfidf.py` compares both).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources

TOKEN_PATTERN = r"(?u)\b\w[\w_]+\b"
"""Words of two or more characters; a name token keeps its underscores ("n_eddie_holmes")."""
_TOKEN = re.compile(TOKEN_PATTERN)


@cache
def stop_words() -> frozenset[str]:
    """scikit-learn's English stop words (`ENGLISH_STOP_WORDS`), kept as data."""
    text = resources.files("workbench.data").joinpath("english_stop_words.json").read_text("utf-8")
    return frozenset(json.loads(text))


def analyze(document: str) -> list[str]:
    """The terms of a text, in order, repeats kept: `build_analyzer()` of a vectoriser
    with `stop_words="english"` and `TOKEN_PATTERN`."""
    stop = stop_words()
    return [t for t in _TOKEN.findall(document.lower()) if t not in stop]


def transform(
    documents: Sequence[Sequence[str]], vocabulary: Mapping[str, int], idf
) -> list[dict[int, float]]:
    """Each document's unit vector (term index -> weight, in index order): the rows of a
    fitted `TfidfVectorizer(analyzer=identity, sublinear_tf=True)`'s `transform` (`idf`:
    its `idf_`, a numpy array). Terms outside the vocabulary are left out; a document of
    none is an empty vector."""
    import numpy as np

    indices: list[int] = []
    counts: list[int] = []
    ends = []
    for terms in documents:
        found = ((vocabulary.get(term), n) for term, n in Counter(terms).items())
        for index, n in sorted((index, n) for index, n in found if index is not None):
            indices.append(index)
            counts.append(n)
        ends.append(len(indices))
    # As scikit-learn does, over the whole array: log, plus one, times the term's idf.
    data = np.log(np.array(counts, dtype=np.float64))
    data += 1.0
    data *= idf[np.array(indices, dtype=np.intp)]
    weights = data.tolist()
    rows = []
    start = 0
    for end in ends:
        row = weights[start:end]
        total = 0.0
        for weight in row:  # summed left to right, as its row normaliser does
            total += weight * weight
        if total != 0.0:
            root = math.sqrt(total)
            row = [weight / root for weight in row]
        rows.append(dict(zip(indices[start:end], row, strict=True)))
        start = end
    return rows
