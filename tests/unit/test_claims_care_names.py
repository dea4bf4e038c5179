"""A person others carry to a place the text names only by its name ("was transported to
UMC", "airlifted to Vanderbilt") is in care, as "taken to the hospital" is; not a place
whose name says another kind of place ("the Cook County Jail").

Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The child was transported to UMC.", "The child"),
        ("The boy was airlifted to Vanderbilt.", "The boy"),
        ("A medical crew took him to Mercy.", "him"),
    ],
)
def test_one_carried_to_a_named_place_is_one_injured(text, words):
    assert counts(text) == [(words, 1, "injured")]


@pytest.mark.parametrize(
    "text",
    [
        "The suspect was taken to the Cook County Jail.",
        "The body was taken to the Medical Examiner's Office.",
        "He drove to Memphis.",  # one's own going: no care told
    ],
)
def test_a_named_place_of_another_kind_or_ones_own_going_is_no_care(text):
    # a jail is custody: an arrest (the roles data's `custody`), no care
    assert [c for c in counts(text) if c[2] != "arrested"] == []


def test_a_named_place_where_the_person_died_is_the_death():
    assert counts("The man was taken to Mount Sinai, where he died.") == [("he", 1, "killed")]
