"""One of a counted group whose own clause tells no role: a part, value 1, in the group's
role ("X was one of the three people wounded"), as the labels count it (labels31w).

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    ("text", "part", "role"),
    [
        (
            "Ramos was one of the three people wounded in the attack.",
            "one of the three people",
            "injured",
        ),
        (
            "One of the four people shot was a close friend of the family.",
            "One of the four people",
            "hit",
        ),
        ("The gunman is one of the two dead.", "one of the two", "killed"),
        (
            "Jada Ruiz, one of five shooting victims, was taken from the scene.",
            "one of five shooting victims",
            "hit",
        ),
    ],
)
def test_one_of_a_counted_group_is_a_part_in_the_groups_role(text, part, role):
    found = counts(text)
    assert (part, 1, role) in found, found


def test_a_one_whose_own_clause_tells_a_role_keeps_that_role_alone():
    found = counts("One of the three people wounded died at the hospital on Monday.")
    ones = [f for f in found if f[0].startswith("One of") and f[1] == 1]
    assert ones == [("One of the three people", 1, "killed")], found


@pytest.mark.parametrize(
    "text",
    [
        "Lee is one of the two suspects arrested on Friday.",  # no harm: the group's alone
        "Police said one of the three cars was stolen.",  # no count of persons harmed
    ],
)
def test_one_of_a_group_in_no_harm_is_no_part(text):
    found = counts(text)
    assert [f for f in found if f[0].lower().startswith("one of")] == [], found
