"""The title's places and dates read for the event (`claims.title_event`) and names given
as the scene of a harm (`claims.scene_names`)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from workbench.claims import extract_claims
from workbench.claims.event import source_event
from workbench.claims.places import find_places
from workbench.ingest.sentences import split_sentences
from workbench.models import Source


def _event(text: str, title: str, published: str = "2019-03-12"):
    source = Source(id=1, file="t", text=text, content_hash="x", published=published, title=title)
    sentences = [replace(s, id=s.index) for s in split_sentences(text)]
    return source_event(source, extract_claims(source, sentences))


def test_a_name_before_a_noun_of_harm_is_the_scene():
    found = find_places("Detectives reopened the Marlow shooting files.")
    assert [(p.value["name"], p.value["cue"]) for p in found] == [("Marlow", "scene")]


def test_a_possessive_before_a_noun_of_harm_is_whose_not_where():
    assert find_places("Police said Okafor's death was ruled a homicide.") == []


def test_a_county_abbreviated_before_a_noun_of_harm_is_a_county():
    (place,) = find_places("Deputies looked into a Dunmore Co. shooting.")
    assert (place.value["name"], place.value["type"]) == ("Dunmore County", "county")


def test_the_title_gives_the_place_when_the_text_names_none():
    text = "Watch more videos.\n\nA 16-year-old was shot and died at a hospital on Monday."
    event = _event(text, "Teen dies after shooting in Kessling - Channel 9")
    assert event.place == "Kessling"


def test_a_title_case_name_spans_what_the_text_writes_as_a_name():
    text = "Two men were wounded Friday near a bar.\n\nFlorida Bay police have no suspect."
    event = _event(text, "Two Wounded In Late Night Florida Bay Shooting")
    assert event.place == "Florida Bay"


def test_the_title_dates_the_event_when_the_text_dates_nothing():
    text = "A man was shot and killed in Dorsey.\n\nNo arrests have been made."
    event = _event(text, "Man killed Sunday in Dorsey", published="2019-03-12")
    assert (event.date, event.date_basis) == ("2019-03-10", "text")


def test_the_text_date_wins_over_the_title_date():
    text = "A man was shot and killed in Dorsey on Saturday.\n\nNo arrests have been made."
    event = _event(text, "Man killed Sunday in Dorsey", published="2019-03-12")
    assert event.date == "2019-03-09"


def test_a_stations_tagline_town_contains_a_neighbourhood_told_without_its_city():
    text = "Two men were shot Saturday in the Harlow Flats area.\n\nNo arrests were made."
    title = "Two hurt in Harlow Flats shooting - WQRT News 8 - Brennick, Tennessee"
    event = _event(text, title)
    assert (event.place, event.container) == ("Harlow Flats", "Brennick")


def test_a_stations_tagline_town_is_the_place_when_the_text_names_none():
    text = "Watch more videos.\n\nA man was shot and killed on Monday."
    event = _event(text, "Man killed after argument - KTVX - Dorrance City, OK")
    assert event.place == "Dorrance City"


def test_a_tagline_never_outvotes_the_texts_own_town():
    text = "A man was shot and killed Monday in Pellworth, a suburb of Brennick."
    event = _event(text, "Man killed after argument - WQRT News 8 - Brennick, Tennessee")
    assert event.place == "Pellworth"


@pytest.mark.parametrize(
    "tagline",
    ["WQRT.com-Dorrance City, OK News Weather & Sports", "Dorrance City, OK News On Your Side"],
)
def test_a_tagline_with_the_stations_name_or_words_around_its_town(tagline):
    text = "Watch more videos.\n\nA man was shot and killed on Monday at the Pell Homes."
    event = _event(text, f"Toddler accidentally shot in the hand by his older brother - {tagline}")
    assert "Dorrance City" in (event.place, event.container)


def test_a_headline_part_that_is_a_town_and_state_is_no_tagline():
    from workbench.claims.title_event import tagline_places

    source = Source(id=1, file="t", text="x", content_hash="x", title="Dorrance City, OK - WQRT")
    assert tagline_places(source) == []


def test_a_towns_agency_in_a_headline_gives_the_place():
    text = "Watch more videos.\n\nA teen was shot and killed on Monday during a robbery."
    event = _event(text, "Marlow police: Gunman kills teen during robbery")
    assert event.place == "Marlow"


def test_an_agency_of_a_state_in_a_headline_names_no_town():
    text = "Watch more videos.\n\nA teen was shot and killed on Monday during a robbery."
    assert _event(text, "State police say gunman killed teen").place is None


def test_one_word_qualifying_the_harm_may_stand_after_the_scene():
    found = find_places("He was hurt in the Marlow mass shooting last year.")
    assert [(p.value["name"], p.value["cue"]) for p in found] == [("Marlow", "scene")]


def test_a_function_word_after_a_name_makes_no_scene():
    assert find_places("Prosecutors accused Okafor of killing the clerk.") == []


def test_a_title_part_that_is_only_a_towns_police_is_its_town():
    text = "Watch more videos.\n\nA man was shot and killed on Monday."
    event = _event(text, "FOR IMMEDIATE RELEASE - Dorrance City Police - North Precinct")
    assert event.place == "Dorrance City"
    event = _event(text, "FOR IMMEDIATE RELEASE - State Police - North Precinct")
    assert event.place is None
    text = "A man was shot and killed Monday in Pellworth."
    assert _event(text, "Man killed - Dorrance City Police").place == "Pellworth"


def test_a_title_s_place_after_a_comma_contains_it_only_if_the_text_writes_it():
    text = "Two men were wounded Friday at a bar in Arden.\n\nNo one was arrested."
    event = _event(text, "Two shot in Bloomfield, Arden bar")
    assert (event.place, event.container) == ("Bloomfield", "Arden")
    text = "Two men were wounded Friday at a bar in Bloomfield.\n\nPolice have no suspect."
    event = _event(text, "Two Shot In Bloomfield, Police Say")
    assert (event.place, event.container) == ("Bloomfield", None)


def _event_from(text: str, outlet: str, title: str = "Man shot"):
    source = Source(id=1, file="t", text=text, content_hash="x", outlet=outlet, title=title)
    sentences = [replace(s, id=s.index) for s in split_sentences(text)]
    return source_event(source, extract_claims(source, sentences))


def test_the_town_an_outlet_is_named_after_contains_a_neighbourhood_told_without_it():
    text = (
        "A man was shot on a park bench in Harlan Village early Monday.\n\n"
        "Also Monday, police identified two people killed last week in Riverton."
    )
    event = _event_from(text, "www.rivertonsun.com")
    assert (event.place, event.container) == ("Harlan Village", "Riverton")
    # An address that opens with no place the article names (call letters) gives none.
    assert _event_from(text, "www.wkrv.com").container is None
    # The dateline is trusted over it.
    dated = "MARLOW - A man was shot on a park bench in Harlan Village early Monday."
    assert _event_from(dated, "www.rivertonsun.com").container == "Marlow"


def test_a_headline_s_town_before_a_noun_is_read_where_running_text_would_not():
    # A headline drops its articles: "in Dundalk domestic dispute" names the town, and the
    # county the text names contains it. Running text keeps reading the name as a modifier.
    assert find_places("He was hurt in Dundalk domestic dispute.") == []
    found = find_places("Boy shot by mother in Dundalk domestic dispute", headline=True)
    assert [(p.value["name"], p.value["cue"]) for p in found] == [("Dundalk", "in")]
    text = (
        "A 7-year-old boy was shot Saturday, Baltimore County Police Department spokeswoman "
        "Jen Peach said.\n\nPolice received a call about a shooting at about 7 p.m."
    )
    event = _event(text, "Boy, 7, shot by mother in Dundalk domestic dispute")
    assert (event.place, event.container) == ("Dundalk", "Baltimore County")
    # two capitals are a state's postal code ("in NC woods"), no town
    assert find_places("Girl shot after gun found in NC woods", headline=True) == []


def test_a_headline_s_name_after_at_before_a_noun_is_where_the_venue_is():
    # "at Marlow party": a headline's venue told by its town's name; running text keeps
    # it a modifier ("at Marlow party leaders' request"), and the spot weighs as a spot
    assert find_places("They met at Marlow party offices.") == []
    found = find_places("Six injured in shooting at Marlow party", headline=True)
    assert [(p.value["name"], p.value["cue"]) for p in found] == [("Marlow", "at")]
    event = _event(
        "Six people were hurt when shots were fired late Saturday.", "Six hurt at Marlow party"
    )
    assert event.place == "Marlow"
    # a town the text gives outweighs it
    told = "Six people were hurt in Brandon when shots were fired late Saturday."
    assert _event(told, "Six hurt at Marlow party").place == "Brandon"


@pytest.mark.parametrize(
    ("title", "text", "place"),
    [
        (
            "Shooting death of 3-year-old girl ruled accidental",
            "Dunmore County deputies said a 3-year-old girl was shot by her brother Monday.\n\n"
            "Shooting investigators said the shooting was an accident.",
            "Dunmore County",
        ),
        (  # Title Case
            "Man Shoots Girl, 9, in Chest with BB Gun",
            "A 9-year-old girl was shot in the chest with a BB gun in Kessling on Saturday.\n\n"
            "Chest X-rays showed the pellet, police said.",
            "Kessling",
        ),
        (  # a town that is also a word, written as a name inside a sentence
            "Man shot in Mobile",
            "A man was shot inside a mobile home on Friday.\n\n"
            "Police in Mobile said the man survived.",
            "Mobile",
        ),
    ],
)
def test_a_headline_word_the_text_writes_in_lower_case_is_no_place(title, text, place):
    assert _event(text, title).place == place


def test_a_direction_written_inside_a_city_keeps_the_city():
    text = "Police were called to the 1500 block of Butler St. in southeast D.C. on Tuesday."
    event = _event(text, "4 injured in Southeast, D.C. shootout")
    assert "Washington" in f"{event.place} {event.container}"


def test_a_days_name_in_a_title_is_no_scene():
    # "New Year's Eve" and "Independence Day" are read as dates: their capitals name a day
    text = "Watch more videos.\n\nA 16-year-old was shot and died at a hospital."
    assert _event(text, "Boy charged in fatal New Year's Eve shooting").place is None
    assert _event(text, "Two hurt in Independence Day shooting").place is None
    assert _event(text, "Two hurt in Kessling shooting").place == "Kessling"
