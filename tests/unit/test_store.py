"""The store: schema, migrations, the append-only review log, stable claim ids."""

from __future__ import annotations

import sqlite3

import pytest

from workbench.identity import assign_ids
from workbench.models import Claim
from workbench.store import SCHEMA_VERSION, Store, StoreError


def _source(store: Store, text: str = "Some text.") -> int:
    with store.transaction():
        return store.add_source(file="a.txt", raw=text.encode(), text=text, content_hash="h" + text)


def _claim(source_id: int, text: str = "27 people", start: int = 0, **kw) -> Claim:
    return Claim(
        id=kw.pop("id", ""),
        source_id=source_id,
        kind=kw.pop("kind", "quantity"),
        text=text,
        start=start,
        end=start + len(text),
        sentence=kw.pop("sentence", "27 people were detained."),
        **kw,
    )


def test_new_database_has_schema_version_wal_and_foreign_keys(db_path):
    with Store(db_path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.db.journal_mode == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert "reviews" in store.db.table_names()
        assert {"claim_status", "conflicts_overview"} <= set(store.db.view_names())
    # Reopening does not migrate again.
    with Store(db_path) as store:
        assert store.db["schema_migrations"].count == SCHEMA_VERSION


def test_refuses_a_newer_schema(db_path):
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(db_path)


def test_refuses_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "not.db"
    path.write_bytes(b"this is not sqlite at all, just some bytes" * 100)
    with pytest.raises(StoreError, match="not a SQLite database"):
        Store(path)


def test_raw_text_is_stored_byte_exact(store):
    raw = b"\xef\xbb\xbfCaf\xc3\xa9\r\nline two\r\n"
    with store.transaction():
        sid = store.add_source(file="a.txt", raw=raw, text="Café\nline two\n", content_hash="x")
    assert store.raw(sid) == raw


def test_review_log_is_append_only(store):
    sid = _source(store)
    with store.transaction():
        store.replace_claims(sid, [_claim(sid, id="c1")])
    store.record_review("c1", "verified", "ann", "looks right")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.db.execute("UPDATE reviews SET status = 'disputed'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.db.execute("DELETE FROM reviews")


def test_undo_appends_a_row_restoring_the_previous_status(store):
    sid = _source(store)
    with store.transaction():
        store.replace_claims(sid, [_claim(sid, id="c1")])
    store.record_review("c1", "verified", "ann")
    store.record_review("c1", "disputed", "ann", "two sources say 24")
    assert store.status_of("c1") == "disputed"
    undo = store.undo_last("ann")
    assert undo is not None and undo.status == "verified" and undo.previous_status == "disputed"
    assert store.status_of("c1") == "verified"
    store.undo_last("ann")
    assert store.status_of("c1") is None
    assert store.undo_last("ann") is None
    assert [r.status for r in store.reviews()] == ["verified", "disputed", "verified", None]


def test_review_keeps_a_snapshot_after_the_claim_is_gone(store):
    sid = _source(store)
    with store.transaction():
        store.replace_claims(sid, [_claim(sid, id="c1")])
    store.record_review("c1", "verified", "ann")
    with store.transaction():
        store.replace_claims(sid, [])
    again = store.record_review("c1", "disputed", "ann")
    assert again.claim_text == "27 people" and again.source_file == "a.txt"


def test_unknown_status_is_refused(store):
    sid = _source(store)
    with store.transaction():
        store.replace_claims(sid, [_claim(sid, id="c1")])
    with pytest.raises(StoreError, match="unknown status"):
        store.record_review("c1", "maybe", "ann")


def test_ids_are_stable_and_survive_a_wider_span():
    old = assign_ids("h", [_claim(1, "27 people", 10)], [])
    again = assign_ids("h", [_claim(1, "27 people", 10)], old)
    assert again[0].id == old[0].id
    assert assign_ids("h", [_claim(1, "27 people", 10)], [])[0].id == old[0].id
    wider = assign_ids("h", [_claim(1, "some 27 people", 5)], old)
    assert wider[0].id == old[0].id
    unrelated = assign_ids("h", [_claim(1, "Caracas", 50, kind="place")], old)
    assert unrelated[0].id != old[0].id


def test_search_sentences_uses_full_text_index(store):
    from workbench.models import Sentence

    sid = _source(store, "Soldiers were detained. Protests followed.")
    with store.transaction():
        store.add_sentences(
            sid,
            [
                Sentence(0, sid, 0, 0, 0, 23, "Soldiers were detained."),
                Sentence(0, sid, 1, 0, 24, 42, "Protests followed."),
            ],
        )
    found = store.search_sentences("detain")
    assert [s.text for s in found] == ["Soldiers were detained."]
    # nothing to search for (a lone quote mark, as a phrase search begins): no match, no
    # FTS5 syntax error (walk of gva records 2101-2400: the app closed on it)
    assert store.search_sentences('"') == store.search_sentences("  ") == []


def test_ingested_sentences_are_searchable_and_stay_in_sync(store, tmp_path):
    from workbench.ingest.api import ingest_paths

    (tmp_path / "a.txt").write_text("Forty workers were rescued. The mine reopened.\n")
    (tmp_path / "b.txt").write_text("Rescuers reached the miners on Friday.\n")
    ingest_paths(store, [tmp_path / "a.txt", tmp_path / "b.txt"], analyze=False)
    assert [s.text for s in store.search_sentences("rescue")] == ["Forty workers were rescued."]
    count = store.db.execute("SELECT count(*) FROM sentences").fetchone()[0]
    indexed = store.db.execute("SELECT count(*) FROM sentences_fts").fetchone()[0]
    assert count == indexed > 0
    assert (
        store.search_sentences("miners")[0].source_id != store.search_sentences("mine")[0].source_id
    )


def test_sources_read_back_every_field_as_a_whole_row_gives_them(db_path):
    """The sources' reads select their columns by name (not the raw bytes): each field
    of every source is the one the whole stored row gives."""
    from workbench.models import Removed
    from workbench.store.rows import source_from_row

    with Store(db_path) as store:
        first = _source(store, "First text.")
        with store.transaction():
            second = store.add_source(
                file="b.html",
                raw=b"<p>Second</p>",
                text="Second.",
                content_hash="h2",
                path="/tmp/b.html",
                outlet="The Post",
                url="https://example.org/b",
                published="2024-05-01",
                title="A title",
                format="html",
                removed=[Removed("Share this", "share line")],
                word_count=1,
            )
            store.set_copy_of(second, first, 0.9)
        whole = [source_from_row(r) for r in store.db["sources"].rows_where(order_by="id")]
        assert store.sources() == whole
        assert store.sources([second]) == whole[1:]
        assert [store.source(first), store.source(second)] == whole
        assert store.source_by_hash("h2") == whole[1]
        assert store.source_by_hash("nothing") is None
        with pytest.raises(StoreError):
            store.source(99)
