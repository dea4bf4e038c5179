"""A database made before headlines were read keeps every review: the schema step adds the
flag without touching a claim, and the re-analysis that reads titles keeps the ids of the
text's claims (a count of a copied headline takes its id into the title's claim)."""

from __future__ import annotations

import json

import workbench.claims
from workbench.ingest.api import ingest_paths
from workbench.pipeline import analyze
from workbench.store import SCHEMA_VERSION, Store

HEADLINE_STEP = 12
"""The schema step that brought the claims' headline flag."""

TITLE = "3 dead in Elmira shooting"
ARTICLES = [
    {
        "title": TITLE + " - WXYZ",
        "published": "2016-05-01",
        "outlet": "WXYZ",
        "text": f"{TITLE}\n\nELMIRA, N.Y. - Three people were killed and two were hurt "
        "in a shooting on Friday, police said.",
    },
    {
        "title": "2 dead, 2 hurt in Elmira",
        "published": "2016-05-01",
        "outlet": "Star",
        "text": "ELMIRA, N.Y. - Two people were killed and two were hurt in a shooting "
        "on Friday at a motel, police said.",
    },
]


def _as_before_headlines(db_path, tmp_path, monkeypatch) -> dict[str, str]:
    """A database as the last version made it: no title claims, no headline column."""
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    with monkeypatch.context() as patch:
        patch.setattr(workbench.claims, "title_claims", lambda *args: [])
        with Store(db_path) as store:
            ingest_paths(store, [path])
            decided = {}
            for claim, status in zip(
                store.claims(), ["verified", "disputed", "unresolved"] * 9, strict=False
            ):
                store.record_review(claim.id, status, "ann", "checked")
                decided[claim.id] = status
            store.set_meta("analysis_version", "old")  # made by an older extractor
    with Store(db_path) as store:
        store.db.execute("ALTER TABLE claims DROP COLUMN headline")
        store.db.execute(f"DELETE FROM schema_migrations WHERE version >= {HEADLINE_STEP}")
        store.db.execute(f"PRAGMA user_version = {HEADLINE_STEP - 1}")
        store.db.conn.commit()
    return decided


def test_reviews_survive_the_schema_step_and_reading_titles(db_path, tmp_path, monkeypatch):
    decided = _as_before_headlines(db_path, tmp_path, monkeypatch)
    assert any(c for c in decided)
    with Store(db_path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert not any(c.headline for c in store.claims())
        assert {cid: store.status_of(cid) for cid in decided} == decided
        reviews = store.db["reviews"].count
        analyze(store)
        claims = {c.id: c for c in store.claims()}
        assert set(decided) <= set(claims)
        assert {cid: store.status_of(cid) for cid in decided} == decided
        assert store.db["reviews"].count == reviews
        heads = [c for c in claims.values() if c.headline]
        # The copy's "3 dead" moved into the first title with its review; the second
        # title's counts are new claims.
        moved = [c for c in heads if c.id in decided]
        assert [c.text for c in moved] == ["3 dead"]
        # (with the people hit they add up to, derived: claims/hit_sums.py)
        new = {c.text for c in heads if c.id not in decided}
        assert new == {"2 dead", "2 hurt", "2 dead, 2 hurt"}
