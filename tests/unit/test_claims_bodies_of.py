"""A body told "of" whom it is ("the bodies of two men", "the body of the victim"): those
named are the dead, counted once, and the body is no second count.

Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Firefighters found the bodies of the farmer's wife and son in a shed.", 2),
        ("Divers recovered the body of a fisherman near the pier.", 1),
        ("Deputies found the bodies of three hikers in a ravine.", 3),
    ],
)
def test_the_persons_a_body_is_of_are_the_dead(text, value):
    found = [(v, role) for _, v, role in counts(text) if role]
    assert (value, "killed") in found
    assert all(role == "killed" for _, role in found)
    assert [v for v, _ in found if v == 1 and value != 1] == []


def test_a_body_of_no_one_named_is_still_one_dead():
    assert [(v, role) for _, v, role in counts("A body was found in the river.") if role] == [
        (1, "killed")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A deputy carried the nearly lifeless body of a 6-year-old boy to the ambulance.",
        "Medics lifted the almost lifeless body of a teenager onto a stretcher.",
    ],
)
def test_a_body_graded_short_of_lifeless_is_a_living_person(text):
    assert [(v, role) for _, v, role in counts(text) if role] == [(1, "injured")]


def test_a_lifeless_body_is_still_the_dead():
    text = "A deputy carried the lifeless body of a 6-year-old boy to the ambulance."
    assert [(v, role) for _, v, role in counts(text) if role] == [(1, "killed")]
