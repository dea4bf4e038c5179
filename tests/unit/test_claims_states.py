"""The state a person is left in, told in the shapes that break the small parser's tree:
adjectives coordinated before "condition", any condition at all, and a second object of
"left" with a state of its own. The conflicts finder needs these claims for a victim hurt
then dead.

Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    "text",
    [
        "The clerk was listed in serious, but stable condition.",
        "Doctors say he remains there in critical but stable condition.",
        "The driver is in satisfactory condition.",
        "The clerk was in non-life-threatening condition on Friday.",
    ],
)
def test_a_person_in_any_condition_is_one_injured(text):
    assert [(value, role) for _, value, role in counts(text)] == [(1, "injured")]


def test_a_thing_in_a_condition_is_no_count():
    assert counts("The old barn was in poor condition.") == []


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("The blast left two workers dead and another in critical condition.", "another"),
        ("The fire left one tenant dead and four in serious condition.", "four"),
    ],
)
def test_a_second_object_of_left_has_its_own_state(text, second):
    found = counts(text)
    assert (found[0][1], found[0][2]) == (found[0][1], "killed")
    injured = [(words, role) for words, _, role in found if words == second]
    assert injured == [(second, "injured")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The 4-year-old suffered minor injuries.", "injured"),
        ("A nine-day-old girl died of her wounds.", "killed"),
        ("The 6-week-old was shot in the arm.", "hit"),
        # a headline's participle with a manner before it, the age read as its modifier
        ("7-year-old seriously hurt in backyard shooting", "injured"),
        ("9-year-old critically wounded at a party", "injured"),
    ],
)
def test_an_age_as_a_noun_is_one_person_in_its_role(text, role):
    assert [(value, r) for _, value, r in counts(text)] == [(1, role)]


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        ("Also killed in the blast was Ned Price, 44.", 1, "killed"),
        ("Also wounded in the attack were three guards.", 3, "injured"),
    ],
)
def test_an_inverted_clause_gives_its_subject_the_role(text, value, role):
    assert [(v, r) for _, v, r in counts(text)] == [(value, role)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The nurse was among those killed in the fire.", "killed"),
        ("Among the wounded was a retired teacher.", "injured"),
    ],
)
def test_a_person_among_a_group_in_a_role_is_one_in_it(text, role):
    assert [(v, r) for _, v, r in counts(text)] == [(1, role)]


def test_a_person_among_a_group_in_no_role_is_no_count():
    assert counts("The nurse was among the guests at the wedding.") == []


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        ("The driver, believed to be in his 40s, was pronounced dead at the scene.", 1, "killed"),
        ("Three guards, believed to be brothers, were wounded in the riot.", 3, "injured"),
    ],
)
def test_a_subject_set_off_by_a_participle_clause_keeps_its_verb(text, value, role):
    assert (value, role) in [(v, r) for _, v, r in counts(text)]
