"""A person in care (taken to a hospital, in a condition) is one injured, though no word of
harm is in the sentence: the labels' convention, and what a reader takes from it.

Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    "text",
    [
        "The girl was taken to a hospital.",
        "He is still in the hospital.",
        "She is in fair condition.",
    ],
)
def test_a_person_in_care_is_one_injured_with_no_word_of_harm(text):
    assert [(value, role) for _, value, role in counts(text)] == [(1, "injured")]


@pytest.mark.parametrize(
    "text",
    [
        "Stabbed twice, the clerk was rushed to a hospital.",
        "The girl is in serious condition after being shot.",
    ],
)
def test_a_person_in_care_told_how_hurt_is_injured_and_hit(text):
    assert sorted(role for _, value, role in counts(text) if value == 1) == ["hit", "injured"]


def test_a_person_in_care_after_hurting_another_is_not_hit_himself():
    found = counts("The man was taken to a hospital after stabbing his brother.")
    assert ("The man", 1, "injured") in found and ("The man", 1, "hit") not in found
