"""A clause's subject that the parser joined to the object of the clause before it.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    ("text", "second", "first"),
    [
        (
            "A 61-year-old man was hit in his left foot and right knee and a 38-year-old "
            "woman was hit in her shoulder.",
            ("a 38-year-old woman", 1, "hit"),
            ("A 61-year-old man", 1, "hit"),
        ),
        # The place hangs on "taken", a conjunct of the first "shot": the second "was
        # shot" is coordinated with the same chain of verbs.
        (
            "A 40-year-old man was shot in the hip and taken to Lakeside Hospital and a "
            "19-year-old woman was shot in her hand and taken to Mercy Hospital.",
            ("a 19-year-old woman", 1, "injured"),
            ("A 40-year-old man", 1, "injured"),
        ),
    ],
)
def test_a_second_clause_after_a_body_part_or_a_place_has_its_own_subject(text, second, first):
    found = counts(text)
    assert second in found and first in found, found


def test_a_named_subject_with_an_age_after_a_body_part():
    found = counts(
        "Dale Moreno, 31, was shot in the hip and thigh, Aaron Fisk, 29, was shot in his "
        "back and hand and Lena Ortiz, 22, was shot twice in one arm."
    )
    assert [text for text, _, role in found if role == "hit"] == [
        "Dale Moreno",
        "Aaron Fisk",
        "Lena Ortiz",
    ], found


def test_a_place_before_a_second_clause_is_no_subject():
    found = counts("He was arrested in Dayton and the car was towed.")
    assert [(text, role) for text, _, role in found] == [("He", "arrested")], found


def test_an_age_hung_on_a_verb_with_no_subject_is_its_subject():
    found = counts(
        "A 22-year-old who was shot in the leg remains hospitalized in stable condition."
    )
    assert ("A 22-year-old", 1, "hit") in found, found


def test_a_bare_noun_after_a_comma_in_a_list_of_body_parts_is_no_subject():
    # "knee" read as the subject of "is": a singular noun with no determiner begins no
    # clause; it is one more item of "in the lower back", and "is" shares the subject.
    found = counts(
        "Dale Moreno, 27, was shot in the upper back, elbow, hip and thigh and is in "
        "critical condition."
    )
    assert ("Dale Moreno", 1, "injured") in found, found
