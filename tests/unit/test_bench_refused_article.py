"""Labelled articles the ingest refuses (cleaning left no article text).

The claims benchmark stops on one, so that a cleaning change cannot drop labelled text
silently, unless its label holds nothing (no count, no date, no place: a page keeping only its
posting times) or only counts of its title that its text does not hold (a title over a
newsletter sign-up: those counts are title counts not read, labels44au); the conflicts
benchmark's loader leaves refused records out, and an incident whose every article is refused
gives an empty database, not an error. The extractor never runs: the refusal is stubbed, or the
record has no text at all."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import claims_scoring  # noqa: E402
import gva  # noqa: E402

DOC = {"doc_id": "d1", "incident_id": "i1", "title": "t", "text": "Posted Jun. 15 at 8:20 AM"}
EMPTY = {"doc_id": "d1", "counts": [], "event_date": None, "place": None}


def _score(monkeypatch, label: dict) -> claims_scoring.Tally:
    monkeypatch.setattr(claims_scoring, "extract", lambda _doc: (None, [], []))
    tally = claims_scoring.Tally()
    claims_scoring.score_article(DOC, label, tally, keep_misses=True)
    return tally


def test_a_refused_article_labelled_as_telling_nothing_is_left_out(monkeypatch):
    tally = _score(monkeypatch, EMPTY)
    assert (tally.articles, tally.misses) == (0, [])


@pytest.mark.parametrize(
    "label",
    [
        {**EMPTY, "counts": [{"role": "hit", "value": 1, "phrase": "a man was shot"}]},
        {**EMPTY, "event_date": "2015-06-14"},
        {**EMPTY, "place": {"city": "Brockton", "state": "MA", "phrase": "in Brockton"}},
    ],
)
def test_a_refused_article_with_anything_labelled_stops_the_benchmark(monkeypatch, label):
    with pytest.raises(SystemExit, match="refused by ingest"):
        _score(monkeypatch, label)


def test_a_refused_page_labelling_only_its_title_scores_those_counts_as_missed(monkeypatch):
    doc = {**DOC, "title": "Two dead in Vellmoor, a bryndle found", "text": "Sign up for our news"}
    gold = {"role": "killed", "value": 2, "phrase": "Two dead in Vellmoor", "implicit": False}
    monkeypatch.setattr(claims_scoring, "extract", lambda _doc: (None, [], []))
    tally = claims_scoring.Tally()
    claims_scoring.score_article(doc, {**EMPTY, "counts": [gold]}, tally, keep_misses=True)
    assert (tally.title_only, tally.titles["gold"], tally.titles["right"]) == (1, 1, 0)
    assert tally.articles == 0 and tally.gold == {}
    assert "refused by ingest" in tally.misses[0]


def test_a_refused_page_with_a_text_label_beside_its_title_still_stops(monkeypatch):
    doc = {**DOC, "title": "Two dead in Vellmoor", "text": "Sign up. A man was shot in Vellmoor."}
    counts = [
        {"role": "killed", "value": 2, "phrase": "Two dead in Vellmoor", "implicit": False},
        {"role": "hit", "value": 1, "phrase": "A man was shot", "implicit": True},
    ]
    monkeypatch.setattr(claims_scoring, "extract", lambda _doc: (None, [], []))
    with pytest.raises(SystemExit, match="refused by ingest"):
        claims_scoring.score_article(doc, {**EMPTY, "counts": counts}, claims_scoring.Tally(), True)


def test_an_incident_whose_every_article_is_refused_loads_as_an_empty_database():
    from workbench.store import Store

    blank = {**DOC, "outlet": "o", "url": "u", "published": "2021-05-04", "text": " "}
    loaded = gva.load([blank])
    assert loaded.doc_of_source == {}
    with Store(loaded.db_path) as store:
        assert list(store.conflicts()) == []
