"""A group the page counted in a harm, named again in a clause that tells no harm, takes the
role the page tells the group (dev_af's numbered-person-noun convention; EXTRACTOR 921).

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

from claim_builders import article_roles as _roles


def test_a_group_named_again_among_survivors_is_injured():
    found = _roles(
        "Four teens were shot on Elm Street on Sunday.", "All four teens were in a band."
    )
    assert ("four teens", 4, "injured") in found, found


def test_a_group_named_again_on_a_page_of_dead_and_living_is_hit():
    found = _roles(
        "Four men were shot on Elm Street on Sunday, one fatally.",
        "The four men were walking home from a wedding.",
    )
    assert ("four men", 4, "hit") in found, found


def test_a_group_told_dead_named_again_is_killed():
    found = _roles(
        "Two women were shot and killed on Elm Street on Sunday.",
        "The two women were identified as Ana Ruiz and Lena Ortiz.",
    )
    assert ("two women", 2, "killed") in found, found


def test_a_part_of_them_takes_the_groups_role():
    found = _roles("Five people were shot on Elm Street.", "Four of them were men.")
    assert ("Four", 4, "hit") in found, found


def test_a_number_not_named_again_stays_without_a_role():
    found = _roles("Two men were shot on Elm Street.", "Earlier, two men drove up in a red car.")
    assert ("two men", 2, None) in found, found


def test_another_kind_of_persons_is_not_the_group():
    found = _roles("Two women were shot on Elm Street.", "The two men were friends of the family.")
    assert ("two men", 2, None) in found, found


def test_a_size_told_in_a_role_of_no_harm_is_not_read():
    found = _roles(
        "Two women were shot on Elm Street.",
        "Police arrested two men on Monday.",
        "The two women were sisters.",
    )
    assert ("two women", 2, None) in found, found


def test_agents_of_the_law_are_no_harm_group():
    found = _roles("Two men were shot on Elm Street.", "The two officers were not hurt.")
    assert not [f for f in found if f[0] == "two officers" and f[2] in ("injured", "hit")], found


def test_three_or_more_with_no_noun_named_again_take_the_groups_role():
    found = _roles(
        "Three men were shot and killed on Elm Street.", "The three were found near a car."
    )
    assert ("three", 3, "killed") in found, found


def test_a_pair_with_no_noun_is_left_to_its_noun():
    # "the two" so often joins the doer and the one harmed: no count.
    found = _roles("Two women were shot on Elm Street.", "The two had argued for weeks.")
    assert not [f for f in found if f[0] == "two" and f[2]], found
