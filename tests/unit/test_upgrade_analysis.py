"""Opening a database after an upgrade redoes only what the versions that moved require:
the claims are extracted again when the extractor moved, else only the pages a mark of no
article text may have stripped; what is found is what a full analysis finds, and the
reviews stay."""

from __future__ import annotations

from tests.unit.extraction_spy import count_extractions
from workbench.claims import EXTRACTOR_VERSION
from workbench.findings.conflicts import FINDER_VERSION
from workbench.pipeline import (
    ANALYSIS_VERSION_KEY,
    FINDING,
    GROUPING,
    analyze,
    bodiless,
    extractor_moved,
    is_stale,
)
from workbench.store import Store
from workbench.stories import GROUPING_VERSION, GROUPING_VERSION_KEY


def _found(store: Store) -> tuple[list, list, list]:
    claims = sorted((c.id, c.source_id, c.start, c.end, c.text) for c in store.claims())
    conflicts = sorted((c.id, c.score, tuple(c.claim_ids)) for c in store.conflicts())
    stories = sorted(store.story_map().items())
    return claims, conflicts, stories


def _mark(store: Store, value: str) -> None:
    with store.transaction():
        store.set_meta(ANALYSIS_VERSION_KEY, value)


def test_a_new_finder_alone_extracts_nothing_again_and_finds_what_a_full_run_finds(
    sample_store, monkeypatch
):
    claim = sample_store.conflicts()[0].claim_ids[0]
    sample_store.record_review(claim, "verified", "ann")
    before = _found(sample_store)
    _mark(sample_store, f"{EXTRACTOR_VERSION}/older/{GROUPING_VERSION}")
    assert is_stale(sample_store) and not extractor_moved(sample_store)
    seen = count_extractions(monkeypatch)
    heard: list[tuple[str, int, int | None]] = []
    analyze(sample_store, upgrade=True, progress=lambda *report: heard.append(report))
    assert seen == []  # the sample's pages all have claims of their bodies
    assert [h for h in heard if h[0] == GROUPING] == [(GROUPING, 0, None), (GROUPING, 0, 0)]
    finding = [h for h in heard if h[0] == FINDING]  # shown while the pages' marks are read
    assert finding[0] == (FINDING, 0, None) and finding[-1][1] == finding[-1][2] > 0
    assert _found(sample_store) == before and not is_stale(sample_store)
    assert sample_store.status_of(claim) == "verified"


def test_a_new_extractor_extracts_every_article_again(sample_store, monkeypatch):
    before = _found(sample_store)
    _mark(sample_store, f"older/{FINDER_VERSION}/{GROUPING_VERSION}")
    seen = count_extractions(monkeypatch)
    analyze(sample_store, upgrade=True)
    assert sorted(seen) == sorted(s.id for s in sample_store.source_headers())
    assert _found(sample_store) == before


def test_an_analysis_cut_short_names_no_extractor_and_is_extracted_again_in_full(sample_store):
    _mark(sample_store, "incomplete")
    assert extractor_moved(sample_store)
    _mark(sample_store, "")
    assert extractor_moved(sample_store)


def test_a_page_stripped_to_its_headline_is_extracted_again_and_gets_its_claims_back(
    sample_store, monkeypatch
):
    before = _found(sample_store)
    page = sample_store.source_headers()[0].id
    kept = [c for c in sample_store.claims(source_id=page) if c.headline]
    with sample_store.transaction():  # as a former mark of no article text left it
        sample_store.replace_claims(page, kept)
    assert bodiless(sample_store) == [page]
    _mark(sample_store, f"{EXTRACTOR_VERSION}/{FINDER_VERSION}/older")
    seen = count_extractions(monkeypatch)
    analyze(sample_store, upgrade=True)
    assert seen == [page]
    assert _found(sample_store)[0] == before[0]


def test_story_fixes_and_decisions_survive_an_upgrade_that_groups_again(sample_store):
    """A new grouping alone: the stories are made again from scratch (the claims are not
    extracted again); a story a reviewer renamed, an article a reviewer moved and every
    decision stay."""
    placed = sample_store.story_map()
    story = max(
        {s for s, _ in placed.values()}, key=lambda s: len(sample_store.story_source_ids(s))
    )
    moved = sample_store.story_source_ids(story)[-1]
    alone = sample_store.move_source(moved, None, "ann").id
    sample_store.rename_story(story, "Harbour bridge collapse", "ann")
    claim = sample_store.conflicts()[0].claim_ids[0]
    sample_store.record_review(claim, "disputed", "ann")
    members = sample_store.story_source_ids(story)
    with sample_store.transaction():
        sample_store.set_meta(GROUPING_VERSION_KEY, "older")
    _mark(sample_store, f"{EXTRACTOR_VERSION}/{FINDER_VERSION}/older")
    analyze(sample_store, upgrade=True)
    assert sample_store.story(story).title == "Harbour bridge collapse"
    assert sample_store.story_source_ids(story) == members
    assert sample_store.story_source_ids(alone) == [moved]
    assert sample_store.status_of(claim) == "disputed" and not is_stale(sample_store)
