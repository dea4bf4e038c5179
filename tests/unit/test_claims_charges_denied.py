"""Charges denied on the verb that brings them (`claims/charges_denied.py`) and a charge verb
denied of its whole subject (`claims/arrest_states.py`): 0 charged. Sentences invented here."""

from __future__ import annotations

import pytest
from claim_builders import article_claims, counts


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Charges have not been issued, but detectives say they will come.", "Charges"),
        ("Prosecutors have not filed charges in the stabbing.", "charges"),
        ("Charges haven't been brought against the landlord.", "Charges"),
        ("The landlord has not been charged.", "The landlord"),
        ("Neither teen has been indicted.", "Neither teen"),
    ],
)
def test_charges_denied_are_none_charged(text, words):
    assert (words, 0, "charged") in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Charges may not be filed until the autopsy is done.",  # what may be
        "Charges will not be filed, the prosecutor said.",  # still to come: none stated
        "The landlord will not be charged.",  # still to come
        "Charges have not been filed against the second teen.",  # one of several
        "Another teen has not been charged.",  # a part
        "The charges against him have not been dropped.",  # no verb of bringing
        "Detectives are deciding whether to file charges.",  # a decision to come
    ],
)
def test_what_may_come_or_a_part_states_no_charge_zero(text):
    assert not [c for c in counts(text) if c[2] == "charged" and c[1] == 0]


def test_a_charge_denied_is_a_stated_zero_as_the_labels_read_it():
    of_charges = article_claims("Charges have not been issued in the stabbing.")
    of_a_person = article_claims("The landlord has not been charged.")
    assert [c.implicit for c in of_charges if c.role == "charged"] == [False]
    assert [c.implicit for c in of_a_person if c.role == "charged"] == [False]


@pytest.mark.parametrize(
    "text",
    [
        "Two deputies involved in the chase who have not been charged were suspended.",
        "The clerk decided not to press charges against the teen.",  # a victim's choice
    ],
)
def test_a_thing_or_a_victims_choice_states_no_charge_zero(text):
    assert not [c for c in counts(text) if c[2] == "charged" and c[1] == 0]
