"""Places from the text's own cues, with the container and the place type."""

from __future__ import annotations

import pytest

from workbench.claims.places import find_places


def names(text, context=""):
    return [
        (p.value["name"], p.value["container"], p.value["type"]) for p in find_places(text, context)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops moved into the Ardwick neighbourhood of Leeds.",
            ("Ardwick", "Leeds", "neighborhood"),
        ),
        (
            "Clashes broke out in the western Leeds district of Ardwick.",
            ("Ardwick", "Leeds", "district"),
        ),
        ("The revolt began in a slum of Lima called San Juan.", ("San Juan", "Lima", "slum")),
        ("Shots were fired near the Tamar air force base.", ("Tamar", None, "air base")),
        ("They met at the Orsay presidential palace.", ("Orsay", None, "palace")),
        ("A rally was held in Kisumu on Friday.", ("Kisumu", None, None)),
        ("Thousands fled to Poland.", ("Poland", None, None)),
        ("Crowds gathered in the town of Bray.", ("Bray", None, "town")),
        (
            "Fighting spread to the Gaza Strip" + " on Monday."
            if False
            else "Fighting raged in the Gaza Strip.",
            ("Gaza Strip", None, None),
        ),
    ],
)
def test_cued_places(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "His re-election in May was condemned.",
        "He wrote in Spanish on Twitter.",
        "It was first published in NYT.",
        "Stones were thrown at National Guard troops.",
        "Officials evacuated the town as the flames approached.",
        "Lawmakers in the National Assembly voted.",
        "It was done in Mr Smith's name.",
        "He spoke in Chavez's defense.",
    ],
)
def test_months_languages_outlets_modifiers_and_institutions_are_not_places(text):
    assert names(text) == []


def test_the_source_settles_which_name_contains_the_other():
    text = "Police entered the Leeds district of Ardwick."
    assert names(text)[0][:2] == ("Leeds", "Ardwick")
    context = "LEEDS - Police in Leeds said. Leeds officials. " + text
    assert names(text, context)[0][:2] == ("Ardwick", "Leeds")


def test_a_day_after_a_town_is_not_part_of_its_name():
    text = "Her cousin was shot in southwest Marlow Tuesday afternoon."
    (place,) = find_places(text)
    assert place.value["name"] == "Marlow" and text[place.start : place.end] == "Marlow"
