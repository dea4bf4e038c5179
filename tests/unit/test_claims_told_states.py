"""A state of care the parser broke apart, and a person's condition told of its own.

"Taken in critical condition to a hospital" (the "in" read as the verb's particle), "taken to
Mercy in serious condition" (the state hung on the place's name), "his condition was
stabilized", "her injuries are not life-threatening": each tells one person in care, injured
(the labels' convention for a person in a condition). Sentences invented here (none copied
from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    "text",
    [
        "A 30-year-old man was shot in the arm and taken in critical condition to a hospital.",
        "A 22-year-old woman was stabbed in the leg and was taken to Mercy in serious condition.",
    ],
)
def test_a_state_the_parser_broke_apart_still_puts_its_person_in_care(text):
    assert sorted(role for _, value, role in counts(text) if value == 1) == ["hit", "injured"]


def test_a_particle_given_an_object_of_its_own_is_the_state_preposition():
    found = counts("The clerk was brought in stable condition to the hospital.")
    assert [(value, role) for _, value, role in found if role] == [(1, "injured")]


@pytest.mark.parametrize(
    "text",
    ["The family took in the children.", "The clerk was taken in for questioning."],
)
def test_a_particle_with_a_determined_object_or_none_stays_a_particle(text):
    assert [role for _, _, role in counts(text) if role] == []


@pytest.mark.parametrize(
    "text",
    [
        "His condition was stabilized.",
        "Her injuries are not life-threatening.",
        "Police said his injuries appeared to be life-threatening.",
        "The clerk's condition was stable on Sunday.",
        "The condition of the clerk is critical.",
        "The clerk was stabilized at a trauma center.",
    ],
)
def test_a_persons_condition_told_is_one_injured(text):
    assert [(value, role) for _, value, role in counts(text) if role] == [(1, "injured")]


def test_the_conditions_of_a_numbered_group_count_the_group_in_care():
    found = counts("The conditions of the other two victims are stable.")
    assert [(value, role) for _, value, role in found if role] == [(2, "injured")]


@pytest.mark.parametrize(
    "text", ["Her condition is unknown.", "The condition of the clerk was not known."]
)
def test_a_condition_told_as_unknown_tells_no_state(text):
    assert [role for _, _, role in counts(text) if role] == []


@pytest.mark.parametrize("text", ["His injuries were fatal.", "The boy died of his injuries."])
def test_an_owned_injury_that_was_fatal_or_is_no_clause_subject_is_no_one_injured(text):
    assert [role for _, _, role in counts(text) if role == "injured"] == []


def test_an_owned_injury_in_another_clause_counts_its_owner_once():
    found = counts("She was treated for her injuries.")
    assert [(text, value, role) for text, value, role in found if role] == [("She", 1, "injured")]
