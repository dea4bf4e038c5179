"""A victim noun in care whose own words tell the harm ("four gunshot victims were taken to a
hospital") is hit, as a singular one is; a plain victim noun in care is injured, and so is
one whose clause tells an injury graded as a survivor's.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims


def _roles(text: str) -> list[tuple[float, str | None]]:
    return [(c.value["low"], c.role) for c in article_claims(text) if c.role]


@pytest.mark.parametrize(
    "text",
    [
        "Medics took three gunshot victims to a hospital.",
        "Two of the shooting victims underwent surgery at Mercy Hospital.",
        "At least four other gunshot victims were treated at the scene.",
    ],
)
def test_a_numbered_victim_noun_telling_the_harm_in_care_is_hit(text):
    roles = _roles(text)
    assert roles and all(role == "hit" for _, role in roles), roles


def test_a_plain_victim_noun_in_care_is_injured():
    assert _roles("Three victims were taken to a hospital.") == [(3, "injured")]


def test_a_graded_injury_of_the_victims_keeps_injured():
    roles = _roles("Two shooting victims were treated for minor injuries and released.")
    assert roles == [(2, "injured")], roles
