"""Care, condition and release told in more shapes: a condition "listed as" a grade or
stabilizing by itself, "the other, 20," whose age the parser takes for the subject, an
apposition between a subject and its auxiliary, a way to care with a particle, a part of a
group told released or alive, a group carried to a hospital told by its name.

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
        "Her condition was listed as serious but stable on Monday.",
        "Her condition has stabilized, a hospital spokesman said.",
    ],
)
def test_a_condition_listed_or_stabilizing_is_its_owners(told):
    found = _roles("A woman was shot on Oak Avenue.", told)
    assert ("Her condition", 1, "injured") in found, found


def test_the_conditions_of_a_counted_group_that_stabilized():
    found = _roles(
        "Two teens were shot at the fair.", "The conditions of the two teens have since stabilized."
    )
    assert ("two teens", 2, "injured") in found, found


def test_a_condition_listed_as_unknown_tells_no_injury():
    found = _roles("A woman was shot on Oak Avenue.", "Her condition was listed as unknown.")
    assert [f for f in found if f[0] == "Her condition"] == [], found


@pytest.mark.parametrize(
    "told",
    [
        "The other, 31, is in good condition at Mercy Hospital.",
        "One was killed and the other, 31, is in good condition.",
        "One, 40, died and the other, 31, remains in serious condition.",
    ],
)
def test_the_other_with_an_age_is_the_subject(told):
    found = _roles("Two brothers were shot outside a bar.", told)
    assert ("the other", 1, "injured") in [(t.lower(), v, r) for t, v, r in found], found


def test_an_age_set_off_by_commas_after_a_number_is_no_subject():
    found = _roles("Two brothers were shot outside a bar.", "In 2019, 12 people were shot there.")
    assert ("12 people", 12, "hit") in found, found


def test_an_apposition_between_a_subject_and_its_auxiliary():
    found = _roles(
        "Four men were shot near the park.",
        "The two others, 19 and 23, were each shot in the foot and taken to Mercy Hospital.",
    )
    assert ("two others", 2, "injured") in found, found


def test_checked_out_at_a_hospital_is_care():
    found = _roles("A boy was hit by a stray bullet.", "The boy was checked out at the hospital.")
    assert ("The boy", 1, "injured") in found, found


@pytest.mark.parametrize(
    "told",
    [
        "One of them was released on Tuesday.",
        "One of the victims was released after receiving treatment.",
    ],
)
def test_a_part_released_after_care_is_injured(told):
    found = _roles("Three people were shot at a party.", "Two were taken to Mercy Hospital.", told)
    assert (told.split(" was")[0], 1, "injured") in found, found


@pytest.mark.parametrize(
    "told",
    [
        "The suspect was released on bond.",
        "The suspect was released after posting bail.",
        "The suspect was released from the county jail.",
        "The suspect was released by police.",
    ],
)
def test_a_release_from_custody_is_no_survivor(told):
    found = _roles("Two people were shot at a party.", "Both were taken to Mercy Hospital.", told)
    assert [f for f in found if f[0] == "The suspect"] == [], found


def test_a_release_with_no_care_told_before_is_no_survivor():
    found = _roles("A man was shot and killed at a party.", "One of them was released on Tuesday.")
    assert [f for f in found if f[2] == "injured"] == [], found


def test_a_part_of_a_group_told_alive_is_injured():
    found = _roles("Three people were shot at a party.", "One of the victims is alive.")
    assert ("One of the victims", 1, "injured") in found, found


def test_a_group_carried_to_a_hospital_by_its_name():
    found = _roles(
        "Five people were shot.", "The two victims taken to Stroger were in good condition."
    )
    assert ("two victims", 2, "injured") in found, found


def test_a_group_carried_to_a_jail_by_its_name_is_no_care():
    found = _roles("Five people were shot.", "Two men taken to Cook County Jail were charged.")
    assert [f for f in found if f[2] == "injured"] == [], found


def test_one_of_the_victims_who_survived_the_event_is_injured():
    found = _roles("Police said four people were shot.", "One of the victims survived the attack.")
    assert ("One of the victims", 1, "injured") in found, found


def test_one_who_survived_the_event_alone_is_no_count():
    found = _roles("Police said four people were shot.", "One of the guests survived the attack.")
    assert [f for f in found if f[0].startswith("One")] == [], found
