"""What "be" names after a subject that is a count of its own is that person again:
counted once, as the subject. Sentences invented here."""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    ("text", "subject", "role"),
    [
        ("One victim was a 36-year-old man who was shot in the leg.", "One victim", "hit"),
        ("The other woman killed was Ana Ruiz, 18, a senior.", "The other woman", "killed"),
        (
            "He said the second injured person is a woman who is also in the hospital.",
            "the second injured person",
            "injured",
        ),
        ("The man who died was a father of two.", "The man", "killed"),
    ],
)
def test_the_person_named_after_a_counted_subject_is_counted_once(text, subject, role):
    harmed = [(words, low, r) for words, low, r in counts(text) if r is not None]
    assert harmed == [(subject, 1, role)]


def test_a_subject_that_counts_no_one_leaves_the_person_named_counted():
    found = counts("One of the victims was Ana Ruiz, who is still in the hospital.")
    assert ("Ana Ruiz", 1, "injured") in found


def test_the_persons_named_after_an_uncounted_plural_are_counted():
    assert ("a woman and two men", 3, "hit") in counts("The victims were a woman and two men.")


@pytest.mark.parametrize(
    "text",
    ["The homeowner was not among those shot.", "The driver was not among the injured."],
)
def test_one_said_not_to_be_among_the_harmed_is_no_count(text):
    assert counts(text) == []


def test_one_among_the_harmed_is_one_of_them():
    assert counts("Reed was among those killed.") == [("Reed", 1, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "Police confirmed the victim was Frank Ortega, 18.",
        "The sheriff confirmed the victim is Ana Ruiz, 12, from Springdale.",
    ],
)
def test_a_name_the_victim_told_before_is_given_is_no_one_more(text):
    assert [(words, r) for words, _, r in counts(text) if r is not None] == []


def test_the_victims_named_by_a_plural_subject_are_still_counted():
    found = counts("The victims were a woman and two men.")
    assert [r for _, _, r in found if r is not None]
