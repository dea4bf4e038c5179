"""Reads by source stay reads of those sources' rows: SQLite, with no statistics, chose the
index on a claim's kind for a query naming ten sources or more and read every claim of that
kind in the database (titling a corpus's stories grew with its square)."""

from __future__ import annotations

from workbench.store import Store


def _plans(store: Store, call) -> list[str]:
    """The query plans of the statements `call` runs on the store's connection."""
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        call()
    finally:
        store.db.conn.set_trace_callback(None)
    plans = []
    for sql in statements:
        if sql.lstrip().upper().startswith("SELECT") and "claims" in sql:
            rows = store.db.conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
            plans.append(" | ".join(str(r[-1]) for r in rows))
    return plans


def test_a_story_titles_material_is_read_by_its_sources(store):
    ids = list(range(1, 40))
    plans = _plans(store, lambda: store.title_material_rows(ids, dict.fromkeys(ids, 100)))
    assert plans and all("idx_claims_source_id_start" in p for p in plans), plans


def test_claims_of_some_sources_and_one_kind_are_read_by_source(store):
    ids = list(range(1, 40))
    plans = _plans(store, lambda: store.claims(source_ids=ids, kind="quantity", role="killed"))
    assert plans and all("idx_claims_source_id_start" in p for p in plans), plans
    plans = _plans(store, lambda: store.claims(kind="quantity"))
    assert plans and all("idx_claims_kind" in p for p in plans), plans
