"""The attribution scorer's comparison and tally, on made-up speakers and labels."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import claims_attribution as scorer


@pytest.mark.parametrize(
    ("claimed", "cited", "same"),
    [
        (None, None, True),
        ("Brindle police", "police", True),
        ("Police spokeswoman Ana Vell", "Vell", True),
        ("Sgt. Ana Vell told WQRX 4", "Ana Vell", True),
        ("the Marrow County Sheriff's Office", "the sheriff's office", True),
        ("Tom Reyes Jr.", "Reyes", True),
        ("Ana Vell (@avell) on Twitter", "Ana Vell", True),
        ("police and witnesses", "witnesses", True),
        ("police", "a police spokesman", False),
        ("police", None, False),
        (None, "police", False),
        ("gunfire erupted", "police", False),
    ],
)
def test_same_speaker_compares_heads(claimed, cited, same):
    assert scorer.same_speaker(claimed, cited) is same


def _label(cited, value=2):
    return {"role": "killed", "value": value, "phrase": "two died", "cited": cited}


def _entry(gold, said, read=True):
    claim = SimpleNamespace(attribution=said) if read else None
    return ("label", gold, SimpleNamespace(text="Two died, zorps said."), 0, claim)


def test_tally_counts_recall_precision_and_kept_nulls():
    trace = [
        _entry(_label("zorps"), "the zorps"),  # right
        _entry(_label("zorps"), None),  # missed speaker
        _entry(_label("zorps"), "a blag"),  # wrong speaker
        _entry(_label(None), None),  # null kept
        _entry(_label(None), "a blag"),  # a speaker where the page says it itself
        _entry(_label("zorps"), "zorps", read=False),  # count not read: not compared
        ("label", {"role": "hit", "value": 1, "phrase": "x"}, None, 0, None),  # no `cited`
        ("claim", SimpleNamespace(attribution="zorps"), True),
    ]
    tally, misses = Counter(), []
    scorer.score_attribution(trace, tally, misses, "abcdef123")
    f = scorer.figures(tally)
    assert (f["right"], f["labelled"], f["attributed"]) == (1, 3, 3)
    assert (f["nulls_kept"], f["nulls"], f["unread"]) == (1, 2, 1)
    assert f["recall"] == f["precision"] == 0.333
    assert [m.split()[0] for m in misses] == ["MISS", "WRONG", "EXTRA"]


def test_no_misses_listed_when_none_asked():
    tally = Counter()
    scorer.score_attribution([_entry(_label("zorps"), None)], tally, None, "abc")
    assert tally["labelled"] == 1 and tally["right"] == 0


def test_title_labels_are_tallied_apart_against_headline_claims():
    doc = {"title": "Two died at the zorp fair, blags say", "text": "The fair closed."}
    source = SimpleNamespace(text="The fair closed.")
    head = SimpleNamespace(
        kind="quantity", headline=True, role="killed", value={"low": 2, "high": 2}, attribution=None
    )
    label = {"doc_id": "abcdef123", "counts": [_label("blags") | {"phrase": "Two died"}]}
    tally, misses = Counter(), []
    scorer.score_title_attribution(doc, label, (source, [], [head]), tally, misses)
    assert figures_of(tally) == (0, 1, 0) and misses[0].startswith("MISS title")
    head.attribution = "blags"
    tally = Counter()
    scorer.score_title_attribution(doc, label, (source, [], [head]), tally, None)
    assert figures_of(tally) == (1, 1, 1) and scorer.figures(tally)["labelled"] == 0


def figures_of(tally: Counter) -> tuple[int, int, int]:
    f = scorer.figures(tally, scorer.TITLE)
    return f["right"], f["labelled"], f["attributed"]
