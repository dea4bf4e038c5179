"""Negation as reporters write it: "nor", "neither", and a negated verb beside a harm."""

from __future__ import annotations

import pytest

from workbench.claims import extract_claims
from workbench.models import Sentence, Source


def roles(text: str) -> list[tuple[str | None, float]]:
    source = Source(1, "t.txt", text, "h", published="2021-05-02")
    found = extract_claims(source, [Sentence(1, 1, 0, 0, 0, len(text), text)])
    return [(c.role, c.value["low"]) for c in found if c.kind == "quantity"]


def test_nor_negates_the_clause_it_begins():
    # no one hurt; the charge denied is 0 charged (EXTRACTOR 970, the labels' "the driver was
    # not charged and was released": charged 0)
    assert roles("The driver was not charged, nor did she suffer any injury.") == [("charged", 0)]


def test_neither_counts_no_one():
    assert roles("Neither deputy was wounded in the exchange.") == []


def test_a_death_after_a_negated_verb_is_not_negated():
    assert roles("The girl never woke up and died on Tuesday.") == [("killed", 1)]


def test_a_negated_harm_beside_a_harm_done_says_nothing():
    assert roles("The clerk was not hurt at first but got hit by a second shot.") == [("hit", 1)]


def test_a_verb_denied_says_its_role():
    assert roles("A toddler did not survive.") == [("killed", 1)]
    assert ("killed", 1) in roles("The cyclist was struck in the chest and did not survive.")
    assert roles("The cyclist survived.") == [("injured", 1)]


def test_nobody_is_the_whole_span_of_its_zero():
    # The small model may hang "a miracle" on "nobody" as a compound: the zero is nobody's.
    text = "With nine shots fired so fast, it's a miracle nobody's dead, the neighbour said."
    source = Source(id=1, file="t", text=text, content_hash="x", published="2021-05-04")
    found = extract_claims(source, [Sentence(1, 1, 0, 0, 0, len(text), text)])
    zeros = [(c.text, c.role) for c in found if c.kind == "quantity" and c.value["low"] == 0]
    assert zeros == [("nobody", "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "The surgeon said the boy would not have survived without the transfusion.",
        "If the patient does not survive, the charge will be murder.",
        "Doctors fear she may not survive the weekend.",
    ],
)
def test_a_denial_of_what_did_not_happen_is_no_death(text):
    assert "killed" not in [role for role, _ in roles(text)]


def test_a_denial_of_what_happened_is_a_death():
    assert roles("The clerk did not survive.") == [("killed", 1)]
