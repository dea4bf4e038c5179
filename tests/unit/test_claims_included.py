"""Members a counted group names as included ("Nine people, including three teens, were
shot"): a count in the group's role, marked a part of the group (never a total to compare).

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims

from workbench.claims.included import PART_MARK


def _counts(text: str) -> list[tuple[str, float, str | None, bool]]:
    return [
        (c.text, c.value["low"], c.role, bool(c.value.get(PART_MARK)))
        for c in article_claims(text)
        if c.kind == "quantity" and c.role
    ]


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Nine people, including three teens, were shot near the park.", ("three teens", 3, "hit")),
        ("Four others, including Ortega, were injured in the crash.", ("Ortega", 1, "injured")),
        (
            "Two people were seriously wounded, including Dana Whitfield.",
            ("Dana Whitfield", 1, "injured"),
        ),
        (
            "A gunman shot five people including a 15-year-old boy outside the store.",
            ("a 15-year-old boy", 1, "hit"),
        ),
        (
            "Seven people were killed, including the gunman, and two were hurt.",
            ("the gunman", 1, "killed"),
        ),
        (
            "The attack left four people wounded, including a pregnant woman.",
            ("a pregnant woman", 1, "injured"),
        ),
        (
            "Five people were shot and wounded late Friday, including two brothers, on Elm Street.",
            ("two brothers", 2, "injured"),
        ),
        (
            "Six people, including a grandmother and her 4-year-old grandson, were wounded.",
            ("a grandmother and her 4-year-old grandson", 2, "injured"),
        ),
        ("Police arrested three men, including a 17-year-old.", ("a 17-year-old", 1, "arrested")),
        # "including" hung on an event or a thing: the clause's counted group (EXTRACTOR 871)
        (
            "Deputies are looking into a shooting that left five people hurt, including two boys.",
            ("two boys", 2, "injured"),
        ),
        (
            "Officers responded to a shooting in which two people died, including a toddler.",
            ("a toddler", 1, "killed"),
        ),
        (
            "Three students on the porch were struck by bullets, including Mia Lopez.",
            ("Mia Lopez", 1, "hit"),
        ),
        # a modifier between the group's number and its noun (EXTRACTOR 1073)
        (
            "Three other hikers were hurt on the ridge, including a 12-year-old.",
            ("a 12-year-old", 1, "injured"),
        ),
        (
            "Medics found five stabbing victims, including an elderly man.",
            ("an elderly man", 1, "hit"),
        ),
    ],
)
def test_a_member_included_is_a_part_in_its_groups_role(text, member):
    assert (*member, True) in _counts(text), _counts(text)


def test_the_group_stays_a_whole():
    found = _counts("Nine people, including three teens, were shot near the park.")
    assert ("Nine people", 9, "hit", False) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Fifteen people, including children, were shot at the festival.",  # no number
        "Eight people were shot over the weekend, including one fatal shooting.",  # no person
        "Several roads were closed, including Main Street.",  # no counted group
        "Police are investigating a shooting, including a report of a stolen car.",  # no group
        "Both men, including Carter, fired at the car.",  # a group in no harm
    ],
)
def test_no_member_counted_without_a_counted_group_of_persons(text):
    found = _counts(text)
    assert not [f for f in found if f[3]], found


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "A total of 6 people, including a 2-year-old girl, were shot.",
            ("a 2-year-old girl", 1, "hit"),
        ),
        (
            "The gunfire wounded five people, including a high school soccer star.",
            ("a high school soccer star", 1, "injured"),
        ),
    ],
)
def test_a_member_of_a_total_of_people_or_a_person_by_any_noun(text, member):
    assert (*member, True) in _counts(text), _counts(text)


def test_a_member_named_by_an_event_is_none():
    found = _counts("Five people were shot over the weekend, including a shooting spree on Elm.")
    assert not [f for f in found if f[3]], found
