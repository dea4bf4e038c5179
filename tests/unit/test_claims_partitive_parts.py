"""A part taken out of a group already counted: "One of the three victims died".

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

from claim_builders import counts


def test_the_part_of_a_counted_group_is_in_its_own_clause_role():
    found = counts("One of the three victims died at the hospital on Sunday.")
    assert ("One of the three victims", 1, "killed") in found, found


def test_the_group_does_not_take_the_parts_verb():
    found = counts("One of the four victims died at the hospital on Sunday.")
    assert ("four victims", 4, "killed") not in found, found


def test_a_quantifier_one_of_takes_the_clause_and_leaves_the_group_its_own():
    found = counts("One of three people shot Tuesday on Elm Street has died.")
    assert ("One", 1, "killed") in found, found
    assert ("three people", 3, "hit") in found, found


def test_a_part_named_by_a_copula_takes_no_role_of_its_own():
    found = counts("Dana Reyes is one of two suspects arrested after the shooting.")
    assert [c for c in found if c[1] == 1] == [], found


def test_a_harm_participle_after_the_group_stays_the_groups():
    found = counts("One of the two men shot and killed in Riverton was a suspect.")
    assert ("two men", 2, "killed") in found, found
