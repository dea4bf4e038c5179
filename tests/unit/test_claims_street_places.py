"""Streets as place claims: read by their shape, never a count, and the town after them
the event's (invented sentences)."""

from __future__ import annotations

import pytest
from claim_builders import article_event

from workbench.claims.places import find_places
from workbench.claims.street_places import find_streets


def streets(text):
    return [
        (p.value["name"], p.value["cue"])
        for p in find_places(text)
        if p.value["type"] in ("street", "avenue", "road")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was shot on Quill Boulevard on Sunday.", [("Quill Boulevard", "on")]),
        ("It happened in the 4200 block of Tansy Drive.", [("Tansy Drive", "address")]),
        ("Officers went to 212 Brook St. after a call.", [("Brook St", "address")]),
        ("Shots were fired on Vane St. Tuesday night.", [("Vane St", "on")]),
        ("The victim lived on Harrow Way.", [("Harrow Way", "on")]),
        (
            "A car stopped near N. Larch Ave. and Ivel Pkwy.",
            [("N. Larch Ave", "near"), ("Ivel Pkwy", "and")],
        ),
    ],
)
def test_a_street_by_its_shape_is_a_place(text, expected):
    assert streets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He appeared at Tolland County Superior Court on Monday.",  # a court's name
        "She studied at Mount St. Brenna and lived in East St. Ormond.",  # a saint's abbreviation
        "The Vane Street Elementary students were sent home.",  # a longer name
        "They met at Harrow Place.",  # a square's name as often as a street's
    ],
)
def test_no_street_where_the_words_name_something_else(text):
    assert find_streets(text) == []


def test_a_hospital_street_is_where_a_victim_was_taken():
    found = [
        p
        for p in find_places("He was taken to a clinic on Ferrow Drive.")
        if p.value["type"] == "street"
    ]
    assert found and found[0].value.get("destination")


def test_the_town_after_a_street_is_the_events():
    # "on Quill Boulevard in Carrow": the town is where it happened, not where a named thing is
    town = [
        p
        for p in find_places("A man was shot on Quill Boulevard in Carrow.")
        if p.value["name"] == "Carrow"
    ]
    assert town and not town[0].value.get("within")
    court = [
        p
        for p in find_places("He was arraigned in 12th District Court in Carrow.")
        if p.value["name"] == "Carrow"
    ]
    assert court and court[0].value.get("within")


def _event(text: str):
    return article_event(text)


def test_a_street_after_a_town_s_preposition_is_no_town():
    # "near Tansy Drive" is read by the preposition's cue: a street, so a spot
    found = [
        p
        for p in find_places("Shots rang out near Tansy Drive.")
        if p.value["name"] == "Tansy Drive"
    ]
    assert found and found[0].value["type"] == "street"
    text = "A man was found shot near Tansy Drive.\n\nCarrow police said he died."
    assert _event(text).place == "Carrow"


def test_a_county_venue_is_in_the_county():
    # "at a DeKalb County park": the county contains the park, a jurisdiction's mention
    text = (
        "A boy was shot at a Tolland County park on Sunday.\n\n"
        "The 34th District Court in Carrow will hear the case."
    )
    assert _event(text).place == "Tolland County"


def test_a_county_named_by_a_place_noun_contains_the_dateline_town():
    # "Park County": a county's own name, though "park" is a place noun
    text = (
        "HALLORAN, Colo. -- A man was arrested in the death of a boy in Park County.\n\n"
        "He is in custody in Tessel County."
    )
    event = _event(text)
    assert (event.place, event.container) == ("Halloran", "Park County")
