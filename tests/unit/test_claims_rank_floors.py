"""A person ranked second or later, first told, counts at least its rank."""

from __future__ import annotations

import pytest
from claim_builders import counts

from workbench.claims.rank_floors import rank_number


@pytest.mark.parametrize(
    ("text", "floor"),
    [
        ("Divers recovered a second body from the river on Monday.", ("killed", 2)),
        ("3rd body pulled from lake", ("killed", 3)),  # a headline: no article
        ("A second teenager has been charged in the robbery.", ("charged", 2)),
        # the parser hangs the rank on the noun compounded before the person noun
        ("Deputies have arrested a second robbery suspect in the case.", ("arrested", 2)),
    ],
)
def test_a_rank_first_told_is_a_floor(text, floor):
    floors = [(role, low) for _, low, role in counts(text) if (role, low) == floor]
    assert floors == [floor]


def test_a_person_ranked_in_a_harm_role_is_one():
    # victims are ranked whatever their fate, of this event or not: one, as any mention
    found = counts("A gunman killed one guard, and a second guard was wounded.")
    assert [c for c in found if c[0] == "a second guard"] == [("a second guard", 1, "injured")]


@pytest.mark.parametrize(
    "text",
    [
        "The second victim was released from the hospital on Friday.",  # told again
        "Officers were called to a second homicide an hour later.",  # an event noun
        "Police are still looking for a second gunman.",  # no role a count has
    ],
)
def test_a_rank_told_again_or_of_an_event_is_no_floor(text):
    assert not [c for c in counts(text) if c[1] >= 2]


def test_a_rank_joined_to_a_compound_by_a_hyphen_ranks_that_word():
    found = counts("Officers arrested a second-degree murder suspect at a motel on Friday.")
    assert not [c for c in found if c[1] >= 2]


def test_rank_numbers():
    assert [rank_number(w) for w in ("second", "2nd", "21st", "tenth", "secondly")] == [
        2,
        2,
        21,
        10,
        None,
    ]
