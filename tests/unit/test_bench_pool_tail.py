"""The pool tail's one-command measure: totals from verdicts and labels, never an item.

Stubbed flags and labels: no tail article, label or flag is read here.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import flag_pool
import pool_tail


def _flag(score: float, role: str, sides: list[tuple[str, str]]):
    return SimpleNamespace(score=score), flag_pool.FlagKey.of(role, sides), "i1"


def test_flags_are_counted_by_verdict_and_new_ones_left_unjudged():
    real = _flag(0.9, "killed", [("a", "0"), ("b", "1")])
    false = _flag(0.6, "hit", [("a", "2"), ("b", "4")])
    new = _flag(0.5, "injured", [("a", "1"), ("b", "3")])
    verdicts = {real[1]: {"verdict": "real"}, false[1]: {"verdict": "false"}}
    totals = pool_tail.flag_totals([real, false, new], verdicts)
    assert {k: totals[k] for k in ("flags", "real", "false", "unjudged")} == {
        "flags": 3,
        "real": 1,
        "false": 1,
        "unjudged": 1,
    }
    assert totals["brier"] == round((0.1**2 + 0.6**2) / 2, 3)
    assert totals["brier_constant"] == 0.25


def test_a_date_disagreement_is_two_labelled_days_but_one_night_told_as_two():
    incident = {
        "articles": [
            {"doc_id": "a", "event_date": "2016-05-17"},
            {"doc_id": "b", "event_date": "2016-05-18"},
            {"doc_id": "c", "event_date": None},
        ]
    }
    assert pool_tail.date_disagreements(incident) == [("a", "b")]
    incident["articles"][1]["night"] = True
    assert pool_tail.date_disagreements(incident) == []


def test_a_pool_listing_never_shows_a_flag_of_a_fresh_incident():
    mine, fresh, joined = (
        _flag(0.9, "killed", [("a", "1")]),
        (*_flag(0.8, "hit", [("b", "2")])[:2], "i2"),
        (*_flag(0.7, "hit", [("c", "3")])[:2], "i1,i2"),
    )
    assert flag_pool.listable([mine, fresh, joined], {"i2"}) == [mine]
