"""The writer stores a batch of articles per transaction, whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.extraction import BATCH_SOURCES, claims_of, extract_batches
from workbench.ingest import ingest_paths, loader
from workbench.ingest.api import read_inputs
from workbench.ingest.loader import Loader
from workbench.ingest.prepare import prepare
from workbench.ingest.report import IngestReport
from workbench.pool import WORKERS_ENV
from workbench.store import Store

ARTICLES = BATCH_SOURCES + 4


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(ARTICLES):
        (folder / f"a{n:02d}.txt").write_text(
            f"Report {n}. Police said {n + 3} people were arrested in Lakeside on Monday.\n"
        )
    return folder


def _commits(store: Store) -> list[str]:
    seen: list[str] = []
    store.db.conn.set_trace_callback(
        lambda sql: seen.append(sql) if sql.strip().upper() == "COMMIT" else None
    )
    return seen


@pytest.mark.parametrize("analyze", [False, True])
def test_an_ingest_commits_once_per_batch_not_per_article(tmp_path, monkeypatch, analyze):
    monkeypatch.setenv(WORKERS_ENV, "1")
    folder = _folder(tmp_path)
    batches: list[int] = []
    commits_storing: list[int] = []
    load_batch = Loader.load_batch

    def counted(self, batch):
        before = len(commits)
        batches.append(len(batch))
        load_batch(self, batch)
        commits_storing.append(len(commits) - before)

    monkeypatch.setattr(Loader, "load_batch", counted)
    with Store(tmp_path / "x.db") as store:
        commits = _commits(store)
        report = ingest_paths(store, [folder], analyze=analyze)
        stored = store.db["sources"].count
    assert batches == [BATCH_SOURCES, ARTICLES - BATCH_SOURCES]
    assert stored == len(report.added) == ARTICLES
    # One commit a batch (the first may also mark the copy index's scheme, once).
    assert commits_storing[1:] == [1] and commits_storing[0] <= 2


def test_a_failure_inside_a_batch_stores_none_of_it_and_reports_none_of_it(tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    prepared = [
        a
        for item in read_inputs(sorted(map(str, folder.iterdir())), {}, None)
        for a in prepare(item)
    ]
    store_article = loader._store_article
    calls = [0]

    def fails_third(*args, **kwargs):
        calls[0] += 1
        if calls[0] == 3:
            raise RuntimeError("disk full")
        return store_article(*args, **kwargs)

    monkeypatch.setattr(loader, "_store_article", fails_third)
    with Store(tmp_path / "x.db") as store:
        report = IngestReport()
        load = Loader(store, report)
        with pytest.raises(RuntimeError):
            load.load_batch([(a, None) for a in prepared[:5]])
        assert store.db["sources"].count == 0
        assert report.added == []
        load.load_batch([(a, None) for a in prepared[:5]])
        assert store.db["sources"].count == len(report.added) == 5


def test_extracted_claims_come_a_batch_at_a_time_in_order(tmp_path, monkeypatch):
    monkeypatch.setenv(WORKERS_ENV, "1")
    with Store(tmp_path / "x.db") as store:
        ingest_paths(store, [_folder(tmp_path)], analyze=False)
        jobs = [(store.source(h.id), store.sentences(h.id)) for h in store.source_headers()]
    jobs[1] = None  # nothing to extract: its place is kept
    found = list(extract_batches(iter(jobs), total=len(jobs)))
    assert [len(batch) for batch in found] == [BATCH_SOURCES, ARTICLES - BATCH_SOURCES]
    flat = [claims for batch in found for claims in batch]
    alone = [claims_of(job) for job in jobs]
    assert flat[1] is None and alone[1] is None
    assert [_shape(c) for c in flat if c is not None] == [_shape(c) for c in alone if c is not None]


def _shape(claims) -> list[tuple]:
    return [(c.kind, c.start, c.end, c.text, c.role, repr(c.value)) for c in claims]


def _rows(store: Store) -> tuple:
    return tuple(
        tuple(store.db.execute(f"SELECT {columns} FROM {table} ORDER BY 1").fetchall())
        for table, columns in (
            ("sources", "id, file, text, content_hash, copy_of, copy_score, word_count"),
            ("sentences", "*"),
            ("claims", "*"),
        )
    )


def test_articles_prepared_by_the_check_child_are_stored_as_if_prepared_here(tmp_path, monkeypatch):
    """With analysis the check's child prepares each article in full and spools it; the
    load reads them back and prepares nothing again, and stores the same rows."""
    from workbench.ingest import api, check_aside

    monkeypatch.setenv(WORKERS_ENV, "1")
    folder = _folder(tmp_path)
    (folder / "a03_copy.txt").write_text((folder / "a03.txt").read_text())
    prepared_here: list[bool] = []
    real_prepare = api.prepare

    def counted_prepare(item, **kwargs):
        prepared_here.append(kwargs.get("full", True))
        return real_prepare(item, **kwargs)

    monkeypatch.setattr(api, "prepare", counted_prepare)
    with Store(tmp_path / "spooled.db") as store:
        spooled = ingest_paths(store, [folder])
        rows = _rows(store)
    assert True not in prepared_here  # the load read the child's articles
    monkeypatch.delattr(check_aside.os, "fork")  # no child: checked and prepared here
    prepared_here.clear()
    with Store(tmp_path / "here.db") as store:
        here = ingest_paths(store, [folder])
        assert _rows(store) == rows
    assert True in prepared_here
    assert [a.file for a in spooled.added] == [a.file for a in here.added]
    assert [s.reason for s in spooled.skipped] == [s.reason for s in here.skipped]


def test_the_articles_are_stored_with_the_heap_frozen_and_it_is_unfrozen_after(
    tmp_path, monkeypatch
):
    import gc

    monkeypatch.setenv(WORKERS_ENV, "1")
    frozen: list[int] = []
    load_batch = Loader.load_batch

    def counted(self, batch):
        frozen.append(gc.get_freeze_count())
        load_batch(self, batch)

    monkeypatch.setattr(Loader, "load_batch", counted)
    gc.unfreeze()
    with Store(tmp_path / "x.db") as store:
        ingest_paths(store, [_folder(tmp_path)], analyze=False)
    assert frozen and min(frozen) > 0
    assert gc.get_freeze_count() == 0
