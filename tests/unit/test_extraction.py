"""Batched extraction: sources parsed together get exactly the claims each gets alone."""

from __future__ import annotations

from pathlib import Path

from workbench.extraction import BATCH_SOURCES, claims_of_batch, extract_many
from workbench.ingest.api import ingest_paths
from workbench.pool import WORKERS_ENV
from workbench.store import Store

CORPORA = Path(__file__).resolve().parents[1] / "corpora"


def _jobs(store: Store) -> list:
    return [(store.source(h.id), store.sentences(h.id)) for h in store.source_headers()]


def _shape(claims) -> list[tuple]:
    return [(c.kind, c.start, c.end, c.text, c.role, repr(c.value)) for c in claims]


def test_a_batch_gives_each_source_its_own_claims_and_parses_each_sentence_once(tmp_path):
    files = sorted(CORPORA.glob("*/*.txt"))[:6]
    with Store(tmp_path / "x.db") as store:
        ingest_paths(store, files, analyze=False)
        jobs = _jobs(store)
    copy = (jobs[0][0], jobs[0][1])  # the same article twice: its sentences parsed once
    together, fresh, rows = claims_of_batch(([*jobs, None, copy], {}, False))
    alone = [claims_of_batch(([job], {}, False))[0][0] for job in jobs]
    assert [_shape(c) for c in together[: len(jobs)]] == [_shape(c) for c in alone]
    assert together[len(jobs)] is None
    assert _shape(together[-1]) == _shape(alone[0])
    keys = [key for key, _data in fresh]
    assert len(keys) == len(set(keys)) > 0
    assert rows == []  # grouping's features only when asked


def test_cached_parses_are_used_and_new_ones_handed_back_in_order(tmp_path, monkeypatch):
    monkeypatch.setenv(WORKERS_ENV, "1")
    files = sorted(CORPORA.glob("*/*.txt"))
    assert len(files) > BATCH_SOURCES  # more than one batch
    with Store(tmp_path / "x.db") as store:
        ingest_paths(store, files, analyze=False)
        jobs = _jobs(store)
        first = [_shape(c) for c in extract_many(iter(jobs), total=len(jobs), cache=store)]
        saved = store.db["parses"].count
        assert saved > 0

        def no_parsing(texts):
            raise AssertionError(f"parsed again: {list(texts)[:1]}")

        monkeypatch.setattr("workbench.parse.batch.parse_texts", no_parsing)
        again = [_shape(c) for c in extract_many(iter(jobs), total=len(jobs), cache=store)]
        assert again == first
        assert store.db["parses"].count == saved
