"""A phrase of a verb and its object said of the object's owner: "took the man's life" as
"took the life of the man", in any voice ("a child's life is lost", "her life ended").

Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The gunfire took the clerk's life.", "the clerk"),
        ("The crash claimed a cyclist's life.", "a cyclist"),
        ("When a child's life is lost, the town grieves.", "a child"),
        ("The girl's short life ended on Elm Street.", "The girl"),
    ],
)
def test_the_owner_of_a_life_taken_is_one_killed(text, who):
    assert counts(text) == [(who, 1, "killed")]


@pytest.mark.parametrize(
    "text",
    ["The clerk took his brother's car.", "The girl's life changed after the move."],
)
def test_an_owned_object_of_no_phrase_counts_no_one(text):
    assert counts(text) == []
