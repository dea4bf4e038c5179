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
