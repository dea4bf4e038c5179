"""Real news is read whole for claims: no run without a sentence end reaches the budget.

`ingest.sentences.read_for_claims` reads a run with no sentence end (a data dump, a page
flattened to one line) in its first RUN_READ characters only. On every article of
`../shared/corpora/gva/` (skipped when absent), cleaned and split as the ingest does, it
must leave nothing unread: the budget changes the claims of no real article.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import gva  # noqa: E402

pytestmark = pytest.mark.skipif(
    not gva.available(), reason=f"the real-news corpus is not at {gva.CORPUS}"
)


def test_every_real_article_is_read_whole():
    from workbench.ingest.clean import clean
    from workbench.ingest.decode import normalise
    from workbench.ingest.sentences import read_for_claims, split_sentences

    texts = [doc.get("text") or "" for doc in gva.documents().values()]
    assert len(texts) > 3000
    unread = {}
    for n, text in enumerate(texts):
        sentences = split_sentences(clean(normalise(text)).text)
        read, skipped = read_for_claims(sentences)
        if skipped or len(read) != len(sentences):
            unread[n] = skipped
    assert unread == {}
