"""Whose harm a clause tells: the owner of "the life of", never the one who took it; never
a noun the parser hangs as an object on "died"; "not one" is a zero; "the age of 12" is an
age; a non-fatal wound says the person hit lived; "passing cars" is no one's end.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


def test_the_lives_taken_are_the_owners_not_the_takers():
    found = counts("A gunman took the lives of three people at the mall.")
    assert found == [("three people", 3, "killed")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The crash took the life of a teenager.", "a teenager"),
        ("The fire claimed the life of a toddler.", "a toddler"),
    ],
)
def test_a_singular_owner_of_a_life_taken_is_one_killed(text, words):
    assert counts(text) == [(words, 1, "killed")]


def test_taking_ones_own_life_is_still_the_subjects_death():
    assert counts("The man took his own life after the shooting.") == [("The man", 1, "killed")]


def test_a_place_hung_on_died_as_an_object_is_no_victim():
    found = counts("Three teens have died in or near metro Denver from stray bullets.")
    assert found == [("Three teens", 3, "killed")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Not one person was hurt in the crash.", "Not one person"),
        ("Not a single person was hurt.", "Not a single person"),
    ],
)
def test_not_one_is_a_zero(text, words):
    assert counts(text) == [(words, 0, "injured")]


def test_a_contrast_with_not_one_counts_only_the_one():
    assert counts("One man was shot, not one woman.") == [("One man", 1, "hit")]


def test_the_age_of_a_group_is_no_count():
    found = counts("Last year 40 children under the age of 12 died from gunfire.")
    assert found == [("40 children", 40, "killed")]


def test_a_non_fatal_gunshot_wound_says_the_hit_lived():
    found = counts("Officers said two other men suffered non-life-threatening gunshot wounds.")
    assert sorted(found) == [("two", 2, "hit"), ("two", 2, "injured")]


def test_a_gunshot_wound_alone_is_hit_and_injured():
    found = sorted(counts("A man suffered a gunshot wound to the leg."))
    assert found == [("A man", 1, "hit"), ("A man", 1, "injured")]  # one who has it lived


def test_a_participle_with_an_object_is_no_agents_end():
    assert counts("He was throwing rocks at passing cars, damaging two of them.") == [
        ("two", 2, None)
    ]


def test_a_places_state_after_a_comma_is_no_second_person():
    found = counts("Services were set for Ana Ruiz, who was killed in a shooting in Dayton, OH.")
    assert found == [("Ana Ruiz", 1, "killed")]
