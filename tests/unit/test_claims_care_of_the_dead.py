"""Care by medics: a person put in an ambulance or on a stretcher is injured 1 (care by
anyone), unless the article counts that person killed (`care_of_the_dead`, the convention
"Care by medics of a person the page tells died" in tests/labelled/gva/README.md).

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims

SHOT = "A boy was shot on Quill Street."


def _said(*texts: str) -> list[tuple[str, float, str | None]]:
    return [
        (c.text, c.value["low"], c.role) for c in article_claims(*texts) if c.sentence == texts[1]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neighbors saw medics placing the boy in an ambulance.", "the boy"),
        ("The little boy was loaded onto a gurney.", "The little boy"),
        ("Paramedics carried the boy on a stretcher to a waiting ambulance.", "the boy"),
    ],
)
def test_one_put_in_a_vehicle_of_care_is_injured(text, expected):
    said = _said(SHOT, text, "He is expected to recover.")
    assert (expected, 1, "injured") in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Neighbors saw medics placing the boy in an ambulance.",
        "The little boy was loaded onto a gurney.",
        "Paramedics carried the boy on a stretcher to a waiting ambulance.",
    ],
)
def test_care_by_medics_of_one_who_died_is_none(text):
    said = _said(SHOT, text, "The boy died at the scene.")
    assert not [s for s in said if s[2] == "injured"], said


def test_the_hospital_rule_keeps_its_count_for_one_who_died():
    # "taken to a hospital", then the death: the hospital rule's injured 1 stays
    said = _said(SHOT, "The boy was taken by ambulance to a hospital.", "The boy died there.")
    assert ("The boy", 1, "injured") in said, said


def test_a_pronoun_matches_no_one_dead():
    # "he" on a page that counts "the man" killed may be another person
    texts = (SHOT, "Medics put him in an ambulance.", "A man died at the scene.")
    said = _said(*texts)
    assert ("him", 1, "injured") in said, said
