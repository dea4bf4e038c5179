"""Claims only from what the text asserts: no count from a question or a condition, from a
survival of an event, and the harm noun a counted noun hangs on says its role."""

from __future__ import annotations

import pytest

from workbench.claims import extract_claims
from workbench.models import Sentence, Source


def roles(text: str) -> list[tuple[str | None, float]]:
    source = Source(1, "t.txt", text, "h", published="2021-05-02")
    found = extract_claims(source, [Sentence(1, 1, 0, 0, 0, len(text), text)])
    return [(c.role, c.value["low"]) for c in found if c.kind == "quantity"]


@pytest.mark.parametrize(
    "text",
    [
        "Deputies could not say if the clerk had died.",
        "Officers have not said whether the driver will face charges.",
        "Deputies said the driver would be charged if the evidence held.",
        "The clerk could have been killed, his manager said.",
        "It is unclear whether the cousins were hurt.",
    ],
)
def test_a_question_or_an_unreal_clause_counts_no_one(text):
    assert [r for r in roles(text) if r[0] in ("killed", "injured", "hit", "charged")] == []


def test_a_condition_may_tell_what_happened():
    # A witness's "if someone could ... shoot four people": a condition is no question.
    found = roles("If a man can walk in and stab two hikers, nobody is safe, a neighbour said.")
    assert ("hit", 2) in found


def test_a_person_told_of_inside_a_question_keeps_their_own_state():
    # The relative clause is told as a fact; only the question's own verb is asked.
    assert roles("Nobody knows whether the clerk who was stabbed saw the robber.") == [("hit", 1)]


def test_an_asserted_clause_beside_a_question_still_counts():
    found = roles("Two cousins were stabbed, and deputies did not say if anyone else was hurt.")
    assert ("hit", 2) in found


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, who survived the stabbing, told reporters she ran.",
        "The clerk survived the robbery and called the police.",
    ],
)
def test_surviving_an_event_is_no_injury(text):
    assert roles(text) == []


@pytest.mark.parametrize(
    "text",
    ["The clerk survived her injuries.", "The clerk survived a stab wound to the arm."],
)
def test_surviving_a_wound_is_an_injury(text):
    assert ("injured", 1) in roles(text)


def test_the_harm_noun_a_count_hangs_on_gives_its_role():
    assert roles("Deputies are looking into the deaths of two hikers stabbed Friday.") == [
        ("killed", 2)
    ]
    assert roles("The injuries of three hikers stabbed Friday were minor.") == [("injured", 3)]


def test_a_noun_that_is_no_harm_leaves_the_state_its_role():
    assert ("killed", 3) in roles("Deputies released the names of three hikers killed Friday.")


def test_a_harm_noun_inside_a_question_is_told_as_a_fact():
    found = roles("It is unclear whether the charge will change after the clerk's death.")
    assert ("killed", 1) in found


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors will seek the executions of three guards.",
        "The clerk was accused of plotting the murder of two guards.",
    ],
)
def test_a_harm_noun_sought_is_meant_not_done(text):
    assert "killed" not in [role for role, _ in roles(text)]
