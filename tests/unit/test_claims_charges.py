"""Counts of those charged (`claims/syntax.py`, `word_counts.py`, `counts.py`): a charge
still to come states none, a count of charges or cases is no count of people, and "in
charge of" names a duty, no charge. Sentences invented here."""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    "text",
    [
        "One student will be charged as an adult after the shooting.",
        "The teen will likely face the same charges when he leaves the hospital.",
        "Upon his release, he'll be charged with attempted murder.",
        "No charges are expected to be filed, the sheriff said.",
        "Toddler shot by brother; no charges expected, police say",
    ],
)
def test_a_charge_still_to_come_states_none(text):
    assert not [c for c in counts(text) if c[2] == "charged"]


def test_a_charge_made_or_denied_is_counted():
    assert ("Two men", 2, "charged") in counts("Two men were charged with murder on Friday.")
    assert ("No charges", 0, "charged") in counts("No charges have been filed in the case.")
    assert ("Smith", 1, "charged") in counts("Smith was charged with assault.")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Jones, 20, is charged with homicide and four counts of assault.", "four counts"),
        ("Since 2005, 14 cases have been prosecuted by the county prosecutor.", "14 cases"),
        ("The shots came from two cars that were captured on video.", "two cars"),
    ],
)
def test_a_count_of_charges_cases_or_cars_is_no_one_charged_or_held(text, words):
    assert all(role is None for w, _v, role in counts(text) if w == words)


def test_in_charge_of_names_a_duty_not_a_charge():
    text = "The agent in charge of the Bureau of Alcohol, Tobacco and Firearms spoke."
    assert not [c for c in counts(text) if c[2] == "charged"]
