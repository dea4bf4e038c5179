"""A number the parser hangs on a singular possessor ("three sheriff's deputies"), and a
passive verb coordinated after an active one with the same subject ("fought back and was
shot").

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

from claim_builders import counts, roles


def test_a_number_before_a_singular_possessor_counts_the_noun_possessed():
    assert roles("Three sheriff's deputies were shot on Friday.") == [("hit", 3)]


def test_a_named_possessor_with_compounds_passes_the_count_on():
    assert roles("The gunman later shot two Marlow County Sheriff's deputies.") == [("hit", 2)]


def test_the_possessed_noun_joins_its_conjuncts():
    found = counts("A gunman shot three sheriff's deputies and a civilian on Friday.")
    assert any(value == 4 and role == "hit" for _, value, role in found), found


def test_a_plural_possessor_keeps_its_number():
    found = counts("Two men's bodies were found in a field.")
    assert all(role is None for _, _, role in found), found


def test_a_passive_conjunct_is_done_to_the_subject_of_an_active_verb():
    assert roles("The clerk fought back and was shot in the leg.") == [("hit", 1)]


def test_a_passive_conjunct_gives_a_counted_subject_its_role():
    assert roles("Two men argued outside a bar and were shot.") == [("hit", 2)]


def test_an_active_verb_with_its_object_keeps_the_shooter_apart():
    found = counts("The gunman shot two men and was arrested.")
    assert ("two men", 2, "hit") in found, found
    assert not any(role == "hit" and value == 1 for _, value, role in found), found


def test_a_participle_joined_to_the_passive_conjunct_is_passive_too():
    found = roles("A passing cyclist tried to help and was shot and wounded by the gunman.")
    assert ("injured", 1) in found, found
