"""A fresh split (`gva.FRESH`) is read like a held-out one: totals only, never per item.

The benchmarks hold the rule in a test of membership at each printing place; a split named
in both `FRESH` and the selection must stay behind it. These tests stub the labels and the
articles, so no fresh label or article is read and the extractor never runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import bench_stories  # noqa: E402
import claims_gva  # noqa: E402
import claims_scoring  # noqa: E402
import gva  # noqa: E402
import quality_conflicts  # noqa: E402

DOC = {"doc_id": "d1", "incident_id": "i1", "title": "t", "text": "Two people were shot."}
INCIDENT = {"incident_id": "i1", "articles": [{"doc_id": "d1", "counts": []}], "pairs": []}


def _kept_misses(monkeypatch, split: str) -> list[bool]:
    kept: list[bool] = []
    monkeypatch.setattr(gva, "labels", lambda _split: [INCIDENT])
    monkeypatch.setattr(gva, "documents", lambda: {"d1": DOC})
    monkeypatch.setattr(claims_scoring, "extract", lambda doc: (None, [], []))
    monkeypatch.setattr(
        claims_scoring, "score_article", lambda doc, label, tally, keep, read: kept.append(keep)
    )
    monkeypatch.setattr(claims_scoring, "mark_article", lambda *args: None)
    monkeypatch.setattr(claims_scoring, "mark_pairs", lambda *args: None)
    claims_gva.score(split, keep_misses=True)
    return kept


def test_claims_misses_are_kept_for_a_dev_split_never_for_a_fresh_one(monkeypatch):
    monkeypatch.setattr(gva, "FRESH", ("dev_new",))
    assert _kept_misses(monkeypatch, "dev") == [True]
    assert _kept_misses(monkeypatch, "dev_new") == [False]


def _printed(capsys, split: str) -> str:
    flag = quality_conflicts.Flag("i1", 0.9, "contradiction", "killed", "false", "2 vs 3")
    result = quality_conflicts.Result(flags=[flag], missed=["a missed pair"])
    quality_conflicts.run(split, verbose=True, result=result)
    return capsys.readouterr().out


def test_conflicts_verbose_lists_a_dev_split_never_a_fresh_one(monkeypatch, capsys):
    monkeypatch.setattr(gva, "FRESH", ("dev_new",))
    assert "a missed pair" in _printed(capsys, "dev")
    assert _printed(capsys, "dev_new") == ""


def test_every_fresh_split_is_in_the_selection_and_untouched_by_the_stories_bench():
    chosen = gva.selection()
    for split in gva.FRESH:
        assert chosen[split], split
        assert set(chosen[split]) <= gva.held_out_incidents()
        assert all(bench_stories.held_out(i) for i in chosen[split])
        assert split not in gva.DEV


EXTRA_DOC = {**DOC, "title": "", "outlet": "o", "url": "u", "published": "2021-05-04"}


def _listed_extras(monkeypatch, split: str) -> list[str]:
    """The extras `claims_gva.py --extras` lists for a split: the extractor runs on an
    invented article whose label holds no count, so its count is an extra."""
    labelled = {**INCIDENT, "articles": [{"doc_id": "d1", "counts": []}]}
    monkeypatch.setattr(gva, "labels", lambda _split: [labelled])
    monkeypatch.setattr(gva, "documents", lambda: {"d1": EXTRA_DOC})
    tally = claims_gva.score(split, keep_misses=True)
    return [m for m in tally.misses if m.startswith("EXTRA")]


def test_extras_are_listed_with_their_sentence_for_a_dev_split_never_a_fresh_one(monkeypatch):
    monkeypatch.setattr(gva, "FRESH", ("dev_new",))
    listed = _listed_extras(monkeypatch, "dev")
    assert len(listed) == 1
    assert "hit 2 explicit 'Two people'" in listed[0]
    assert "in: 'Two people were shot.'" in listed[0]
    assert "labelled there: none" in listed[0]
    assert _listed_extras(monkeypatch, "dev_new") == []


def test_conflicts_verbose_never_lists_a_fresh_part_of_the_pool(monkeypatch, capsys):
    monkeypatch.setattr(gva, "FRESH_POOL", ("pool_new",))
    assert "a missed pair" in _printed(capsys, "pool")
    assert _printed(capsys, "pool_new") == ""


def test_a_fresh_part_of_the_pool_is_held_out_and_apart_from_the_judged_pool():
    """Its incidents are hidden wherever held-out ones are, and `--split pool` (read per item
    by tuners) never scores them."""
    judged_pool = {r["incident_id"] for r in gva.labels("pool")}
    chosen = {i for ids in gva.selection().values() for i in ids}
    for split in gva.FRESH_POOL:
        incidents = {r["incident_id"] for r in gva.labels(split)}
        assert incidents, split
        assert incidents <= gva.held_out_incidents()
        assert not incidents & judged_pool
        assert not incidents & chosen
        assert split not in gva.DEV
