"""Reviews are sacred: a saved decision survives re-ingest, re-analysis, a better
extractor, and a process killed right after saving."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import workbench.claims
from workbench.ingest.api import ingest_paths
from workbench.pipeline import analyze
from workbench.store import Store

SEEDS = Path(__file__).resolve().parents[2] / "sample_db"


def _decide_conflict_claims(store: Store) -> dict[str, str]:
    decided = {}
    for conflict, status in zip(
        store.conflicts(), ("verified", "disputed", "unresolved"), strict=False
    ):
        for claim_id in conflict.claim_ids:
            store.record_review(claim_id, status, "ann", f"note on {claim_id}")
            decided[claim_id] = status
    assert decided
    return decided


def test_reingesting_the_same_files_changes_nothing(sample_store):
    decided = _decide_conflict_claims(sample_store)
    before = [(c.id, c.text) for c in sample_store.claims()]
    report = ingest_paths(sample_store, sorted(SEEDS.glob("*.txt")))
    assert report.added == []
    assert len(report.skipped) == 5
    assert [(c.id, c.text) for c in sample_store.claims()] == before
    assert {cid: sample_store.status_of(cid) for cid in decided} == decided


def test_reanalysis_keeps_every_decided_claim_and_its_conflicts(sample_store):
    decided = _decide_conflict_claims(sample_store)
    conflicts_before = {c.id for c in sample_store.conflicts()}
    analyze(sample_store)
    assert {c.id for c in sample_store.claims(ids=decided)} == set(decided)
    assert {cid: sample_store.status_of(cid) for cid in decided} == decided
    assert {c.id for c in sample_store.conflicts()} == conflicts_before


def test_a_better_extractor_with_wider_spans_keeps_the_ids(sample_store, monkeypatch):
    decided = _decide_conflict_claims(sample_store)
    real = workbench.claims.extract_claims

    def wider(source, sentences, parses=None):
        """A 'better' extractor: each span grows by one word to the left, plus new claims."""
        claims = []
        for claim in real(source, sentences, parses):
            start = source.text.rfind(" ", 0, max(claim.start - 1, 0)) + 1
            start = max(start, claim.start - 20)
            claims.append(replace(claim, start=start, text=source.text[start : claim.end]))
        return claims

    monkeypatch.setattr(workbench.claims, "extract_claims", wider)
    analyze(sample_store)
    kept = {c.id: c for c in sample_store.claims(ids=decided)}
    assert set(kept) == set(decided)
    assert all(c.start < c.end for c in kept.values())
    assert {cid: sample_store.status_of(cid) for cid in decided} == decided


def test_every_connection_commits_to_disk_before_returning(sample_store):
    assert sample_store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_only_derived_data_is_written_without_waiting_for_the_disk(sample_store, monkeypatch):
    """Grouping and finding commit without the fsync (derived data, made again if a power
    cut loses it); after the analysis every commit waits for the disk again."""
    import workbench.pipeline as pipeline

    seen = []
    real = pipeline.group

    def group(store, progress=pipeline.silent):
        seen.append(store.db.execute("PRAGMA synchronous").fetchone()[0])
        return real(store, progress)

    monkeypatch.setattr(pipeline, "group", group)
    analyze(sample_store)
    assert seen == [1]  # NORMAL
    assert sample_store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    with sample_store.derived_writes(), sample_store.derived_writes():
        pass
    assert sample_store.db.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_a_decision_survives_kill_9_right_after_saving(sample_store):
    claim = sample_store.claims()[0]
    path = sample_store.path
    sample_store.close()
    code = (
        "import os, signal, sys\n"
        "from workbench.store import Store\n"
        f"store = Store({path!r})\n"
        f"store.record_review({claim.id!r}, 'disputed', 'ann', 'saved then killed')\n"
        "print('saved', flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "saved"
    assert result.returncode == -signal.SIGKILL
    with Store(path) as again:
        assert again.status_of(claim.id) == "disputed"
        assert [r.note for r in again.reviews(claim_id=claim.id)] == ["saved then killed"]
    assert os.path.exists(path)
