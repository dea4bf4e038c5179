"""A finite verb's number tells of coordinated persons: one person named twice ("His
daughter and passenger was wounded"), or a relative clause on the last of them that speaks
of them all ("a man and a woman who had been shot").

Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts

from workbench.claims.agreement import PLURAL, SINGULAR, finite_number, subject_number
from workbench.parse import parse_all


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The clerk was shot.", SINGULAR),
        ("The clerk has been shot.", SINGULAR),
        ("The clerks were shot.", PLURAL),
        ("The clerks have been shot.", PLURAL),
        ("The clerk had been shot.", None),
        ("The clerk died.", None),
    ],
)
def test_a_finite_form_tells_the_subjects_number(text, number):
    p = parse_all([text])[text]
    assert subject_number(p, 1) == number
    assert finite_number(p, p.heads[1]) == number


@pytest.mark.parametrize(
    "text",
    [
        "His son and driver was wounded and died later.",
        "The owner and cook was shot in the arm.",
    ],
)
def test_persons_coordinated_under_a_singular_verb_are_one(text):
    assert [value for _, value, role in counts(text) if role] == [1]


def test_persons_coordinated_under_a_plural_verb_stay_two():
    assert [value for _, value, role in counts("The owner and his son were shot.")] == [2]


def test_a_companion_along_with_the_subject_is_not_the_same_person():
    found = counts("The clerk was shot along with a customer.")
    assert [(value, role) for _, value, role in found] == [(2, "hit")]


def test_a_relative_clause_on_the_last_of_coordinated_persons_tells_of_all():
    found = counts("Deputies found a 15-year-old boy and a 16-year-old girl who had been shot.")
    assert [(value, role) for _, value, role in found] == [(2, "hit")]


def test_a_singular_relative_clause_tells_of_the_last_only():
    found = counts("Deputies found a 15-year-old boy and a 16-year-old girl who was shot.")
    assert (2, "hit") not in [(value, role) for _, value, role in found]
