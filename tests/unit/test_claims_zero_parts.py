"""A zero counts only when it says how many were in the role at all: "no one was hurt".

A zero of some of the people ("no one else", "no officers", "none of the children") says
nothing of how many were hurt (the labels' convention: such zeros carry no count), and read
as the role's 0 it would dispute every report of the hurt. Sentences invented here.
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    ("text", "words", "role"),
    [
        ("No one was hurt in the fire.", "No one", "injured"),
        ("Nobody was killed.", "Nobody", "killed"),
        ("No injuries were reported.", "No injuries", "injured"),
        ("No people were injured.", "No people", "injured"),
        ("None were hurt, police said.", "None", "injured"),
        ("Not one person was hurt.", "Not one person", "injured"),
    ],
)
def test_a_zero_of_everyone_is_a_count(text, words, role):
    assert counts(text) == [(words, 0, role)]


@pytest.mark.parametrize(
    "text",
    [
        "No one else was injured when the shotgun fired.",
        "Nobody else was hurt.",
        "No other injuries were reported.",
        "No officers were injured in the shooting.",
        "No students were hurt, the principal said.",
        "None of the children were injured.",
        "None of the security guards were hurt.",
        "Not one of the children was injured.",
    ],
)
def test_a_zero_of_some_of_them_is_no_count(text):
    assert counts(text) == []


def test_a_zero_of_others_leaves_the_count_before_it():
    found = counts("Two men were shot and no one else was hurt.")
    assert found == [("Two men", 2, "hit")]
