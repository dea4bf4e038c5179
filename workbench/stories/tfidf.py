"""The two pieces of scikit-learn's TF-IDF that grouping uses, without importing it.

Grouping used `TfidfVectorizer` for an analyzer (words of two or more characters, lower
case, English stop words dropped) and for unit vectors (sublinear term frequency times the
database's smoothed inverse document frequency, divided by the row's length). Importing
scikit-learn costs about 1.1 CPU s, and an ingest paid it before its workers were forked,
with the other core idle: about a second of wall on every ingest of many articles. Both
pieces are a few lines: made here in the same operations, in the same order (numpy's `log`
on the row data, scikit-learn's row-by-row sum of squares), so every vector is the same to
the last bit (`tests/unit/test_stories_tfidf.py` compares them with scikit-learn's).

The stop words are scikit-learn's own list, read from its module file (the list is plain
data; the package's `__init__` is what costs the second).
"""

from __future__ import annotations

import importlib.util
import math
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from itertools import pairwise
from pathlib import Path

TOKEN_PATTERN = r"(?u)\b\w[\w_]+\b"
"""Words of two or more characters; a name token keeps its underscores ("n_eddie_holmes")."""
_STOP_WORDS_MODULE = "sklearn.feature_extraction._stop_words"


@cache
def stop_words() -> frozenset[str]:
    """scikit-learn's English stop words (`ENGLISH_STOP_WORDS`), from its module file when
    scikit-learn is not imported yet; imported the usual way if the file has moved."""
    loaded = sys.modules.get(_STOP_WORDS_MODULE)
    if loaded is None:
        found = importlib.util.find_spec("sklearn")  # finds the package, runs none of it
        folders = list(found.submodule_search_locations or []) if found else []
        path = Path(folders[0], "feature_extraction", "_stop_words.py") if folders else None
        spec = importlib.util.spec_from_file_location("_workbench_stop_words", path or "")
        if path is not None and path.is_file() and spec is not None and spec.loader:
            loaded = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(loaded)
        else:  # pragma: no cover - another scikit-learn layout
            from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

            return frozenset(ENGLISH_STOP_WORDS)
    return frozenset(loaded.ENGLISH_STOP_WORDS)


@cache
def analyzer() -> Callable[[str], list[str]]:
    """`TfidfVectorizer(stop_words="english", token_pattern=TOKEN_PATTERN)
    .build_analyzer()`: lower case, the pattern's words, stop words dropped."""
    find = re.compile(TOKEN_PATTERN).findall
    stop = stop_words()

    def analyze(document: str) -> list[str]:
        return [word for word in find(document.lower()) if word not in stop]

    return analyze


class UnitVectors:
    """`TfidfVectorizer(analyzer=<terms as given>, vocabulary=<sorted terms>,
    sublinear_tf=True, smooth_idf=True)` with its `idf_` set from document frequencies:
    each list of terms to its unit vector, {column: weight} in column order."""

    def __init__(self, frequency: Mapping[str, int], documents: int) -> None:
        import numpy as np

        terms = sorted(frequency)
        self.columns = {term: column for column, term in enumerate(terms)}
        df = np.array([max(1, frequency[t]) for t in terms], dtype=float)
        self.idf = np.log((1 + documents) / (1 + df)) + 1.0

    def rows(self, documents: Sequence[Sequence[str]]) -> list[dict[int, float]]:
        """Each document's unit vector, as scikit-learn's `transform` makes them: counts
        in column order, `log` then +1 over all the rows' data at once (numpy's, as there),
        times the columns' idf, divided by the row's length summed left to right."""
        import numpy as np

        columns: list[int] = []
        counts: list[int] = []
        ends = [0]
        for terms in documents:
            counter: dict[int, int] = {}
            for term in terms:
                column = self.columns.get(term)
                if column is not None:
                    counter[column] = counter.get(column, 0) + 1
            for column in sorted(counter):
                columns.append(column)
                counts.append(counter[column])
            ends.append(len(columns))
        data = np.array(counts, dtype=np.float64)
        np.log(data, data)
        data += 1.0
        data *= self.idf[np.array(columns, dtype=np.int64)]
        weights = data.tolist()
        out = []
        for start, end in pairwise(ends):
            row = weights[start:end]
            total = 0.0
            for weight in row:
                total += weight * weight
            if total != 0.0:
                length = math.sqrt(total)
                row = [weight / length for weight in row]
            out.append(dict(zip(columns[start:end], row, strict=True)))
        return out
