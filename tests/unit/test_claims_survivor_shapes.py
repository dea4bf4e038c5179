"""Survivors told in more wordings: a future state ("is going to be OK"), a number or "both"
in a survivor's state, a state a verb leaves its object in ("left him paralyzed"), and a
time clause "after" that tells the same person's cause.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims

from workbench.claims.survival import SURVIVAL_MARK

HARM = "Five people were shot outside a bar on Friday night."


def _roles(*texts: str) -> list[tuple[str, float, str | None]]:
    return [(c.text, c.value["low"], c.role) for c in article_claims(*texts) if c.role]


def test_a_future_state_is_a_survivors_state():
    found = _roles(HARM, "Her father said the girl is going to be OK.")
    assert ("the girl", 1, "injured") in found, found


def test_going_somewhere_is_no_state():
    found = _roles(HARM, "The coach is going to be at the vigil on Sunday.")
    assert [f for f in found if f[0] == "The coach"] == [], found


@pytest.mark.parametrize(
    ("told", "value"),
    [
        ("Both are expected to be okay.", 2),
        ("Police said all 3 will be okay.", 3),
        ("Two others are going to be fine, officers said.", 2),
    ],
)
def test_a_number_in_a_survivors_state_is_injured_and_marked(told, value):
    claims = [c for c in article_claims(HARM, told) if c.role == "injured"]
    assert [c.value["low"] for c in claims] == [value], claims
    assert all(c.value.get(SURVIVAL_MARK) for c in claims)


def test_a_number_in_a_survivors_state_before_any_harm_is_no_count():
    found = _roles("Both are expected to be okay.", "The pair had been at a party.")
    assert found == [], found


def test_a_negated_state_of_a_number_is_no_count():
    found = _roles(HARM, "Both are not expected to be okay.")
    assert [f for f in found if f[0] == "Both"] == [], found


@pytest.mark.parametrize(
    ("told", "who"),
    [
        ("The teenager was left paralyzed.", "The teenager"),
        ("The gunfire left him paralyzed from the chest down.", "him"),
    ],
)
def test_a_state_a_verb_leaves_its_object_in_is_a_survivors_state(told, who):
    claims = [c for c in article_claims(HARM, told) if c.text == who]
    assert [(c.role, c.value["low"]) for c in claims] == [("injured", 1)], claims
    assert claims[0].value.get(SURVIVAL_MARK)


def test_a_state_a_verb_did_not_leave_is_no_count():
    found = _roles(HARM, "The bullet did not leave him paralyzed.")
    assert [f for f in found if f[0] == "him"] == [], found


def test_a_cause_told_after_the_state_is_the_same_person():
    found = _roles("A man is recovering in a hospital after a stray bullet left him paralyzed.")
    assert [f for f in found if f[2] == "injured"] == [("A man", 1, "injured")], found


def test_a_number_in_a_survivors_state_needs_as_many_told_hurt():
    found = _roles(
        "A deputy was shot during the chase.",
        "The car crashed into a van. Police believe those three will be okay.",
    )
    assert [f for f in found if f[2] == "injured" and f[1] == 3] == [], found


def test_last_seen_alive_is_no_survivors_state():
    found = _roles(HARM, "The girl was last seen alive on Tuesday.")
    assert [f for f in found if f[0] == "The girl"] == [], found
