"""Incremental analysis: new articles are extracted alone and only the groups they join
are compared again; the result is what a full analysis of the same groups finds."""

from __future__ import annotations

from pathlib import Path

import pytest

import workbench.finding_stage as finding_stage
import workbench.pipeline as pipeline
from tests.unit.extraction_spy import count_extractions
from workbench.ingest.api import ingest_paths
from workbench.pipeline import ANALYSIS_VERSION_KEY, analyze, groups
from workbench.store import Store

CORPORA = Path(__file__).resolve().parents[1] / "corpora"


def _findings(store: Store) -> tuple[list, list]:
    """What was found (not the finding ids: an id is carried over when a claim joins)."""
    return (
        sorted((c.reason, c.score, tuple(c.claim_ids)) for c in store.conflicts()),
        sorted((c.reason, c.score, tuple(c.claim_ids)) for c in store.corroborations()),
    )


@pytest.fixture
def two_events(monkeypatch):
    """Two reported events, each its own group (as stories will make them)."""
    flood = sorted((CORPORA / "flood").glob("*.txt"))
    fire = sorted((CORPORA / "factory_fire").glob("*.txt"))
    names = {p.name for p in flood}

    def by_event(store: Store, source_ids=None):
        rows = store.db.execute("SELECT id, file FROM sources ORDER BY id").fetchall()
        parts = [[i for i, f in rows if f in names], [i for i, f in rows if f not in names]]
        wanted = None if source_ids is None else set(source_ids)
        return [p for p in parts if p and (wanted is None or wanted & set(p))]

    monkeypatch.setattr(finding_stage, "groups", by_event)
    return flood, fire


def test_a_new_article_is_extracted_alone_and_findings_match_a_full_run(
    tmp_path, monkeypatch, two_events
):
    flood, fire = two_events
    with Store(tmp_path / "inc.db") as store:
        ingest_paths(store, [*flood, *fire[:-1]])
        flood_before = [f for f in _findings(store)[0] if "flood" in str(f)]
        seen = count_extractions(monkeypatch)
        found_in: list[list[int]] = []
        real_findings_of = finding_stage.findings_of

        def findings_of(job):
            found_in.append([source.id for source in job[1]])
            return real_findings_of(job)

        monkeypatch.setattr(finding_stage, "findings_of", findings_of)
        report = ingest_paths(store, [fire[-1]])
        new_id = report.source_ids[0]
        assert len(seen) == 1  # the new article only, as it is loaded
        assert len(found_in) == 1 and new_id in found_in[0]
        assert not set(found_in[0]) & {
            r[0] for r in store.db.execute("SELECT id FROM sources WHERE file LIKE '%flood%'")
        }
        incremental = _findings(store)
        assert [f for f in incremental[0] if "flood" in str(f)] == flood_before
    by_event = finding_stage.groups
    monkeypatch.undo()
    monkeypatch.setattr(finding_stage, "groups", by_event)  # the same groups for the full run
    with Store(tmp_path / "full.db") as store:
        ingest_paths(store, [*flood, *fire], analyze=False)
        analyze(store)
        assert _findings(store) == incremental


def test_analyze_given_sources_extracts_only_them_unless_the_version_changed(
    sample_store, monkeypatch
):
    first = sample_store.source_headers()[0].id
    seen = count_extractions(monkeypatch)
    before = _findings(sample_store)
    analyze(sample_store, [first])
    assert seen == [first]
    assert _findings(sample_store) == before

    seen.clear()
    with sample_store.transaction():
        sample_store.set_meta(ANALYSIS_VERSION_KEY, "an older extractor")
    analyze(sample_store, [first])
    assert sorted(seen) == sorted(s.id for s in sample_store.source_headers())
    assert _findings(sample_store) == before


def test_ingest_into_a_database_of_an_older_version_extracts_the_old_articles_again(
    store, monkeypatch
):
    seeds = sorted((CORPORA / "flood").glob("*.txt"))
    ingest_paths(store, seeds[:-1])
    with store.transaction():
        store.set_meta(ANALYSIS_VERSION_KEY, "an older extractor")
    seen = count_extractions(monkeypatch)
    report = ingest_paths(store, seeds[-1:])
    old = sorted(s.id for s in store.source_headers() if s.id not in report.source_ids)
    assert len(seen) == 1 + len(old)  # the new one as it loads, then every older one
    assert sorted(seen[1:]) == old
    assert not pipeline.is_stale(store)


def test_groups_hold_only_what_was_asked(sample_store):
    every = [s.id for s in sample_store.source_headers()]
    assert groups(sample_store) == [every]
    assert groups(sample_store, [every[0]]) == [every]
    assert groups(sample_store, [max(every) + 1]) == []


def test_a_finding_goes_when_its_last_claim_is_extracted_again(sample_store):
    """Findings left with no claim are removed where it happens, not by scanning every
    finding for each group compared."""
    conflict = sample_store.conflicts()[0]
    sources = sorted({c.source_id for c in conflict.claims})
    assert len(sources) >= 2
    links = "SELECT count(*) FROM conflict_claims WHERE conflict_id = ?"
    for done, source_id in enumerate(sources, 1):
        with sample_store.transaction():
            sample_store.replace_claims(source_id, sample_store.claims(source_id=source_id))
        left = sample_store.db.execute(links, [conflict.id]).fetchone()[0]
        still = {c.id for c in sample_store.conflicts()}
        assert (conflict.id in still) == (done < len(sources)) == (left > 0)
    assert groups(sample_store, sources)  # the next analysis of the group finds it again
    pipeline.find(sample_store, sources)
    assert conflict.id in {c.id for c in sample_store.conflicts()}
