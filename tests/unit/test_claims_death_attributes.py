"""A bare death noun told as the "of" of a definite or owned noun ("the cause of death") is
the one death the article tells: killed 1 where the article counts one dead, no count where it
counts more, and no count for a charge's "one count of murder".

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims


def _killed(*texts: str) -> list[str]:
    return [c.text for c in article_claims(*texts) if c.role == "killed"]


@pytest.mark.parametrize(
    "said",
    [
        "The cause of death has not been released.",
        "Investigators said the manner and cause of death are pending.",
        "Hale's cause of death was a single gunshot wound.",
    ],
)
def test_the_cause_of_one_death(said):
    assert _killed("A woman was shot and killed on Oak Street on Sunday.", said) == [
        "A woman",
        "death",
    ]


def test_no_death_of_a_noun_where_the_article_counts_more_dead():
    found = _killed("Two men were shot dead on Oak Street.", "The cause of death is pending.")
    assert found == ["Two men"], found


@pytest.mark.parametrize(
    "said",
    [
        "Police charged Ray Dunn with one count of murder.",
        "Dunn faces a charge of murder.",
        "The cause of his death is pending.",
        "He knew the sound of gunfire, the sound of death, the sound of sirens.",
    ],
)
def test_no_bare_death_of_a_definite_noun(said):
    found = _killed("A woman was shot and killed on Oak Street on Sunday.", said)
    assert "death" not in found and "murder" not in found, found
