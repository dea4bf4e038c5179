"""The sample database: built from the bundled articles, atomically, never over a file."""

from __future__ import annotations

import pytest

from workbench.sample import build_sample, sample_inputs
from workbench.store import Store


def test_bundled_articles_travel_with_their_metadata():
    inputs = sample_inputs()
    assert [i.name[:3] for i in inputs] == ["000", "001", "002", "003", "004"]
    by_name = {i.name[:3]: i.meta for i in inputs}
    assert by_name["001"] == {"outlet": None, "url": None, "published": None, "title": None}
    assert by_name["004"]["published"] == "2019-04-30"


def test_sample_database_content(sample_store):
    sources = sample_store.sources()
    assert len(sources) == 5
    ids = {s.file[:3]: s.id for s in sources}
    assert {s.file[:3]: s.copy_of for s in sources} == {
        "000": None,
        "001": ids["000"],
        "002": None,
        "003": None,
        "004": None,
    }
    assert sources[1].outlet is None and sources[1].published is None  # unknown stays unknown
    assert all(sample_store.sentences(s.id) for s in sources)
    assert sample_store.search_sentences("detained")


def test_refuses_to_overwrite_without_force(tmp_path):
    path = tmp_path / "s.db"
    path.write_bytes(b"precious")
    with pytest.raises(FileExistsError):
        build_sample(path)
    assert path.read_bytes() == b"precious"
    build_sample(path, force=True)
    with Store(path) as store:
        assert len(store.sources()) == 5


def test_a_failed_build_leaves_nothing_behind(tmp_path, monkeypatch):
    import workbench.sample as sample

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(sample, "ingest_inputs", boom)
    with pytest.raises(RuntimeError):
        build_sample(tmp_path / "s.db")
    assert list(tmp_path.iterdir()) == []


def test_force_replaces_an_open_wal_database_cleanly(tmp_path):
    path = tmp_path / "s.db"
    build_sample(path)
    with Store(path) as store:
        with store.transaction():
            store.set_meta("marker", "old")
        build_sample(path, force=True)
    with Store(path) as store:
        assert store.get_meta("marker") is None
        assert len(store.sources()) == 5
