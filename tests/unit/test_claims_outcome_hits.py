"""Hit counts that only repeat an outcome's: a clause telling how a death or an injury came
about ("died after he was shot") adds no hit, and the wounds of a group named as others
("six others with gunshot wounds") stay the survivors' where the article counts dead.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims

from workbench.claims.predicates import WOUND_HIT_MARK


def _scored(*texts: str) -> list[tuple[str, float, str | None]]:
    """The counts the labels compare: the derived hit of a survivor's wound left out."""
    claims = article_claims(*texts)
    return sorted(
        (c.text, c.value["low"], c.role) for c in claims if not c.value.get(WOUND_HIT_MARK)
    )


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("A 40-year-old man died on Sunday, two days after he was shot outside a diner.", "killed"),
        ("A 12-year-old boy was badly injured when he was shot in the shoulder.", "injured"),
    ],
)
def test_a_clause_telling_how_an_outcome_came_about_adds_no_hit(text, role):
    found = _scored(text)
    assert [r for _, _, r in found] == [role], found


@pytest.mark.parametrize(
    "text",
    [
        "The man remains in critical condition after he was shot outside a diner.",  # care
        "A man was shot outside a diner, and he died on Sunday.",  # two clauses, two counts
    ],
)
def test_a_hit_told_beside_a_condition_or_in_a_clause_of_its_own_stays(text):
    assert "hit" in {r for _, _, r in _scored(text)}


def test_the_wounds_of_others_beside_the_dead_are_the_survivors():
    dead = "One man was killed in the shooting at a bar on Saturday."
    others = "Three other patrons were treated for gunshot wounds at a hospital."
    assert ("Three", 3, "injured") in _scored(dead, others)
    assert not any(r == "hit" for _, _, r in _scored(dead, others)), _scored(dead, others)


def test_the_wounds_of_a_group_not_told_apart_from_the_dead_are_hit():
    dead = "One man was killed in the shooting at a bar on Saturday."
    group = "Deputies found four patrons suffering from gunshot wounds."
    assert ("four patrons", 4, "hit") in _scored(dead, group)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Four patrons were treated for gunshot wounds at a hospital.", "Four patrons", 4),
        ("Medics took a woman with gunshot wounds to a hospital.", "a woman", 1),
        ("The clerk remains in critical condition with gunshot wounds.", "The clerk", 1),
    ],
)
def test_a_wound_told_beside_care_or_a_condition_is_a_survivors_beside_the_dead(text, words, value):
    # The clause tells them alive (in care, in a condition): the wound's hit is theirs,
    # derived, whatever dead the article counts (the hospital rule).
    dead = "One man was killed in the shooting at a bar on Saturday."
    found = _scored(dead, text)
    assert (words, value, "injured") in found, found
    assert (words, value, "hit") not in found, found
