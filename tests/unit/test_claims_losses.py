"""A death told by a loss ("the loss of her son", "their inconsolable loss"): one dead, as
a death noun, where the article counts one dead (labels27's convention).

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims

DEATH = "A man was shot and killed on Pine Street on Sunday."


def _killed(*texts: str) -> list[str]:
    return [c.text for c in article_claims(*texts) if c.role == "killed"]


@pytest.mark.parametrize(
    ("told", "loss"),
    [
        ("His mother spoke of the loss of her son.", "the loss"),
        ("The family is reeling from the sudden loss.", "the sudden loss"),
        (
            "Friends gathered to comfort each other over their inconsolable loss.",
            "their inconsolable loss",
        ),
        ("The department has suffered a terrible loss, the chief said.", "a terrible loss"),
    ],
)
def test_a_loss_of_the_articles_one_death_counts_one_dead(told, loss):
    assert _killed(DEATH, told) == ["A man", loss]


@pytest.mark.parametrize(
    "told",
    [
        "While the loss of life is always tragic, the city must move on.",  # no one's death
        "He was treated for a loss of blood.",  # of a thing
        "The plant reported a loss of 300 jobs.",  # a number of things
        "A loss prevention officer at the store saw the gunman.",  # a modifier of a noun
        "While the loss of life is tragic, it is worse when the loss involves a child.",
    ],
)
def test_a_loss_of_no_person_counts_no_one(told):
    assert _killed(DEATH, told) == ["A man"]


def test_a_loss_where_the_article_counts_no_death_counts_nothing():
    assert _killed("The company reported a loss in the third quarter.") == []


def test_a_loss_where_the_article_counts_several_dead_counts_nothing():
    found = _killed("Three people were killed on Pine Street.", "The town mourns the loss.")
    assert found == ["Three people"]
