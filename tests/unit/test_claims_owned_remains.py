"""A death told by a body its owner owns ("Williams' body was found", "police found his body"):
killed 1, as "her death" (the labels' death told by a body); not a body one is hurt inside or
struck through; "the body" told again names the one dead where the article counts one.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import in_role

DEAD = "A man was shot and killed on Elm Street."


def _killed(*texts: str) -> list[str]:
    return in_role("killed", *texts)


@pytest.mark.parametrize(
    ("told", "owner"),
    [
        ("Deputies found Hanson's body in a ditch.", "Hanson"),
        ("His body was found near the river.", "His body"),
        ("Police announced the discovery of his body on Monday.", "his body"),
    ],
)
def test_an_owned_body_tells_its_owner_dead(told, owner):
    assert _killed(DEAD, told) == ["A man", owner]


@pytest.mark.parametrize(
    "told",
    [
        "Doctors say fragments are still lodged in his body.",
        "He felt two bullets pierce his body.",
        "A vest was strapped to his body.",
        "The other two were hit in several parts of the body.",
        "A pellet grazed the right side of her body.",
    ],
)
def test_a_living_body_tells_no_death(told):
    assert _killed(DEAD, told) == ["A man"]


def test_the_body_told_again_names_the_one_dead():
    assert _killed(DEAD, "The body was taken to the medical examiner.") == ["A man", "The body"]


def test_the_body_in_an_article_of_more_dead_tells_no_number():
    found = _killed("Two men were killed.", "The body was taken to the medical examiner.")
    assert found == ["Two men"], found
