"""A lead's count under its dateline, a reduced relative read as a conjunct, and a
headline's person in a condition of harm with no verb."""

from __future__ import annotations

import pytest

from tests.unit.claim_builders import counts


def roles(text: str) -> list[tuple[str | None, float]]:
    return sorted((role, value) for _, value, role in counts(text) if role)


@pytest.mark.parametrize(
    "text",
    [
        "EAST LAKE, Fla. - Three teenage girls were shot Friday afternoon in East Lake, police"
        " said.",
        "LAKEVILLE, Minn. - Three teenage boys were shot Friday afternoon in Lakeville.",
    ],
)
def test_a_dateline_leaves_the_lead_s_count_its_clause(text):
    assert ("hit", 3) in roles(text)


def test_a_dateline_leaves_the_lead_s_person_its_clause():
    text = (
        "ELM GROVE, Kan. - A local girl who had been hospitalized since a shooting at her home"
        " has died."
    )
    assert ("killed", 1) in roles(text)


def test_a_dateline_keeps_its_place_and_the_count_its_span():
    text = "LAKEVILLE, Minn. - Three teenage boys were shot Friday afternoon in Lakeville."
    assert ("Three teenage boys", 3, "hit") in counts(text)


def test_a_participle_read_as_a_conjunct_describes_the_noun_before_it():
    text = (
        "The coroner released the names of four of the five people found shot to death at a farm."
    )
    found = roles(text)
    assert ("killed", 5) in found
    assert not any(role == "killed" and value == 1 for role, value in found)


@pytest.mark.parametrize(
    "text",
    [
        "Man in critical condition after shooting",
        "Teen fighting for life after shooting in Lakeville",
        "Toddler clinging to life after shooting",
        "A teen is fighting for his life after a shooting.",
    ],
)
def test_a_person_in_a_condition_of_harm_is_injured(text):
    assert roles(text) == [("injured", 1)]


def test_a_condition_told_with_how_the_person_was_hurt_is_one_hit():
    # the labels' convention (tests/labelled/gva/README.md): "'in critical condition after
    # being shot' is hit 1"; injured and hit before EXTRACTOR 981 (`claims.after_clauses`)
    assert roles("Clerk in critical condition after being shot") == [("hit", 1)]


@pytest.mark.parametrize("text", ["Man in custody after shooting", "Teen fighting for a title"])
def test_a_person_in_another_state_is_no_count(text):
    assert roles(text) == []
