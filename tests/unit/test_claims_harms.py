"""Counts read from a harm a person bears, where no verb of harm says it.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from test_claims_two_roles import counts


@pytest.mark.parametrize(
    ("text", "words", "role"),
    [
        ("A teenager arrived at the clinic with a gunshot wound to the leg.", "A teenager", "hit"),
        ("The clerk was found, suffering from a gunshot wound.", "The clerk", "hit"),
        ("A neighbor sustained a gun shot wound in the exchange.", "A neighbor", "hit"),
        ("The driver was found in a car with a fatal gunshot wound.", "The driver", "killed"),
        ("Police said the girl appeared to be the victim of a stray shooting.", "the girl", "hit"),
        ("Deputies believe the boy's gunshot wound was accidental.", "the boy", "hit"),
    ],
)
def test_a_borne_harm_puts_its_bearer_in_a_role(text, words, role):
    assert (words, 1, role) in counts(text), counts(text)


def test_the_modifier_decides_over_the_noun():
    found = counts("A man arrived at the clinic with non-fatal gunshot wounds.")
    assert found == [("A man", 1, "injured")], found


def test_a_harm_of_another_phrase_is_not_the_subjects():
    assert counts("The coach shielded a player from the bullets.") == []
    found = counts("Medics took a man to Lakeview Medical Center with minor injuries.")
    assert [(w, r) for w, _, r in found] == [("a man", "injured")], found


def test_recovering_from_a_gunshot_wound_is_injured_and_hit():
    found = counts("Their son is recovering from a gunshot wound.")
    assert ("Their son", 1, "injured") in found and ("Their son", 1, "hit") in found, found


def test_a_plural_subject_of_a_reflexive_harm_is_its_patient():
    found = counts("Police said two boys who shot themselves were playing with a rifle.")
    assert ("two boys", 2, "hit") in found, found


def test_where_a_verb_takes_its_object_is_the_objects_not_the_subjects():
    found = counts("After the shooting a man took a woman to the hospital.")
    assert [(w, r) for w, _, r in found] == [("a woman", "injured")], found


def test_a_transport_to_a_trauma_center_is_injured():
    found = counts("A teenager was airlifted to a trauma center.")
    assert ("A teenager", 1, "injured") in found, found


def test_what_the_victims_were_is_counted_in_their_role():
    found = counts("Police said the victims were a woman and two men.")
    assert ("a woman and two men", 3, "hit") in found, found


def test_a_floated_both_after_a_copula_counts_two():
    found = counts("Deputies said the shooting victims were both teenagers.")
    assert [(v, r) for _, v, r in found] == [(2, "hit")], found


def test_an_unharmed_subject_names_no_victim():
    found = counts("After the shooting, police said the uninjured victim was a man from Ohio.")
    assert [r for _, _, r in found if r in ("hit", "injured", "killed")] == [], found


def test_a_harm_in_a_relative_clause_or_a_nested_phrase_is_its_nouns():
    found = counts("Neighbors prayed for their son, who is recovering from a gunshot wound.")
    assert ("their son", 1, "hit") in found, found
    found = counts("Medics reported 3 women in their 20s with gunshot wounds.")
    assert ("3 women", 3, "hit") in found, found


def test_the_owner_of_a_body_part_bears_what_happens_to_it():
    found = counts("The round struck the knee of a girl who was sitting nearby.")
    assert ("a girl", 1, "hit") in found, found
    found = counts("Her cousin said his brother's arm was broken by a bullet.")
    assert ("his brother", 1, "hit") in found, found


def test_a_preposition_hung_on_the_object_belongs_to_the_verb():
    found = counts("The shooting sent both him and a young woman to the hospital.")
    assert ("him and a young woman", 2, "injured") in found, found


def test_a_part_of_a_group_in_a_state_is_in_that_role():
    found = counts("At least a half-dozen of the murdered guests were students.")
    assert [(v, r) for _, v, r in found] == [(6, "killed")], found


def test_a_verb_and_its_object_say_what_the_subject_underwent():
    found = counts("Relatives said one man who committed suicide had been shot before.")
    assert ("one man", 1, "killed") in found, found


def test_how_often_is_no_count_of_people():
    found = counts("The clerk was shot five times behind the counter.")
    assert ("The clerk", 1, "hit") in found, found
    assert [r for _, v, r in found if v == 5] == [None], found
