"""A survivor's state told again in a coordinated clause with a subject of its own: a
count of its own (the labels' written clause rule), while a "where" clause on the hospital
or a clause of time continues the first telling (one count).

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
