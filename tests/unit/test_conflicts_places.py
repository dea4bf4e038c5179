"""The conflict finder on hand-built place claims: which two places of one event are rivals
(neighbourhoods, towns and counties, landmarks, streets, spellings), and which are one."""

from __future__ import annotations

from conflict_builders import place, riot, run


def test_two_neighbourhoods_for_one_event_conflict_but_a_container_does_not():
    a = riot(
        1,
        "Northgate",
        "The riot broke out in the Northgate district of Lorton on Friday.",
        container="Lorton",
    )
    b = riot(
        2,
        "Riverbend",
        "The riot, which took place in the Riverbend district, was put down by police.",
        type="district",
    )
    c = riot(3, "Lorton", "Police said the riot in Lorton was over by noon.")
    conflicts, corroborations = run([a, b, c])
    assert [set(x.claim_ids) for x in conflicts] == [{a.id, b.id}]
    assert conflicts[0].reason.startswith("place of the protest: Northgate")
    assert "Riverbend" in conflicts[0].reason
    within = [x for x in corroborations if "lies within" in x.reason]
    assert [set(x.claim_ids) for x in within] == [{a.id, c.id}]


def test_a_place_spelled_with_and_without_accents_is_one_place():
    a = riot(1, "Bogotá", "The riot spread across Bogotá on Friday.")
    b = riot(2, "BOGOTA", "The riot spread across BOGOTA on Friday, police said.")
    conflicts, corroborations = run([a, b])
    assert conflicts == []
    assert len(corroborations) == 1


def test_places_of_events_on_different_days_are_different_events():
    a = place(
        1,
        "Northgate",
        "The riot broke out in Northgate on Friday.",
        action="riot",
        day="2021-03-01",
    )
    b = place(
        2,
        "Riverbend",
        "The riot broke out in Riverbend on Tuesday.",
        action="riot",
        day="2021-04-20",
    )
    assert run([a, b])[0] == []


def test_a_landmark_is_not_the_place_of_the_event():
    a = riot(1, "Northgate", "The riot broke out in Northgate on Friday.")
    b = riot(2, "City Hall", "The riot broke out two miles from City Hall on Friday.")
    assert run([a, b])[0] == []


def test_a_street_is_no_rival_to_a_town_nor_to_a_district():
    town = riot(1, "Lorton", "The riot broke out in Lorton on Friday.")
    for street in ("Mill Ave.", "Harbor Street"):
        b = riot(2, street, f"The riot broke out on {street} on Friday, police said.")
        assert run([town, b])[0] == []
    district = riot(1, "Northgate", "The riot broke out in the Northgate district on Friday.")
    b = riot(2, "Harbor Street", "The riot broke out in the Harbor Street area on Friday.")
    assert run([district, b])[0] == []


def test_two_bare_names_say_no_level_so_dispute_nothing():
    a = riot(1, "Northgate", "The riot broke out in Northgate on Friday.")
    b = riot(2, "Riverbend", "The riot broke out in Riverbend on Friday, police said.")
    assert run([a, b])[0] == []


def test_a_bare_name_takes_the_level_another_source_gives_it():
    a = riot(1, "Northgate", "The riot broke out in Northgate on Friday.")
    b = riot(
        2, "Riverbend", "The riot broke out in the Riverbend district on Friday.", type="district"
    )
    c = riot(
        3, "Northgate", "The riot in the Northgate district was over by noon.", type="district"
    )
    conflicts = run([a, b, c])[0]
    assert [set(x.claim_ids) for x in conflicts] == [{a.id, b.id, c.id}]
    assert run([a, b])[0] == []  # without the third source, Northgate has no level


def test_two_towns_dispute_but_a_town_and_a_county_or_a_county_office_do_not():
    town = riot(1, "Lorton", "The riot broke out in the city of Lorton on Friday.", type="city")
    other = riot(2, "Vella", "The riot broke out in the town of Vella on Friday.", type="town")
    assert len(run([town, other])[0]) == 1
    county = riot(2, "Wexford County", "The riot broke out in Wexford County on Friday.")
    office = riot(
        2,
        "Wexford County Criminal District",
        "The riot was in the Wexford County Criminal District on Friday.",
        type="district",
    )
    district = riot(
        1, "Northgate", "The riot broke out in the Northgate district.", type="district"
    )
    assert run([town, county])[0] == []
    assert run([district, office])[0] == []


def test_a_town_and_a_district_are_no_rivals():
    town = riot(1, "Lorton", "The riot broke out in the city of Lorton on Friday.", type="city")
    district = riot(
        2, "Northgate", "The riot broke out in the Northgate district.", type="district"
    )
    assert run([town, district])[0] == []


def test_a_place_whose_sentence_names_the_other_too_is_no_rival():
    a = riot(1, "Mill", "The riot broke out in the area of Mill and Harbor streets.", type="area")
    b = riot(2, "Harbor", "The riot broke out in the area of Harbor and Mill streets.", type="area")
    assert run([a, b])[0] == []
    c = riot(2, "Northgate", "The riot broke out in the Northgate area.", type="area")
    assert len(run([a, c])[0]) == 1


def test_a_compass_point_abbreviated_and_spelled_out_is_one_place():
    a = riot(1, "NW", "The riot broke out in the NW area of Lorton on Friday.", type="area")
    b = riot(
        2, "Northwest", "The riot broke out in the Northwest area of Lorton on Friday.", type="area"
    )
    assert run([a, b])[0] == []
    c = riot(
        2, "Southeast", "The riot broke out in the Southeast area of Lorton on Friday.", type="area"
    )
    assert len(run([a, c])[0]) == 1
