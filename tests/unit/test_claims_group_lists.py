"""A list that names the members of a group in a role counts that many in the role.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims, counts


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        (
            "The victims included a 15-year-old boy, a 30-year-old man and a 44-year-old woman.",
            3,
            "hit",
        ),
        (
            "Police identified the victims as Ana Ruiz, 31; Joe Kent, 40; and Lee Park, 22.",
            3,
            "hit",
        ),
        ("The men who died were identified as Tom Bell, 27, and Sam Ortiz, 35.", 2, "killed"),
        ("The dead were named as Ana Ruiz, 31, and Lee Park, 22.", 2, "killed"),
    ],
)
def test_a_list_of_a_groups_members_counts_them_in_its_role(text, value, role):
    assert any(v == value and r == role for _, v, r in counts(text)), counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The guests included a 15-year-old boy, a 30-year-old man and a 44-year-old woman.",
        "The four victims were Ana Ruiz, Joe Kent, Lee Park and Tom Bell.",  # the number counts
    ],
)
def test_a_list_of_a_group_in_no_role_or_already_counted_counts_no_list(text):
    found = counts(text)
    assert not any(v in (3, 4) and "," in words for words, v, _ in found), found


def test_a_list_is_no_clue_to_the_events_date():
    """ "identified the victims Thursday as A and B": the day they were named, not harmed."""
    found = article_claims(
        "Two men were shot dead at a park on Saturday.",
        "The men who died were identified Thursday as Tom Bell, 27, and Sam Ortiz, 35.",
    )
    listed = [c for c in found if c.text.startswith("Tom Bell")]
    assert listed and all(c.value.get("undated") for c in listed), found
