"""A re-analysis after an upgrade stopped halfway (ctrl+c, a crash) leaves the database
whole, every review in it, and the next one goes on after the last article done instead
of extracting every article again."""

from __future__ import annotations

import pytest

import workbench.extraction
from tests.unit.extraction_spy import count_extractions
from workbench.analysis_marks import EXTRACTED_KEY, extracted_mark, extracted_through
from workbench.findings.conflicts import FINDER_VERSION
from workbench.pipeline import ANALYSIS_VERSION_KEY, EXTRACTING, analyze, is_stale
from workbench.store import Store
from workbench.stories import GROUPING_VERSION


def _found(store: Store) -> tuple[list, list, list]:
    claims = sorted((c.id, c.source_id, c.start, c.end, c.text) for c in store.claims())
    conflicts = sorted((c.id, c.score, tuple(c.claim_ids)) for c in store.conflicts())
    return claims, conflicts, sorted(store.story_map().items())


def _older_extractor(store: Store) -> None:
    with store.transaction():
        store.set_meta(ANALYSIS_VERSION_KEY, f"older/{FINDER_VERSION}/{GROUPING_VERSION}")


def _reviewed(store: Store) -> tuple[str, str]:
    """A verdict on the first conflict and a note on one of its claims."""
    conflict = store.conflicts()[0]
    store.record_verdict(conflict.id, "not_conflict", "ann")
    store.set_note("claim", conflict.claim_ids[0], "seen before the upgrade", "ann")
    return conflict.id, conflict.claim_ids[0]


def _stop_after(articles: int):
    """A progress callback that presses ctrl+c once `articles` are extracted."""

    def report(stage: str, done: int, total: int | None) -> None:
        if stage == EXTRACTING and done >= articles:
            raise KeyboardInterrupt

    return report


@pytest.fixture
def two_a_batch(monkeypatch):
    """Batches of two sources, so the sample's five are three batches."""
    monkeypatch.setattr(workbench.extraction, "BATCH_SOURCES", 2)


def test_stopped_halfway_the_database_is_whole_and_the_next_run_goes_on(
    sample_store, monkeypatch, two_a_batch
):
    before = _found(sample_store)
    conflict, claim = _reviewed(sample_store)
    ids = [s.id for s in sample_store.source_headers()]
    _older_extractor(sample_store)
    with pytest.raises(KeyboardInterrupt):
        analyze(sample_store, upgrade=True, progress=_stop_after(2))
    assert sample_store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert extracted_through(sample_store) == ids[1] and is_stale(sample_store)
    assert [v.conflict_id for v in sample_store.verdict_log()] == [conflict]
    seen = count_extractions(monkeypatch)
    heard: list[tuple[str, int, int | None]] = []
    analyze(sample_store, upgrade=True, progress=lambda *report: heard.append(report))
    assert seen == ids[2:]  # the first batch's two are not done again
    assert next(h for h in heard if h[0] == EXTRACTING) == (EXTRACTING, 2, len(ids))
    assert _found(sample_store) == before and not is_stale(sample_store)
    assert sample_store.get_meta(EXTRACTED_KEY) == "" and extracted_through(sample_store) == 0
    assert sample_store.current_note("claim", claim) == "seen before the upgrade"
    assert [v.conflict_id for v in sample_store.verdict_log()] == [conflict]


def test_a_finished_run_leaves_nothing_to_go_on_from(sample_store, monkeypatch):
    _older_extractor(sample_store)
    analyze(sample_store, upgrade=True)
    assert extracted_through(sample_store) == 0
    _older_extractor(sample_store)
    seen = count_extractions(monkeypatch)
    analyze(sample_store, upgrade=True)
    assert len(seen) == len(sample_store.source_headers())


def test_a_mark_of_another_extractor_or_cleaner_is_not_gone_on_from(sample_store):
    first = sample_store.source_headers()[0].id
    with sample_store.transaction():
        sample_store.set_meta(EXTRACTED_KEY, extracted_mark(first))
    assert extracted_through(sample_store) == first
    for other in (f"older/1:{first}", f"{extracted_mark(0)[:-2]}x:{first}", "", "garbled"):
        with sample_store.transaction():
            sample_store.set_meta(EXTRACTED_KEY, other)
        assert extracted_through(sample_store) == 0, other


def test_a_page_stripped_since_is_extracted_again_on_going_on(
    sample_store, monkeypatch, two_a_batch
):
    ids = [s.id for s in sample_store.source_headers()]
    _older_extractor(sample_store)
    with pytest.raises(KeyboardInterrupt):
        analyze(sample_store, upgrade=True, progress=_stop_after(2))
    kept = [c for c in sample_store.claims(source_id=ids[0]) if c.headline]
    with sample_store.transaction():  # as a mark of no article text leaves a page
        sample_store.replace_claims(ids[0], kept)
    seen = count_extractions(monkeypatch)
    analyze(sample_store, upgrade=True)
    assert seen == [ids[0], *ids[2:]]
