"""What the learned role reader sees (`bench/role_features.py`, `bench/claims_loso.py`): the
token a labelled phrase is about, and the clause that governs it, read from the parse."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.unit.claim_builders import hand_parse

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import role_features as rf  # noqa: E402

TEXT = "A man who was shot died at the hospital."
PARSE = hand_parse(
    TEXT,
    ["A", "man", "who", "was", "shot", "died", "at", "the", "hospital", "."],
    ["DT", "NN", "WP", "VBD", "VBN", "VBD", "IN", "DT", "NN", "."],
    ["det", "nsubj", "nsubjpass", "auxpass", "relcl", "ROOT", "prep", "det", "pobj", "punct"],
    [1, 5, 4, 4, 1, 5, 5, 8, 6, 5],
)


def test_candidates_are_the_nominal_heads_and_pronouns():
    assert rf.candidates(PARSE) == [1, 8]


def test_a_phrase_is_about_its_token_nearest_the_root():
    start = TEXT.index("man")
    assert rf.head_of_span(PARSE, start, len(TEXT), rf.candidates(PARSE)) == 1
    at = TEXT.index("the hospital")
    assert rf.head_of_span(PARSE, at, at + len("the hospital")) == 8


def test_the_governing_clause_and_the_relative_clause_are_read_as_features():
    features = rf.token_features(PARSE, 1)
    assert features["gov=die"] == 1
    assert features["gov.prep=at>hospital"] == 1
    assert features["rel=shoot"] == 1
    assert features["rel.passive"] == 1
    assert features["det=a"] == 1
    assert "gov.passive" not in features


def test_the_rules_counts_on_the_token_and_in_the_sentence_are_told_apart():
    start = TEXT.index("A man")
    out: dict[str, float] = {}
    rf.rules_features(PARSE, 1, [(start, start + 5, "killed")], out)
    assert out == {"sent_rule=killed": 1, "here_rule=killed": 1}
    elsewhere: dict[str, float] = {}
    rf.rules_features(PARSE, 8, [(start, start + 5, "killed")], elsewhere)
    assert elsewhere == {"sent_rule=killed": 1, "here_rule=none": 1}
