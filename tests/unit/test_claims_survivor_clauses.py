"""A survivor told in a second clause: a state in a coordinated clause with a subject of
its own is a count of its own (the labels' written clause rule), while a "where" clause on
the hospital or a clause of time continues the first telling (one count); a verb joined to
the harm that tells the subject lived ("was shot and was OK") is one count, injured.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims

SHOT = "A man was shot on Elm Street."


def _injured(*texts: str) -> list[str]:
    return [c.text for c in article_claims(*texts) if c.role == "injured"]


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        (
            "The woman was taken to a local hospital and her injuries are not serious.",
            ["The woman", "her injuries"],
        ),
        (
            "He was flown to Mercy Hospital, but a spokesman said his injuries are minor.",
            ["He", "his injuries"],
        ),
        (
            "The driver was taken to Lakeview Medical Center, but he is expected to survive.",
            ["The driver", "he"],
        ),
    ],
)
def test_a_second_clause_of_its_own_is_a_count_of_its_own(told, expected):
    assert _injured(SHOT, told) == expected


def test_a_where_clause_on_the_hospital_is_one_telling():
    told = "The driver was taken to Lakeview Medical Center, where he remains in stable condition."
    assert _injured(SHOT, told) == ["The driver"]


def test_a_survivor_state_after_a_hit_in_its_own_clause_tells_injured_too():
    found = [
        (c.text, c.role)
        for c in article_claims("A clerk was shot in the arm, but she is expected to be OK.")
    ]
    assert ("A clerk", "injured") in found and ("A clerk", "hit") in found, found


@pytest.mark.parametrize(
    "told",
    [
        "Police said the teen was shot in the hand and was OK.",
        "The teen was shot in the shoulder and should make a full recovery.",
        "The teen was shot and paralyzed.",
    ],
)
def test_a_joined_verb_telling_the_subject_lived_is_one_injured_count(told):
    found = [(c.role, c.value.get("joined_hit", False)) for c in article_claims(told)]
    assert ("injured", False) in found and ("hit", False) not in found, found


def test_a_joined_verb_under_a_modal_of_possibility_tells_no_state():
    found = [c.role for c in article_claims("The teen was shot and might be OK.")]
    assert found == ["hit"], found


def test_a_phrase_with_an_ing_noun_is_read():
    found = _injured("A man was shot on Elm Street.", "The boy is fighting for his life.")
    assert found == ["The boy"], found


def test_a_survivor_state_in_the_main_clause_beside_a_relative_clause_of_harm():
    found = [
        (c.text, c.role)
        for c in article_claims("The girl who was hit by a stray bullet is making a good recovery.")
    ]
    assert sorted(found) == [("The girl", "hit"), ("The girl", "injured")], found
