"""A person held "on a charge" is arrested and charged, one count each
(`claims/held_on_charges.py`, the labels' "on a charge" convention). Sentences invented here."""

from __future__ import annotations

import pytest
from claim_builders import article_claims


def _held(text: str) -> list[tuple[str, float, str, bool]]:
    return [
        (c.text, c.value["low"], c.role, bool(c.value.get("other_event")))
        for c in article_claims(text)
        if c.role in ("arrested", "charged")
    ]


@pytest.mark.parametrize(
    ("text", "who", "value"),
    [
        ("Orwen Tasker was booked on a charge of robbery.", "Orwen Tasker", 1),
        ("Police arrested two men on charges of aggravated assault.", "two men", 2),
        ("Two teens are being held on charges of attempted murder.", "Two teens", 2),
        ("A Quillby man is behind bars on a murder charge.", "A Quillby man", 1),
        ("He remains in custody on a charge of burglary.", "He", 1),
        ("Brannock Veel was arrested and arraigned on a felony charge.", "Brannock Veel", 1),
        ("She is being held in the Quillby County jail on charges of fraud.", "She", 1),
    ],
)
def test_a_person_held_on_a_charge_is_arrested_and_charged(text, who, value):
    assert _held(text) == [(who, value, "arrested", False), (who, value, "charged", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Brannock Veel was arrested on a warrant.",  # a warrant: no charge filed
        "Brannock Veel was arrested on suspicion of theft.",
        "Brannock Veel was arrested on Friday.",
        "Orwen Tasker will be booked on a charge of robbery when he leaves the hospital.",
    ],
)
def test_no_charge_is_read_from_a_custody_without_a_charge_filed(text):
    assert "charged" not in {role for _, _, role, _ in _held(text)}


def test_no_one_held_is_no_one_charged():
    assert _held("No one has been arrested on charges in the robbery.") == [
        ("No one", 0, "arrested", False)
    ]


def test_a_charge_for_something_else_is_another_cases_for_both_roles():
    found = _held("Orwen Tasker is in jail on unrelated charges.")
    assert [role for _, _, role, _ in found] == ["arrested", "charged"]
    assert all(marked for _, _, _, marked in found)


def test_a_group_and_its_names_held_on_a_charge_are_charged_once():
    text = "Two men, 21-year-old Orwen Tasker and 20-year-old Brannock Veel, were held on charges."
    found = _held(text)  # the group and its names are two arrested counts of one predicate
    assert [value for _, value, role, _ in found if role == "charged"] == [2]
