"""A clause's subject that the parser joined to the object of the clause before it.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims, counts


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


# EXTRACTOR 920 (claims40): the lost subject may follow a direct object too, be a number
# standing for persons or a plural, and head a verb with no auxiliary; the verb's form
# must agree with it.


def test_a_numbered_rest_after_a_direct_object_keeps_its_condition():
    found = [
        (c.text, c.value["low"], c.role)
        for c in article_claims(
            "Three men were shot near Elm Park.",
            "One suffered minor injuries and the other two are in stable condition.",
        )
    ]
    assert ("two", 2, "injured") in found, found


def test_a_plural_subject_after_a_direct_object_is_no_part_of_the_object():
    found = counts("The robber shot a clerk and two customers were wounded.")
    assert ("a clerk", 1, "hit") in found and ("two customers", 2, "injured") in found, found
    assert not [f for f in found if f[1] == 3], found


def test_a_singular_last_before_a_plural_verb_is_the_end_of_a_coordinated_subject():
    found = counts(
        "Shots were exchanged between the men and the deputies and Deputy Ana Ruiz and "
        "the gunman were killed."
    )
    assert ("Deputy Ana Ruiz and the gunman", 2, "killed") in found, found


def test_a_list_after_a_subordinator_stays_the_subordinate_clause_subject():
    found = counts("Police are investigating after three adults and a 4-year-old were shot.")
    assert ("three adults and a 4-year-old", 4, "hit") in found, found
