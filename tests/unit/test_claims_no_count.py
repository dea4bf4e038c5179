"""Numbers in a count's place that count no one, and counts whose noun or state the parse
puts a word away: ages, how often, a range's noun, a state after a group, a graded zero.

Sentences invented here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


def roles_of(text: str) -> dict[str, str | None]:
    return {words: role for words, _, role in counts(text)}


def role_of(text: str, words: str) -> str | None:
    """The role of the count whose span is, or begins with, these words."""
    found = counts(text)
    exact = [role for said, _, role in found if said == words]
    return (exact or [role for said, _, role in found if said.startswith(words)] or ["absent"])[0]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The cashier was shot three to four times in the chest.", "three to four"),
        ("A witness said the gunman fired at the car about 12 times.", "about 12"),
        ("He stabbed his neighbor five times, deputies said.", "five"),
    ],
)
def test_a_number_of_times_is_how_often_not_how_many(text, number):
    assert roles_of(text).get(number, "absent") is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Tomas Ortiz and Lena Park, both 17, were killed in the crash.", "17"),
        ("The three injured riders are younger than 16, officials said.", "16"),
        ("Both men wounded in the attack were older than 60.", "60"),
    ],
)
def test_an_age_spread_by_both_or_compared_counts_no_one(text, age):
    assert roles_of(text).get(age, "absent") is None


def test_a_true_count_beside_an_age_comparison_keeps_its_role():
    assert role_of("Four students younger than 18 were injured in the blast.", "Four") == "injured"


def test_a_range_counts_the_noun_its_first_number_modifies():
    found = roles_of("Deputies are looking for three or four robbery suspects.")
    assert found.get("three or four") not in ("hit", "killed", "injured")
    assert (
        role_of("Two or three hikers were hurt by the falling rocks.", "Two or three") == "injured"
    )


def test_a_state_after_a_group_is_said_of_every_part():
    found = roles_of("The blast left two boys and one woman injured on Tuesday.")
    assert found.get("two boys") == "injured"
    assert found.get("two boys and one woman") == "injured"
    assert found.get("one woman") == "injured"


def test_parts_with_states_of_their_own_keep_them():
    text = "The crash left two drivers dead and three passengers injured."
    assert role_of(text, "two drivers") == "killed"
    assert role_of(text, "three passengers") == "injured"


def test_a_zero_of_a_graded_harm_is_no_zero_of_the_harm():
    assert counts("None of the riders suffered life-threatening injuries.") == []
    assert ("No one", 0, "injured") in counts("No one suffered injuries in the collapse.")
    assert ("No one", 0, "hit") in counts("No one suffered gunshot wounds, police said.")


def test_a_name_that_shot_and_killed_is_the_one_who_did_it():
    found = counts("Ray Cole, 52, shot and killed his two cousins on Friday.")
    assert ("Ray Cole", 1, "hit") not in found
    assert ("two cousins", 2, "killed") in found
    assert ("Cole", 1, "hit") in counts("Cole shot at Main Street bar")


def test_adjectives_set_off_by_a_comma_leave_the_count_on_its_noun():
    found = counts("Police said five young, unarmed men were wounded in the attack.")
    found += counts("Officers found three adult, female victims were taken to a hospital.")
    assert [(value, role) for _, value, role in found] == [(5, "injured"), (3, "injured")]
    assert ("One adult", 1, "hit") in counts("One adult, male victim was shot.")


@pytest.mark.parametrize(
    "text",
    [
        "Dispatchers took a 911 call about a man with a gunshot wound.",
        "The victim was found near Gate 12 after the shooting.",
    ],
)
def test_a_number_above_one_on_a_singular_noun_names_it(text):
    assert all(value == 1 or role is None for _, value, role in counts(text))
