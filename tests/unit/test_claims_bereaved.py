"""Persons someone lost are dead: "lose" with persons for its object (roles' `bereaved`),
never with things ("lost three games")."""

from __future__ import annotations

import pytest
from claim_builders import roles


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The village has lost three children to the floods this spring.", ("killed", 3)),
        ("He lost two of his cousins in the attack.", ("killed", 2)),
        ("The widow said she lost her husband in the shooting.", ("killed", 1)),
    ],
)
def test_persons_lost_are_killed(text, count):
    assert count in roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "The team lost three games in a row.",
        "The mill lost 300 jobs last year.",
        "Officers lost sight of two men near the river.",
    ],
)
def test_things_lost_are_no_count_of_the_dead(text):
    assert not any(role == "killed" for role, _ in roles(text))
