"""A harm told again of the person its sentence has counted: a pronoun object of a repeated
verb ("shot X as he ran, then shot him again") and a body part whose clause is an earlier
part's, or tells how the outcome came about ("was hurt after a bullet grazed his head"), are
that person said again, not one more; a part in a clause of its own is counted.

Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


def _roles(text: str) -> list[tuple[str, float, str]]:
    return [(t, value, role) for t, value, role in counts(text) if role]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Court papers say Ortega shot Malik as he ran, and then shot him again.", "Malik"),
        ("The witness said he shot him in the hip, then shot him again on the ground.", "him"),
        ("He pulled a knife and started stabbing him and stabbing him.", "him"),
    ],
)
def test_a_pronoun_the_repeated_verb_takes_is_the_first_object_again(text, who):
    assert _roles(text) == [(who, 1, "hit")]


def test_a_noun_the_repeated_verb_takes_is_one_more():
    found = _roles("The gunman shot the clerk and then shot a customer.")
    assert [(t, role) for t, _, role in found] == [("the clerk", "hit"), ("a customer", "hit")]


def test_a_part_in_a_clause_telling_how_is_the_counted_person_again():
    text = "A 9-year-old boy was injured after a bullet grazed his head, nearly hitting his eye."
    assert _roles(text) == [("A 9-year-old boy", 1, "injured")]


def test_a_later_part_of_a_counted_part_is_not_counted_again():
    text = (
        "Police say the man was shot once in the arm, and the bullet went through his arm into"
        " his side, then exited his side into a door."
    )
    found = _roles(text)
    assert [t for t, _, _ in found] == ["the man", "his arm"], found


def test_a_part_alone_in_its_sentence_is_one_hit():
    assert _roles("A bullet grazed his arm.") == [("his arm", 1, "hit")]
