"""The benchmark's synthetic corpus: deterministic, the size asked, and a truth that holds."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "corpus.py"


@pytest.fixture(scope="module")
def corpus():
    sys.path.insert(0, str(BENCH.parent))  # its corpus_*.py parts
    spec = importlib.util.spec_from_file_location("bench_corpus", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_corpus"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(corpus):
    return corpus.generate(60, seed=11)


def test_same_seed_same_corpus_other_seed_other_corpus(corpus, generated):
    again = corpus.generate(60, seed=11)
    assert json.dumps(again, sort_keys=True) == json.dumps(generated, sort_keys=True)
    other, _ = corpus.generate(60, seed=12)
    assert [r["text"] for r in other] != [r["text"] for r in generated[0]]


@pytest.mark.parametrize("count", [1, 2, 5, 37])
def test_produces_exactly_the_requested_count(corpus, count):
    records, truth = corpus.generate(count, seed=3)
    assert len(records) == count
    assert len(truth["articles"]) == count


def test_articles_are_of_realistic_length_and_distinct(generated):
    records, _ = generated
    words = [len(r["text"].split()) for r in records]
    assert min(words) >= 300
    assert max(words) <= 1500
    assert len({r["text"] for r in records}) == len(records)
    assert len({r["url"] for r in records}) == len(records)


def test_truth_references_real_articles(generated):
    records, truth = generated
    by_id = {r["id"]: r for r in records}
    events = {a["id"]: a["event"] for a in truth["articles"]}
    assert truth["conflicts"] and truth["lookalikes"] and truth["copies"]
    for c in truth["conflicts"]:
        assert c["odd_text"] in by_id[c["odd_article"]]["text"]
        assert c["other_articles"]
        for other in c["other_articles"]:
            assert events[other] == c["event"] == events[c["odd_article"]]
            assert other != c["odd_article"]
    for look in truth["lookalikes"]:
        for article, text in zip(look["articles"], look["texts"], strict=True):
            assert events[article] == look["event"]
            assert text in by_id[article]["text"]
    order = [r["id"] for r in records]
    for copy in truth["copies"]:
        assert events[copy["article"]] == events[copy["original"]]
        assert order.index(copy["original"]) < order.index(copy["article"])


def test_writes_jsonl_and_truth(corpus, tmp_path):
    corpus.main(["--articles", "8", "--seed", "5", "--out", str(tmp_path)])
    lines = (tmp_path / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 8
    assert {"text", "outlet", "url", "published", "title"} <= set(json.loads(lines[0]))
    truth = json.loads((tmp_path / "truth.json").read_text(encoding="utf-8"))
    assert truth["seed"] == 5
