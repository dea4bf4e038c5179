"""Custody denied of every suspect is 0 arrested (`claims/custody_denied.py`): a negation on
the clause or a negative quantifier on its subject. Sentences invented here."""

from __future__ import annotations

import pytest
from claim_builders import article_claims, counts


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Neither robber is in custody, deputies said.", "Neither robber"),
        ("The gunman is not yet in custody.", "The gunman"),
        ("Troopers said the shooter was not in custody Sunday.", "the shooter"),
        ("Neither of the three suspects is in custody.", "Neither"),
        ("None of the gunmen has been arrested.", "None"),
        ("Neither attacker has been arrested.", "Neither attacker"),
    ],
)
def test_custody_denied_of_every_suspect_is_none_arrested(text, words):
    assert (words, 0, "arrested") in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "A second gunman is not in custody.",  # a part: the others may be held
        "The victim is not in custody.",  # no perpetrator
        "The shooter may not be in custody.",  # what may be
    ],
)
def test_a_part_a_victim_or_what_may_be_is_no_zero(text):
    assert not [c for c in counts(text) if c[2] == "arrested" and c[1] == 0]


def test_custody_told_without_a_denial_is_one_held():
    assert ("The robber", 1, "arrested") in counts("The robber is in custody.")


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Neither robber is in custody.", True),  # a negative quantifier: of every robber
        ("No gunmen are in custody.", True),
        ("The robber is not in custody.", False),  # a singular mention: one of several?
        ("The robber is still at large.", False),
    ],
)
def test_a_zero_told_by_a_negative_quantifier_is_stated(text, stated):
    (zero,) = [c for c in article_claims(text) if c.role == "arrested"]
    assert zero.value["low"] == 0 and zero.implicit is not stated
