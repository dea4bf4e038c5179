"""Copy detection's stored fingerprints: an ingest into a big database reads shingles, not
every text, and a database without them (older schema, other scheme) gets them once."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import sqlite_utils

from workbench.ingest import ingest_paths
from workbench.ingest.clean import clean
from workbench.ingest.copies import METHOD, CopyIndex, fingerprint, unpack
from workbench.ingest.decode import normalise
from workbench.store import Store
from workbench.store.schema import _migrate_1

SAMPLE = Path(__file__).resolve().parent.parent.parent / "sample_db"


def _sample(name: str) -> Path:
    [path] = SAMPLE.glob(f"{name}_*.txt")
    return path


def _paragraphs(name: str) -> list[str]:
    return clean(normalise(_sample(name).read_text(encoding="utf-8"))).paragraphs


def test_stored_shingles_find_what_the_paragraphs_find():
    original, other, copy = _paragraphs("000"), _paragraphs("003"), _paragraphs("001")
    texts = {1: other, 2: original}
    in_memory = CopyIndex()
    stored = CopyIndex(paragraphs_of=texts.__getitem__)
    for sid, paragraphs in texts.items():
        in_memory.add(sid, paragraphs)
        stored.add_shingles(sid, unpack(fingerprint(paragraphs).pack()))
    assert sorted(unpack(fingerprint(original).pack())) == sorted(fingerprint(original).shingles)
    assert stored.find(copy) == in_memory.find(copy)
    assert stored.find(copy).source_id == 2


def test_ingest_stores_one_fingerprint_per_source_and_reuses_them(store, monkeypatch):
    ingest_paths(store, [_sample("000"), _sample("003")], analyze=False)
    rows = store.db.execute("SELECT source_id, method FROM copy_fingerprints").fetchall()
    assert sorted(rows) == [(1, METHOD), (2, METHOD)]

    def no_rebuild():
        raise AssertionError("the copy index must come from the stored fingerprints")

    monkeypatch.setattr(store, "sources", no_rebuild)
    report = ingest_paths(store, [_sample("001")], analyze=False)
    assert report.added[0].copy_of == 1


def test_missing_or_stale_fingerprints_are_made_again(store):
    ingest_paths(store, [_sample("000"), _sample("003")], analyze=False)
    store.db.execute("DELETE FROM copy_fingerprints WHERE source_id = 1")
    store.db.execute("UPDATE copy_fingerprints SET method = 'older', shingles = x'00'")
    report = ingest_paths(store, [_sample("001")], analyze=False)
    assert report.added[0].copy_of == 1
    rows = store.db.execute("SELECT source_id, method FROM copy_fingerprints").fetchall()
    assert sorted(rows) == [(1, METHOD), (2, METHOD), (3, METHOD)]


def test_a_database_from_before_fingerprints_is_migrated_and_still_finds_copies(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(sqlite3.connect(path))
    _migrate_1(db)
    db.execute("PRAGMA user_version = 1")
    text = _sample("000").read_text(encoding="utf-8")
    db["sources"].insert({"file": "000.txt", "raw": b"x", "text": text, "content_hash": "h"})
    db.conn.commit()
    db.close()
    shutil.copy(_sample("001"), tmp_path / "copy.txt")
    with Store(path) as store:
        report = ingest_paths(store, [tmp_path / "copy.txt"], analyze=False)
        assert report.added[0].copy_of == 1
        assert store.db["copy_fingerprints"].count == 2


def test_paragraphs_dropped_from_memory_are_loaded_again(monkeypatch):
    import workbench.ingest.copies as copies

    monkeypatch.setattr(copies, "LOADED", 2)
    texts = {1: _paragraphs("000"), 2: _paragraphs("003"), 3: _paragraphs("004")}
    loaded = []
    index = CopyIndex(paragraphs_of=lambda sid: loaded.append(sid) or texts[sid])
    for sid, paragraphs in texts.items():
        index.add(sid, paragraphs)
    match = index.find(_paragraphs("001"))
    assert match is not None and match.source_id == 1 and loaded == [1]
