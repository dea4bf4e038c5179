"""Shapes of harm the parse told badly (EXTRACTOR 81): a reduced relative of two
coordinated participles ("a student shot and killed by men"), a bare "one" the tagger read
as the pronoun in a coordinated clause, care told by leaving hospital, a condition told
through "as being"."""

from __future__ import annotations

import pytest
from claim_builders import roles


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the participles' outcome decides: one clause, one count
        ("Friends gathered for a teacher shot and killed by two robbers.", ("killed", 1)),
        ("Neighbours helped a cyclist struck and injured by a van.", ("injured", 1)),
        # "one" tagged as the pronoun, subject of the second clause
        ("Four hikers died and one was critically injured in the fall.", ("injured", 1)),
        ("One of the passengers has been released from the hospital.", ("injured", 1)),
        ("A woman was discharged from the hospital on Monday.", ("injured", 1)),
        ("The other three riders are listed as being in stable condition.", ("injured", 3)),
    ],
)
def test_shapes_give_the_count(text, count):
    assert count in roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "One can only imagine how one would be hurt by that.",
        "The mayor was described as being in the building.",
    ],
)
def test_no_count_of_harm(text):
    assert not any(role in ("killed", "injured", "hit") for role, _ in roles(text))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a list named by a subject whose own clause gives the role (EXTRACTOR 82)
        ("Those killed were Ann Reed and Tom Hill.", ("killed", 2)),
        ("The men who died were Joe Park and Sam Cole.", ("killed", 2)),
        (
            "Those killed were brothers John Smith, 40, and Mark Smith, 31; their cousin, "
            "Ann Lee, 22; and a neighbour, Tom Fox, 50.",
            ("killed", 4),
        ),
        ("The boy's uncle, Joe Park, 40, and his friend, Sam Cole, 31, also died.", ("killed", 2)),
    ],
)
def test_lists_named_by_their_subject(text, count):
    assert count in roles(text)


def test_a_title_names_no_person_by_an_event():
    text = "Crash That Left Father, 2 Children Dead Was Murder-Suicide, Police Say"
    assert ("killed", 1) not in roles(text)
