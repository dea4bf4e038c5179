"""A count in a clause told as what may come to pass (a modal of possibility) is no claim
of the clause's role; the same count told as done still is."""

from __future__ import annotations

import pytest
from claim_builders import roles

HARMS = ("killed", "injured", "hit")


@pytest.mark.parametrize(
    "text",
    [
        "Two hikers might be released from the hospital on Friday.",
        "Two hikers may be released from the hospital on Friday.",
        "Without the helmet the clerk would have been hurt, deputies said.",
        'Some callers told the clerk, "I wish you\'d killed him."',
    ],
)
def test_a_possibility_is_no_harm(text):
    assert [r for r in roles(text) if r[0] in HARMS] == []


def test_a_contracted_had_tells_what_happened():
    assert ("hit", 1) in roles("The guard said he'd been shot in the arm.")


def test_the_same_count_told_as_done_is_a_claim():
    assert ("injured", 2) in roles("Two hikers were released from the hospital on Friday.")


def test_will_states_an_intent_and_no_charge_yet():
    # The labels' convention (arrests33, tests/labelled/gva/README.md): a charge still to
    # come ("will be charged") states none; the count stays, in no role.
    assert (None, 3) in roles("Three men will be charged with assault, police said.")


@pytest.mark.parametrize(
    "text",
    [
        "The charge could change if the clerk dies of her injuries, deputies said.",
        "Unless the clerk recovers, the case goes to a grand jury.",
    ],
)
def test_a_condition_is_no_harm(text):
    assert [r for r in roles(text) if r[0] in HARMS] == []


def test_a_person_shot_inside_a_condition_keeps_their_own_state():
    assert ("hit", 1) in roles("If the clerk who was stabbed dies, the charge will change.")


@pytest.mark.parametrize(
    ("text", "role", "n"),
    [
        ("Shots rang out, and at least three people may have been injured.", "injured", 3),
        ("A 15-year-old boy may have shot himself in the foot on Friday.", "hit", 1),
        ("A woman might have been struck by a stray bullet, deputies said.", "hit", 1),
    ],
)
def test_a_past_the_reporter_hedges_keeps_its_role(text, role, n):
    assert (role, n) in roles(text)


def test_could_have_been_tells_what_did_not_happen():
    assert [r for r in roles("The cashier could have been killed.") if r[0] in HARMS] == []
