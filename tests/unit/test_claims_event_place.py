"""The event's place weighed over every place an article names (`claims.event_place`)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from claim_builders import article_event

from workbench.claims import extract_claims
from workbench.claims.event import source_event
from workbench.ingest.sentences import split_sentences
from workbench.models import Source


def _event(text: str, published: str = "2019-03-12"):
    return article_event(text, published)


def test_the_event_town_is_told_from_a_hometown_dateline():
    text = (
        "MARLOW - A Marlow resident was wounded at a nightclub in Brandon early Sunday.\n\n"
        "Two other people were shot."
    )
    assert _event(text).place == "Brandon"


def test_a_hospital_the_victims_were_taken_to_is_not_the_place():
    text = (
        "Two men were shot in Kessling on Friday night.\n\n"
        "They were taken to a hospital in Dorsey, where one died."
    )
    assert _event(text).place == "Kessling"


def test_a_neighbourhood_is_given_inside_the_city_whose_police_handle_it():
    text = (
        "Six teenagers were shot at a playground in East Harlan on Monday.\n\n"
        "Riverton police said no one was arrested."
    )
    event = _event(text)
    assert (event.place, event.container) == ("East Harlan", "Riverton")


def test_a_person_s_name_after_a_preposition_is_not_a_place():
    text = (
        "Police said Tom Kerrigan, 24, was shot on Fenwick's east side.\n\n"
        "A witness saw a man standing over Kerrigan with a gun."
    )
    assert _event(text).place == "Fenwick"


def test_a_county_office_named_often_does_not_outvote_the_town():
    text = (
        "A man was killed in Pell City on Tuesday, the Dunmore County Sheriff's Office said.\n\n"
        "The Dunmore County Sheriff's Office is investigating.\n\n"
        "The Dunmore County Sheriff's Office asked for tips."
    )
    assert _event(text).place == "Pell City"


def test_the_event_date_is_the_day_of_a_sentence_that_names_the_event():
    text = (
        "A man was listed in critical condition Wednesday, police said Wednesday.\n\n"
        "The shooting happened about 10:45 p.m. Monday on Elm Street."
    )
    assert _event(text, "2019-03-13").date == "2019-03-11"


def test_a_date_right_by_the_event_s_name_dates_it_and_one_far_from_it_does_not():
    text = (
        "Officers searched the area after the Tuesday shooting.\n\n"
        "A gun used in a robbery last Sunday was found a few houses away from the shooting."
    )
    assert _event(text, "2019-03-13").date == "2019-03-12"


def test_a_town_named_in_its_county_is_the_place_and_the_county_contains_it():
    text = (
        "Two men were found dead in Dunmore County, just outside of Lingle.\n\n"
        "The Dunmore County Sheriff's Office is investigating.\n\n"
        "Dunmore County deputies asked for tips.\n\n"
        "A Dunmore County judge will hear the case."
    )
    event = _event(text)
    assert (event.place, event.container) == ("Lingle", "Dunmore County")


def test_the_town_of_a_court_is_not_where_the_event_happened():
    text = (
        "Police said the shooting happened in Kessling.\n\n"
        "Two men were charged Saturday in 34th District Court in Dorsey in the death of a "
        "girl who was shot and killed on Friday."
    )
    assert _event(text).place == "Kessling"


def test_the_event_sentence_s_town_beats_the_dateline_which_contains_it():
    text = "MARLOW - A girl was shot in Brandon last year, police said.\n\nNo one was arrested."
    event = _event(text)
    assert (event.place, event.container) == ("Brandon", "Marlow")


def test_an_earlier_incident_told_with_its_own_shooting_is_not_the_event():
    text = (
        "Three soldiers were shot and killed at the base on Wednesday.\n\n"
        "On Nov. 5, 2009, a gunman opened fire in the 2009 shooting at the same base, "
        "killing 13 people."
    )
    assert _event(text, "2014-04-03").date == "2014-04-02"


def test_the_day_of_a_sentence_or_an_arrest_is_not_the_event_s():
    text = (
        "Albert Ruiz was sentenced Friday for killing a man on March 4, 2013.\n\n"
        "Ruiz was arrested without incident on Monday at his home."
    )
    assert _event(text, "2014-04-04").date == "2013-03-04"


def test_the_day_a_statement_was_made_on_is_not_the_event_s():
    text = (
        "A man was charged in the nightclub shooting that left two people dead last "
        "weekend.\n\nHe posted bond and was released from jail Sunday.\n\n"
        "The police chief said on Friday that the shooting was not random."
    )
    assert _event(text, "2016-02-13").date == "2016-02-07"


def test_the_day_police_told_of_the_harmed_stands_for_the_event_s():
    event = _event("Two men were wounded in a shooting, police said Tuesday.", "2016-02-10")
    assert (event.date, event.date_basis) == ("2016-02-09", "text")


def test_a_month_the_text_names_its_event_by_holds_its_day():
    text = (
        "Five people were shot at the club on Saturday night.\n\n"
        "Police announced arrests in a Nov., 2016 shooting that left six injured.\n\n"
        "The party was being held on Nov. 12 in honor of a birthday."
    )
    assert _event(text, "2017-01-13").date == "2016-11-12"


def test_the_city_s_west_side_is_the_city_named_before_it():
    text = (
        "A Fenwick man was charged Thursday in the death of his son.\n\n"
        "The boy, 9, was fatally shot on the city's west side, the Dunmore County "
        "Prosecutor's Office said."
    )
    assert _event(text).place == "Fenwick"


def test_a_county_contains_an_area_named_as_strongly_as_it():
    text = (
        "Two men were killed and two wounded in Dunmore County on Friday, deputies said.\n\n"
        "The four were shot in a home in semi-rural Arden Valley, deputies said.\n\n"
        "The Dunmore County sheriff asked for witnesses."
    )
    event = _event(text)
    assert (event.place, event.container) == ("Arden Valley", "Dunmore County")


def test_a_possessive_inside_a_places_name_is_its_container():
    from workbench.claims.places import find_places

    (place,) = find_places("Shots rang out in Riverton’s Oak Terrace neighborhood.")
    assert (place.value["name"], place.value["container"]) == ("Oak Terrace", "Riverton")


def test_a_container_one_mention_gives_holds_where_the_strongest_gives_none():
    text = (
        "Two men were wounded in the Oak Terrace shooting on Sunday.\n\n"
        "The gunfire broke out in Riverton’s Oak Terrace neighborhood."
    )
    event = _event(text)
    assert (event.place, event.container) == ("Oak Terrace", "Riverton")


def test_a_towns_police_contain_a_spot_over_a_place_someone_was_taken_to():
    text = (
        "Six people were shot at a party in the Oak Terrace neighborhood on Sunday.\n\n"
        "Riverton police said no one was arrested.\n\n"
        "One victim was airlifted to Saint Hale Medical Center."
    )
    event = _event(text)
    assert (event.place, event.container) == ("Oak Terrace", "Riverton")


def test_the_district_of_columbia_is_the_city_of_washington():
    text = (
        "Four people were shot in Southeast, D.C. on Tuesday night.\n\n"
        "None of the injuries were life-threatening."
    )
    assert _event(text).container == "Washington, D.C."
    text = "Six people were shot in Anacostia on Sunday, D.C. police said."
    event = _event(text)
    assert (event.place, event.container) == ("Anacostia", "Washington, D.C.")
    text = "Two men were shot in Northeast D.C. on Sunday."
    assert _event(text).place == "Northeast Washington, D.C."


def test_a_place_written_inside_the_winner_is_the_place_and_the_winner_its_container():
    text = (
        "Five people were shot after gunmen opened fire on a bar in New Arden.\n\n"
        "The shooting happened in Bloomfield, New Arden, police said."
    )
    event = _event(text)
    assert (event.place, event.container) == ("Bloomfield", "New Arden")


def test_a_dateline_s_spelled_out_mount_is_the_text_s_abbreviated_one():
    text = (
        "MT. ARDEN (KXYZ) — A girl was shot inside a house in Mt. Arden on Sunday.\n\n"
        "“It appears she shot herself,” said a Dunmore County District Attorney."
    )
    event = _event(text)  # one place, not the same place inside itself
    assert (event.place, event.container) == ("Mt. Arden", None)


def test_a_town_s_police_contain_a_neighbourhood_its_title_names_as_the_scene():
    text = (
        "One man was killed and five were wounded when shots were fired in Harlan Flats.\n\n"
        "Riverton police said a car drove by and opened fire."
    )
    title = "Man killed in Riverton mass shooting identified"
    source = Source(id=1, file="t", text=text, content_hash="x", title=title)
    sentences = [replace(s, id=s.index) for s in split_sentences(text)]
    event = source_event(source, extract_claims(source, sentences))
    assert (event.place, event.container) == ("Harlan Flats", "Riverton")


def test_an_area_noun_heading_an_office_s_name_is_no_area_a_dateline_contains():
    text = (
        "MARLOW (KXYZ) — A girl was shot inside a house on Sunday.\n\n“It appears she got "
        "the gun,” said the Dunmore County District Attorney, after the girl was shot."
    )
    assert (_event(text).place, _event(text).container) == ("Marlow", None)


def test_the_sentence_that_tells_where_it_happened_weighs_as_one_that_counts_victims():
    text = (
        "A 6-year-old boy was shot to death Tuesday night, authorities said.\n\n"
        "His family had lived in Ardenia for a year.\n\n"
        "The shooting happened at the end of a chase in Millbrook, police said."
    )
    assert _event(text).place == "Millbrook"


def test_an_agency_named_by_an_ordinary_word_is_no_place():
    text = (
        "A boy died Saturday after his brother shot him at their home in northern Dunmore "
        "Parish.\n\n"
        "Just before 3 p.m., Dunmore Sheriff’s Office deputies were dispatched to the home "
        "off Old Plain Road.\n\n"
        "The office said the boy was shot in the yard."
    )
    source = Source(id=1, file="t", text=text, content_hash="x", published="2019-03-12")
    sentences = [replace(s, id=s.index) for s in split_sentences(text)]
    event = source_event(source, extract_claims(source, sentences))
    assert event.place == "Dunmore"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (  # where the law caught up with someone
            "Two teens were shot at a party last year.\n\nOn Thursday, Jacob Tell was "
            "arrested in Kessling, the Dunmore County Sheriff's Office said.",
            "Dunmore County",
        ),
        (  # a present participle tells no charge
            "An officer was hurt Friday when he shot at a dog that was charging him in "
            "Kessling, Dunmore County deputies said.",
            "Kessling",
        ),
    ],
)
def test_the_town_someone_was_arrested_in_is_not_where_it_happened(text, place):
    assert _event(text).place == place


def test_a_state_contains_the_town_named_with_it():
    text = (
        "A six-year-old boy was killed when officers fired at a car in Louisiana on Tuesday.\n\n"
        "The Lingle Police Department said the officers had been placed on leave."
    )
    event = _event(text)
    assert (event.place, event.container) == ("Lingle", "Louisiana")
    alone = _event("A six-year-old boy was killed in Louisiana on Tuesday, police said.")
    assert (alone.place, alone.container) == ("Louisiana", None)


def _event_with_page(text: str, address: str = ""):
    return article_event(text, address=address)


def test_a_big_city_s_part_is_given_inside_the_city_the_article_names():
    text = (
        "Two men were shot in Englewood on Monday night.\n\n"
        "Chicago police said no one was arrested."
    )
    event = _event_with_page(text)
    assert (event.place, event.container) == ("Englewood", "Chicago")


def test_of_a_city_and_its_part_both_told_with_the_event_the_part_is_the_place():
    text = (
        "Four men were shot in New York City early Monday.\n\n"
        "The shooting happened in East Flatbush, police said."
    )
    event = _event_with_page(text)
    assert (event.place, event.container) == ("East Flatbush", "Brooklyn")


def test_the_page_s_address_names_the_city_of_a_part_the_text_names_alone():
    text = "Two men were shot in Englewood on Monday night."
    assert _event_with_page(text).container is None
    event = _event_with_page(text, "abc7chicago.com http://abc7chicago.com/news/x/")
    assert (event.place, event.container) == ("Englewood", "Chicago")


def test_a_title_case_line_does_not_vouch_for_an_ordinary_word_as_a_name():
    # The page repeats its Title Case headline above the story: its "of Accidental" is
    # no name written after a lower-case word, and the story writes "accidental" as a word.
    title = "Victim of Accidental Shooting Flown to Fargo"
    text = (
        f"{title}\n\n"
        "The sheriff reports an accidental shooting in rural Foxhome Wednesday morning.\n\n"
        "The victim was flown to a medical center in Fargo."
    )
    source = Source(id=1, file="t", text=text, content_hash="x", published="2017-01-11",
                    title=title)  # fmt: skip
    sentences = [replace(s, id=s.index) for s in split_sentences(text)]
    assert source_event(source, extract_claims(source, sentences)).place == "Foxhome"


def test_a_place_before_an_age_that_opens_a_clause_is_no_persons_name():
    text = (
        "Teen shot in Harlow, 15-year-old charged as adult.\n\n"
        "A teenager was shot Friday night in Harlow, police said.\n\n"
        "The Dunmore County Sheriff's Office is investigating."
    )
    assert _event(text).place == "Harlow"


def test_a_county_written_co_is_one_place_with_the_county():
    from workbench.claims.place_people import place_key

    assert place_key("Ripton Co.") == place_key("Ripton County") == "ripton"


def test_a_named_island_in_the_victims_sentence_is_inside_the_dateline_town():
    text = "MARLOW, Mich. - A man was shot and killed on Tarrow Island on Sunday."
    event = _event(text)
    assert (event.place, event.container) == ("Tarrow Island", "Marlow")


def test_a_county_the_text_names_contains_the_dateline_town_over_its_state():
    text = (
        "BRENNICK, Ky. - A man died Saturday in a hunting accident.\n\n"
        "The shooting happened on a farm in Dunmore County, the coroner said."
    )
    event = _event(text)
    assert (event.place, event.container) == ("Brennick", "Dunmore County")


def test_a_county_office_is_no_container():
    text = (
        "BRENNICK, Ky. - A man was shot and killed Saturday.\n\n"
        "He was handed over to the Dunmore County Sheriff on Monday."
    )
    assert _event(text).container != "Dunmore County"


def test_a_town_the_harm_is_told_in_outweighs_the_dateline_with_no_count():
    text = (
        "MARLOW, N.M. - The man who fled last summer was brought back on Tuesday.\n\n"
        "He is accused of shooting his wife and daughters in their Brennick home last summer."
    )
    assert _event(text).place == "Brennick"
