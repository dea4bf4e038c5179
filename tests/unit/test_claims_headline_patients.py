"""A headline's patients: a counted noun right before a bare harm verb is the one harmed,
also after a comma that stands for "and", and with a scene after "at" (not a target).

Sentences written here, in the style of headlines and ledes (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One man killed, three others shot at a bus stop downtown.", ("three others", 3, "hit")),
        (
            "Crash on the bridge leaves one driver dead, two others hurt",
            ("two others hurt", 2, "injured"),
        ),
        ("Four people shot at a birthday party in the suburbs", ("Four people", 4, "hit")),
    ],
)
def test_a_counted_noun_before_a_bare_harm_verb_is_its_patient(text, expected):
    assert expected in counts(text), counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two officers shot at the suspect as he fled.",
        "Two men shot at a passing car on the avenue.",
    ],
)
def test_a_count_that_shot_at_a_target_is_not_hit(text):
    assert all(role != "hit" for _, _, role in counts(text)), counts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A boy shot near a school in the north end", ("A boy", 1, "hit")),
        ("An 11-year-old girl accidentally shot at home", ("An 11-year-old girl", 1, "hit")),
    ],
)
def test_an_indefinite_opening_before_a_bare_harm_verb_is_its_patient(text, expected):
    """The article a headline's "Boy shot ..." is given back does not make the boy a
    shooter."""
    assert expected in counts(text), counts(text)


def test_an_indefinite_opening_aimed_at_a_target_is_not_hit():
    assert all(role != "hit" for _, _, role in counts("A deputy shot into the truck")), counts(
        "A deputy shot into the truck"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boy shoots self in the leg at a campsite", ("self", 1, "hit")),
        ("Hunter apparently shoots self to death in the woods", ("self", 1, "killed")),
    ],
)
def test_a_headlines_self_is_the_one_harmed(text, expected):
    assert expected in counts(text), counts(text)


def test_a_headlines_participle_after_a_comma_tells_the_outcome():
    text = "Man shot in the arm near the river, expected to survive"
    assert ("Man", 1, "injured") in counts(text), counts(text)
