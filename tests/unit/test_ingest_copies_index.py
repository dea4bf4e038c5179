"""Copy detection's stored shingles: an ingest into a big database looks up the new
article's own shingles in an indexed table (never the whole index, never every text), and
a database without them (older schema, other scheme) gets them once."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import sqlite_utils

from workbench.ingest import ingest_paths
from workbench.ingest.clean import clean
from workbench.ingest.copies import MAX_POSTINGS, METHOD, CopyIndex, MemoryPostings, fingerprint
from workbench.ingest.decode import normalise
from workbench.store import Store
from workbench.store.copy_shingles import METHOD_KEY
from workbench.store.schema import MIGRATIONS

SAMPLE = Path(__file__).resolve().parent.parent.parent / "sample_db"


def _sample(name: str) -> Path:
    [path] = SAMPLE.glob(f"{name}_*.txt")
    return path


def _paragraphs(name: str) -> list[str]:
    return clean(normalise(_sample(name).read_text(encoding="utf-8"))).paragraphs


def _indexed(store: Store) -> list[int]:
    return [r[0] for r in store.db.execute("SELECT source_id FROM copy_indexed ORDER BY 1")]


def test_ingest_indexes_each_source_and_finds_copies_from_the_table(store, monkeypatch):
    ingest_paths(store, [_sample("000"), _sample("003")], analyze=False)
    assert _indexed(store) == [1, 2]
    stored = store.db.execute("SELECT count(DISTINCT shingle) FROM copy_shingles").fetchone()[0]
    shingles = fingerprint(_paragraphs("000")).shingles | fingerprint(_paragraphs("003")).shingles
    assert stored == len(shingles)

    def no_rebuild(*_args):
        raise AssertionError("the copy index must come from the stored shingles")

    monkeypatch.setattr(store, "sources", no_rebuild)
    report = ingest_paths(store, [_sample("001")], analyze=False)
    assert report.added[0].copy_of == 1
    assert _indexed(store) == [1, 2, 3]


def test_one_article_reads_only_its_own_shingles_postings(store, monkeypatch):
    ingest_paths(store, [_sample(n) for n in ("000", "002", "003", "004")], analyze=False)
    asked: list[set[int]] = []
    lookup = store.copy_postings

    def recording(shingles, **options):
        wanted = set(shingles)
        asked.append(wanted)
        return lookup(wanted, **options)

    monkeypatch.setattr(store, "copy_postings", recording)
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        report = ingest_paths(store, [_sample("001")], analyze=False)
    finally:
        store.db.conn.set_trace_callback(None)
    assert report.added[0].copy_of == 1
    assert asked == [set(fingerprint(_paragraphs("001")).shingles)]
    reads = [s for s in statements if "copy_shingles" in s and s.lstrip().startswith("SELECT")]
    assert len(reads) == 1
    plan = " ".join(row[-1] for row in store.db.execute("EXPLAIN QUERY PLAN " + reads[0]))
    assert "SEARCH copy_shingles USING PRIMARY KEY" in plan and "SCAN copy_shingles" not in plan


def test_a_boilerplate_shingle_keeps_only_enough_postings_to_be_known(store):
    with store.transaction():
        for sid in range(1, MAX_POSTINGS + 10):
            store.add_source(file=f"{sid}.txt", raw=b"x", text="x", content_hash=str(sid))
            store.add_copy_shingles(sid, [7, sid * 1000], keep=MAX_POSTINGS + 1)
    found = store.copy_postings([7, 1000, 5])
    assert len(found[7]) == MAX_POSTINGS + 1 and found[1000] == [1] and 5 not in found
    assert found[7] == list(range(1, MAX_POSTINGS + 2))
    counted = store.copy_postings([7, 1000, 5], most=MAX_POSTINGS)
    assert len(counted[7]) == MAX_POSTINGS + 1 and counted[1000] == [1] and 5 not in counted
    assert store.copy_postings([7], most=MAX_POSTINGS + 1)[7] == found[7]
    memory = MemoryPostings()
    for sid in range(1, MAX_POSTINGS + 10):
        memory.add(sid, [7])
    assert len(memory.lookup([7])[7]) == MAX_POSTINGS + 1


def test_missing_or_stale_shingles_are_made_again(store):
    ingest_paths(store, [_sample("000"), _sample("003")], analyze=False)
    store.db.execute("DELETE FROM copy_shingles WHERE source_id = 1")
    store.db.execute("DELETE FROM copy_indexed WHERE source_id = 1")
    report = ingest_paths(store, [_sample("001")], analyze=False)
    assert report.added[0].copy_of == 1 and _indexed(store) == [1, 2, 3]

    store.set_meta(METHOD_KEY, "an older scheme")
    store.db.execute("UPDATE copy_shingles SET shingle = -shingle")  # what it would have made
    report = ingest_paths(store, [_sample("004")], analyze=False)
    assert store.get_meta(METHOD_KEY) == METHOD and _indexed(store) == [1, 2, 3, 4]
    assert report.added[0].copy_of is None
    back = store.db.execute("SELECT count(*) FROM copy_shingles WHERE source_id = 1").fetchone()[0]
    assert back == len(fingerprint(_paragraphs("000")).shingles)


def _old_database(path: Path, version: int) -> sqlite_utils.Database:
    db = sqlite_utils.Database(sqlite3.connect(path))
    for step in range(1, version + 1):
        MIGRATIONS[step](db)
    db.execute(f"PRAGMA user_version = {version}")
    text = _sample("000").read_text(encoding="utf-8")
    db["sources"].insert({"file": "000.txt", "raw": b"x", "text": text, "content_hash": "h"})
    return db


def test_a_database_from_before_fingerprints_is_migrated_and_still_finds_copies(tmp_path):
    db = _old_database(tmp_path / "old.db", 1)
    db.conn.commit()
    db.close()
    shutil.copy(_sample("001"), tmp_path / "copy.txt")
    with Store(tmp_path / "old.db") as store:
        report = ingest_paths(store, [tmp_path / "copy.txt"], analyze=False)
        assert report.added[0].copy_of == 1
        assert _indexed(store) == [1, 2]


def test_stored_fingerprint_blobs_move_into_the_table(tmp_path):
    db = _old_database(tmp_path / "v8.db", 8)
    blob = fingerprint(clean(normalise(db["sources"].get(1)["text"])).paragraphs).pack()
    db["copy_fingerprints"].insert({"source_id": 1, "method": METHOD, "shingles": blob})
    db.conn.commit()
    db.close()
    with Store(tmp_path / "v8.db") as store:
        assert "copy_fingerprints" not in store.db.table_names()
        assert _indexed(store) == [1] and store.get_meta(METHOD_KEY) == METHOD
        shutil.copy(_sample("001"), tmp_path / "copy.txt")
        report = ingest_paths(store, [tmp_path / "copy.txt"], analyze=False)
        assert report.added[0].copy_of == 1


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
