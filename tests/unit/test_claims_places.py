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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A place noun written as part of the name is the name's: the type is kept beside.
        ("Two men were shot in Dunmore Beach on Friday.", ("Dunmore Beach", None, "beach")),
        ("Deputies said the Pellam County jail was full.", ("Pellam County", None, "county jail")),
        ("A car crashed near Marlow Avenue.", ("Marlow Avenue", None, "avenue")),
        ("The convoy reached the Kell Air Base.", ("Kell Air Base", None, "air base")),
        ("Police were called to WESTBRAY BEACH.", ("WESTBRAY BEACH", None, "beach")),
        ("He lived in Arden City.", ("Arden City", None, "city")),
        # In lower case the noun is no part of the name.
        ("Shots rang out near the Dunmore beach.", ("Dunmore", None, "beach")),
        ("Troops entered the Kell valley.", ("Kell", None, "valley")),
    ],
)
def test_a_place_is_named_as_the_text_writes_its_proper_name(text, expected):
    assert expected in names(text), names(text)


@pytest.mark.parametrize(
    ("sentence", "name", "container"),
    [
        ("A girl was shot in their Ashgrove, Idaho home on Friday.", "Ashgrove", "Idaho"),
        ("He was found dead at his Cedar Heights home.", "Cedar Heights", None),
        ("Two men were shot in an east Cedar Heights apartment.", "Cedar Heights", None),
        ("A woman was found dead in a Marlow home.", "Marlow", None),
    ],
)
def test_the_town_of_a_home_after_a_possessive_or_an_article_is_a_place(sentence, name, container):
    found = find_places(sentence, sentence)
    assert [(p.value["name"], p.value["container"]) for p in found] == [(name, container)]


def test_a_family_s_home_names_no_town():
    assert find_places("Police went to the Brown home on Friday.") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Shots were fired outside a Marlow hookah bar late Friday.", "Marlow"),
        ("He opened fire into the rear of a Cedar Heights barbershop.", "Cedar Heights"),
        ("The teens were standing in a Marlow parking lot.", "Marlow"),
    ],
)
def test_the_town_of_a_venue_after_an_article_is_a_place(sentence, name):
    found = find_places(sentence, sentence)
    assert [(p.value["name"], p.value["cue"]) for p in found] == [(name, "home")]


@pytest.mark.parametrize(
    "sentence",
    ["A man was shot near a Kwikmart store on Friday.", "It began at a Midsummer party."],
)
def test_a_brand_s_store_or_a_feast_s_party_names_no_town(sentence):
    assert find_places(sentence, sentence) == []


def test_a_spot_by_its_bearing_from_a_town_is_that_town_s():
    text = "One man died after a shooting just west of Pittsboro on Tuesday night."
    assert [(p.value["name"], p.value["cue"]) for p in find_places(text)] == [
        ("Pittsboro", "west of")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Officers were called to Brandon, about 22 miles west of Kessling, at 9 p.m.",
        "Shots were fired at an apartment just east of Lake Orla.",
        "She had warrants from the Orla Police Department, located south of Kessling.",
    ],
)
def test_a_bearing_from_a_far_town_or_a_landmark_names_no_place(text):
    assert "Kessling" not in [p.value["name"] for p in find_places(text)]
    assert "Lake Orla" not in [p.value["name"] for p in find_places(text)]


def test_a_borough_written_with_its_article_is_a_place():
    assert [p.value["name"] for p in find_places("He was shot in the Bronx on Friday.")] == [
        "Bronx"
    ]


@pytest.mark.parametrize(
    ("text", "next_text", "expected"),
    [
        # An abbreviated Saint, Sainte, Fort or Mount opens or holds a name, never ends it.
        ("Two were shot in Sault Ste. Marie on Friday.", "", ["Sault Ste. Marie"]),
        ("A man was shot in St. Ansel on Friday.", "", ["St. Ansel"]),
        ("She lives in Port St. Ansel, Florida.", "", ["Port St. Ansel"]),
        # The splitter cut the name at its full stop: the next sentence ends it.
        ("He was arraigned in Sault Ste.", " Marie. Police said more.", ["Sault Ste. Marie"]),
        ("He was shot in Mt.", " Ansel on Friday.", ["Mt. Ansel"]),
        # No name goes on: half a name is no place; a name ending the sentence is whole.
        ("He was arraigned in Sault Ste.", " he said.", []),
        ("He was shot in Green Bay.", " Police said more.", ["Green Bay"]),
    ],
)
def test_a_name_reads_on_across_its_abbreviation(text, next_text, expected):
    found = find_places(text, text + next_text, next_text)
    assert [p.value["name"] for p in found] == expected
    assert all(p.end <= len(text) for p in found)  # the claim stays in its sentence


