"""A part taken out of a group already counted: "One of the three victims died".

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


def test_the_part_of_a_counted_group_is_in_its_own_clause_role():
    found = counts("One of the three victims died at the hospital on Sunday.")
    assert ("One of the three victims", 1, "killed") in found, found


def test_the_group_does_not_take_the_parts_verb():
    found = counts("One of the four victims died at the hospital on Sunday.")
    assert ("four victims", 4, "killed") not in found, found


def test_a_part_named_by_a_copula_takes_no_role_of_its_own():
    found = counts("Dana Reyes is one of two suspects arrested after the shooting.")
    assert [c for c in found if c[1] == 1] == [], found


def test_a_harm_participle_after_the_group_stays_the_groups():
    found = counts("One of the two men shot and killed in Riverton was a suspect.")
    assert ("two men", 2, "killed") in found, found


@pytest.mark.parametrize(
    ("text", "part", "group"),
    [
        (  # the parser's quantifier phrase "one of"
            "One of three people shot Tuesday on Elm Street has died.",
            ("One", 1, "killed"),
            ("three people", 3, "hit"),
        ),
        (
            "The gunman killed three of his five victims near the college.",
            ("three of his five victims", 3, "killed"),
            ("five victims", 5, "hit"),
        ),
    ],
)
def test_the_part_takes_its_clause_and_the_group_keeps_its_own_role(text, part, group):
    found = counts(text)
    assert part in found and group in found, found


def test_a_part_whose_clause_tells_nothing_of_the_event_keeps_the_groups_role():
    found = counts("Three of the four victims attended the high school on Elm Street.")
    parts = [role for _, value, role in found if value == 3]
    group = [role for _, value, role in found if value == 4]
    # The group's roles are the victims' (hit, and injured too when the page tells no dead:
    # EXTRACTOR 659); the part, whose own clause tells nothing, takes exactly the same.
    assert "hit" in group and parts == group, found


def test_arrested_parts_of_a_group_of_suspects():
    found = counts("Police arrested two of the four suspects on Monday.")
    assert ("two of the four suspects", 2, "arrested") in found, found
