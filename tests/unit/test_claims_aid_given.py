"""Care given by anyone: first aid to a hurt person counts that person injured 1, after the
article told of someone hurt who may have lived (`aid_given`, the convention "Care given by
anyone" in tests/labelled/gva/README.md).

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims

SHOT = "A man was shot on Quill Street."


def _said(*texts: str) -> list[tuple[str, float, str | None]]:
    last = texts[-1]
    return [(c.text, c.value["low"], c.role) for c in article_claims(*texts) if c.sentence == last]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A passerby was tending to the cyclist when deputies arrived.", ("the cyclist", 1)),
        ("A neighbor rushed to the toddler's aid.", ("the toddler", 1)),
        ("His cousin ran to his aid.", ("his aid", 1)),
        ("Deputies rendered first aid to the driver.", ("the driver", 1)),
        ("An officer placed a tourniquet on the clerk's leg.", ("the clerk", 1)),
        ("His uncle applied pressure to a wound on the side of his neck.", ("his neck", 1)),
    ],
)
def test_the_one_given_first_aid_is_injured(text, expected):
    assert (*expected, "injured") in _said(SHOT, text), _said(SHOT, text)


@pytest.mark.parametrize(
    "text",
    [
        "Medics began CPR on the cyclist.",  # CPR tells no sign of life
        "Deputies began first aid.",  # no person
        "His mother drove home to tend to him.",  # a purpose
        "Deputies did not render aid to the driver.",  # negated
        "He was applying pressure to her neck with his forearm.",  # a hold, no wound
        "The city received millions in aid.",  # aid as money
    ],
)
def test_no_first_aid_told(text):
    assert not [c for c in _said(SHOT, text) if c[2] == "injured"], _said(SHOT, text)


def test_aid_to_one_told_only_dead_is_no_survivor():
    found = _said("A man was shot and killed on Quill Street.", "A passerby tended to the man.")
    assert found == [], found


def test_aid_with_no_harm_told_before_is_no_count():
    assert _said("A passerby tended to the cyclist.") == []


def test_aid_to_one_the_article_tells_dead_is_no_survivor():
    found = _said(
        "A gunman shot a man and killed a teenager on Quill Street.",
        "A neighbor tended to the teenager.",
    )
    assert found == [], found


def test_aid_and_care_told_of_one_person_in_one_sentence_are_one_count():
    found = _said(
        SHOT,
        "Officers placed a tourniquet on the clerk's leg before he was taken to a hospital.",
    )
    assert [role for _, _, role in found] == ["injured"], found
