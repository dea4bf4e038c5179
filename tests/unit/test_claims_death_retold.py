"""A death told again by its noun in a clause of its own ("he died of his wounds and his
death was ruled a homicide"): killed 1 twice, as the labels count two clauses with two
subjects; a death noun in the death's own clause, or in one continuing it, is that death.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims


def _killed(text: str) -> list[str]:
    return [c.text for c in article_claims(text) if c.role == "killed"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A report showed she died of a gunshot wound and her death was ruled a homicide.",
            ["she", "her death"],
        ),
        (
            "Police identified a 15-year-old boy shot to death on Elm Street and said two men"
            " were charged in his murder.",
            ["a 15-year-old boy", "his murder"],
        ),
        (
            "The teenager was shot in the head and died at the scene, and his killing remains"
            " unsolved.",
            ["The teenager", "his killing"],
        ),
        (
            "The man died of his wounds, police said, and the death was ruled a homicide.",
            ["The man", "the death"],
        ),
    ],
)
def test_a_death_noun_in_a_clause_of_its_own_is_a_count_of_its_own(text, killed):
    assert _killed(text) == killed


@pytest.mark.parametrize(
    "text",
    [
        "He was found dead in what police called a murder.",  # the death's own clause
        "She died on Monday after her shooting.",  # a clause continuing it
        "A man died after his killing spree.",  # a noun of no one's death
    ],
)
def test_a_death_noun_inside_the_deaths_telling_is_that_death(text):
    assert len(_killed(text)) == 1
