"""A body part says its owner was hit: a pronoun owning a part a harm verb acts on ("the
bullet struck his leg"), and a part a projectile went into or through, though no verb of
harm says so ("a bullet went through the man's arm").

Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The bullet struck her shoulder.", "her shoulder"),
        ("A stray round hit his knee.", "his knee"),
    ],
)
def test_a_pronoun_owning_a_struck_part_is_one_hit(text, owner):
    assert [(t, value, role) for t, value, role in counts(text) if role] == [(owner, 1, "hit")]


@pytest.mark.parametrize(
    "text",
    [
        "A bullet went through the clerk's arm.",
        "The bullet passed through the woman's thigh and lodged in a wall.",
    ],
)
def test_a_part_a_projectile_went_through_is_its_owner_hit(text):
    assert [(value, role) for _, value, role in counts(text) if role] == [(1, "hit")]


@pytest.mark.parametrize(
    "text",
    [
        "He put the keys into his pocket.",
        "She ran her hand through her hair.",
        "The dog went through the man's bag.",
        "He was shot in his arm.",
    ],
)
def test_a_part_with_no_projectile_or_no_harm_counts_no_one_more(text):
    owners = [t for t, _, role in counts(text) if role and t.startswith(("his", "her"))]
    assert owners == []


def test_what_a_harm_was_done_instead_of_is_no_one_hit():
    found = counts("The gunman fled after shooting him in the hand instead of his brother.")
    assert [(t, role) for t, _, role in found if role] == [("him", "hit")]