@pytest.mark.parametrize(
    ("text", "within"),
    [
        # A street written as an address is where it happened: its town is the event's.
        ("It happened in the 4900 block of Appaloosa Trail in Dorsey on Friday.", False),
        ("Shots were fired at 212 Fenwick Drive in Dorsey.", False),
        # A named thing's town says where that thing is.
        ("Two men were charged in 34th District Court in Dorsey.", True),
        ("He was shot at the Birch Leaf Apartments in Dorsey.", True),
    ],
)
def test_an_address_s_town_is_not_a_named_thing_s(text, within):
    (town,) = [p for p in find_places(text) if p.value["name"] == "Dorsey"]
    assert bool(town.value.get("within")) is within


@pytest.mark.parametrize(
    ("text", "container"),
    [
        ("Gunmen opened fire in Bloomfield, New Arden bar on Friday.", "New Arden"),
        ("Four men were shot at a party in East Harlan, Riverton.", "Riverton"),
        ("He was shot in Dorsey, Arden, on Monday.", "Arden"),
        # A verb, a day, a list or a person after the comma: no container.
        ("He was shot in Dorsey, Kerrigan said.", None),
        ("He was shot in Dorsey, Friday night.", None),
        ("Officers in Dorsey, Kessling and Marlow responded.", None),
        ("He was shot in Dorsey, Tom Kerrigan, 24, said.", None),
    ],
)
def test_a_place_written_before_a_comma_and_its_container(text, container):
    (town,) = [
        p for p in find_places(text) if p.value["name"] in ("Bloomfield", "East Harlan", "Dorsey")
    ]
    assert town.value.get("written_in") == container


def _destinations(text):
    return {p.value["name"]: bool(p.value.get("destination")) for p in find_places(text)}


def test_a_town_after_taken_to_is_where_the_victim_went():
    text = "The boy was taken to Mercy Medical Center in Kessling."
    assert _destinations(text)["Kessling"] is True


def test_a_town_of_an_adjunct_after_the_destination_is_the_event_s():
    text = "Four people were transported to the hospital after an early shooting in Kessling."
    assert _destinations(text) == {"Kessling": False}


def test_a_community_named_as_a_place_is_one_a_people_s_is_not():
    assert [p.value["name"] for p in find_places("He was shot in the Warne community.")] == [
        "Warne"
    ]
    assert find_places("He was a leader in the Somali community.") == []


def test_an_object_pronoun_capitalised_in_a_quote_is_no_place():
    # "we put our trust in Him": a pronoun, as "He" and "They" are, whatever its capital
    assert names("The family said they put their trust in Him.") == []
    assert names("The family said they put their trust in Dallas.") == [("Dallas", None, None)]


def test_a_name_numbering_things_of_a_kind_is_no_town():
    assert names("Shots rang out in Terminal 2 on Friday.") == []
    assert names("He died near Interstate 94 and Main Street.") == [("Main Street", None, "street")]
    assert names("In Kessling 3 people were shot.") == [("Kessling", None, None)]


def test_a_charge_in_capitals_is_no_scene():
    assert names("The boy was charged with Negligent Homicide.") == []
    assert names("Police are investigating the Kessling shooting.") == [("Kessling", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Reports will go to the Reno County District Attorney's Office for review.",
        "Senior Deputy District Attorney Ann Lee asked for probation.",
        "His arraignment is set for April 11 in Missoula District Court.",
    ],
)
def test_a_district_in_the_name_of_an_office_or_a_court_is_no_place(text):
    assert [p for p in find_places(text) if "District" in p.value["name"]] == []


def test_a_district_before_a_day_is_still_a_place():
    found = find_places("Two men were shot in the Warehouse District Saturday night.")
    assert [p.value["name"] for p in found] == ["Warehouse District"]


@pytest.mark.parametrize(
    "text",
    [
        "Tips may be given anonymously through Crime Stoppers at 888-TIPS (8477).",
        "Anyone with information should call Crime Stoppers of Cuyahoga County at (216) 252-7463.",
    ],
)
def test_a_name_before_a_telephone_number_is_a_line_to_call_not_a_place(text):
    assert find_places(text) == []


def test_a_town_before_an_address_or_a_time_is_still_a_place():
    found = find_places("He was shot in Tulsa at 1500 Main Street at 10:30 p.m.")
    assert [p.value["name"] for p in found][:1] == ["Tulsa"]
