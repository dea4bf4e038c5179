"""Care and condition told in more shapes: a part of a group with its own condition hung on
the group's verb, a condition denied only its grade, a gapped clause of care, a group that
took itself to care, "the other" held by an auxiliary.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims


def _roles(*texts: str) -> list[tuple[str, float, str | None]]:
    return [(c.text, c.value["low"], c.role) for c in article_claims(*texts) if c.role]


@pytest.mark.parametrize(
    "told",
    [
        "Four people were shot early Sunday, two in critical condition.",
        "Four people were shot near the park, two in serious but stable condition.",
    ],
)
def test_a_part_with_its_own_condition_is_injured(told):
    found = _roles(told)
    assert ("two", 2, "injured") in found, found


def test_a_part_told_fatally_is_still_killed():
    found = _roles("Four people were shot near the park, two fatally.")
    assert ("two", 2, "killed") in found, found


def test_a_condition_denied_its_grade_is_a_condition():
    found = _roles("A man was shot on Elm Street.", "He is not in critical condition, police said.")
    assert ("He", 1, "injured") in found, found


def test_not_in_the_hospital_is_no_care():
    found = _roles("A man was shot on Elm Street.", "He is not in the hospital, his aunt said.")
    assert [f for f in found if f[0] == "He"] == [], found


def test_a_gapped_clause_of_care_is_one_more_in_care():
    found = _roles(
        "Two men were shot.",
        "One was taken to Mercy Hospital and the other to St. Luke's Hospital.",
    )
    assert ("the other", 1, "injured") in found, found


def test_a_gapped_clause_needs_the_preposition_again():
    found = _roles("Two men were shot.", "One was taken to Mercy Hospital and the other stayed.")
    assert [f for f in found if f[0] == "the other"] == [], found


def test_a_group_that_drove_itself_to_care_is_injured():
    found = _roles("Four people were shot.", "Two victims drove themselves to a nearby hospital.")
    assert ("Two victims", 2, "injured") in found, found


def test_a_doer_driving_elsewhere_is_no_one_in_care():
    found = _roles("Four people were shot.", "Two men drove themselves to a nearby casino.")
    assert [f for f in found if f[0] == "Two men" and f[2] == "injured"] == [], found


def test_the_other_held_by_an_auxiliary_is_the_verbs_subject():
    found = _roles("Two men were shot.", "One man died and the other remains hospitalized.")
    assert ("the other", 1, "injured") in found, found
