"""The injured tail of the thirty-fifth session: a subject parted from its passive by a
relative clause, a relative clause telling care again, survival phrases of more than one
word, a record's condition field, a projectile's path as a verb's object.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims, roles


def _harms(*texts: str) -> list[tuple[str, float]]:
    found = article_claims(*texts)
    return sorted(
        (c.role, c.value["low"])
        for c in found
        if c.kind == "quantity" and c.role in ("killed", "injured", "hit")
    )


def test_a_subject_parted_from_its_passive_by_a_relative_clause():
    found = roles("A 30-year-old who was stabbed in the arm remains hospitalized.")
    assert found == [("hit", 1), ("injured", 1)], found


def test_a_relative_clause_without_a_comma_picks_the_person_out():
    found = roles("The teen who was hurt was in critical condition on Saturday.")
    assert found == [("injured", 1)], found


@pytest.mark.parametrize(
    "text",
    [
        "Medics rushed the girl, who is listed in critical condition, to a trauma center.",
        "The woman, who is in stable condition, was taken to a hospital.",
    ],
)
def test_a_relative_clause_telling_care_again_is_a_count_of_its_own(text):
    assert roles(text) == [("injured", 1), ("injured", 1)], roles(text)


def test_a_relative_clause_of_another_role_is_no_second_injured_count():
    found = roles("A man who was shot in the leg is in stable condition.")
    assert found == [("hit", 1), ("injured", 1)], found


@pytest.mark.parametrize(
    "said",
    [
        '"I\'m all right," Dale said.',
        "She is going to pull through, her father said.",
    ],
)
def test_a_survival_phrase_after_a_harm_is_injured(said):
    found = _harms("A man was shot on Elm Street on Friday.", said)
    assert found == [("hit", 1), ("injured", 1)], found


@pytest.mark.parametrize(
    "said",
    [
        "The detective said the lawyer was right.",
        "He did not pull through.",
        "He pulled through the crowd to reach the door.",
    ],
)
def test_a_phrase_with_more_or_a_denial_tells_no_survivor(said):
    assert _harms("A man was shot on Elm Street on Friday.", said) == [("hit", 1)]


def test_a_record_condition_field_is_one_person_in_its_role():
    found = _harms("Sex: M Race: W Age: 40 Condition: Non-life threatening")
    assert found == [("injured", 1)], found
    assert _harms("Sex: M Race: W Age: 40 Condition: Deceased") == [("killed", 1)]


def test_a_projectile_path_as_the_verb_object_is_a_hit():
    found = roles("Police said the bullet entered her back and exited through her chest.")
    assert found == [("hit", 1)], found
    assert roles("A bullet went through and exited the teen's shoulder.") == [("hit", 1)]
    assert roles("Doctors said the bullet had just missed the boy's left eye.") == []
