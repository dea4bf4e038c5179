"""The conflict finder on hand-built claims: alignment, comparison, copies, places, ids."""

from __future__ import annotations

import pytest
from conflict_builders import place, qty, run, source

from workbench.findings.conflicts import finding_id

# --- quantities ----------------------------------------------------------------------------


def _occupiers(dozens: int):
    told = f"around {'two' if dozens == 2 else 'three'} dozen men"
    return qty(
        2,
        told,  # told as a group (`findings.story_group`): the whole those arrested are among
        f"Police moved into the port district of Vella after a group of {told} "
        "occupied the customs office on Friday, in a protest led by Ana Ruiz's rivals.",
        dozens * 12,
        hedge="around",
        action="occupy",
        counted="men",
        day="2021-03-01",
    )


def _arrested_31():
    return qty(
        1,
        "31 people",
        "On Friday, 31 people were arrested after police surrounded the port, "
        "according to Ana Ruiz, the interior minister.",
        31,
        action="arrest",
        counted="people",
        day="2021-03-01",
        attribution="Ana Ruiz",
    )


def test_more_people_arrested_than_the_group_holds_is_a_conflict_naming_both_sides():
    a, b = _arrested_31(), _occupiers(2)
    conflicts, _ = run([a, b])
    assert [c.claim_ids for c in conflicts] == [[a.id, b.id]]
    found = conflicts[0]
    assert (found.kind, found.role, found.relation) == ("quantity", "arrested", "contradiction")
    assert found.same_day is True
    assert "31 people (Daily Ledger, citing Ana Ruiz)" in found.reason
    assert "around two dozen men [≈24] (Evening Post)" in found.reason
    assert 0.0 < found.score <= 1.0


def test_fewer_people_arrested_than_the_group_holds_is_no_conflict():
    assert run([_arrested_31(), _occupiers(3)])[0] == []


def test_a_running_figure_on_different_dates_says_it_may_have_changed():
    a = qty(
        1,
        "More than 40 countries",
        "More than 40 countries have said they back the new government.",
        40,
        hedge="more than",
        action="back",
        counted="countries",
        day="2021-01-10",
        basis="published",
    )
    b = qty(
        2,
        "About 30 nations",
        "About 30 nations, including Norway, have recognised the interim leader.",
        30,
        hedge="about",
        action="recognise",
        counted="nations",
        day="2021-05-02",
        basis="published",
    )
    conflicts, _ = run([a, b])
    assert len(conflicts) == 1
    assert conflicts[0].same_day is False
    assert "2021-01-10" in conflicts[0].reason and "2021-05-02" in conflicts[0].reason
    assert "may have changed" in conflicts[0].reason


def test_a_vague_count_containing_an_exact_one_is_agreement():
    a = qty(
        1,
        "31 people",
        "31 people were arrested on Friday.",
        31,
        action="arrest",
        counted="people",
        day="2021-03-01",
    )
    b = qty(
        2,
        "dozens of protesters",
        "Dozens of protesters were arrested on Friday.",
        24,
        99,
        action="arrest",
        counted="protesters",
        day="2021-03-01",
    )
    conflicts, corroborations = run([a, b])
    assert conflicts == []
    assert len(corroborations) == 1
    assert set(corroborations[0].claim_ids) == {a.id, b.id}


def test_one_measure_in_two_units_is_not_a_conflict():
    a = qty(
        1,
        "5 kilometres",
        "The convoy was stopped 5 kilometres from the border on Friday.",
        5,
        unit="kilometres",
        action="stop",
        day="2021-03-01",
    )
    b = qty(
        2,
        "3 miles",
        "The convoy was stopped 3 miles from the border on Friday.",
        3,
        unit="miles",
        action="stop",
        day="2021-03-01",
    )
    conflicts, _ = run([a, b])
    assert conflicts == []


def test_different_distances_in_two_units_still_conflict():
    a = qty(
        1,
        "5 kilometres",
        "The convoy was stopped 5 kilometres from the border.",
        5,
        unit="km",
        day="2021-03-01",
    )
    b = qty(
        2,
        "12 miles",
        "The convoy was stopped 12 miles from the border.",
        12,
        unit="miles",
        day="2021-03-01",
    )
    conflicts, _ = run([a, b])
    assert len(conflicts) == 1
    assert conflicts[0].reason.startswith("distance")


@pytest.mark.parametrize(
    ("action_b", "counted_b"),
    [("injure", "people"), ("arrest", "countries")],
)
def test_different_actions_or_counted_things_are_never_compared(action_b, counted_b):
    a = qty(
        1,
        "12 people",
        "12 people were killed in the blast on Friday.",
        12,
        action="kill",
        counted="people",
        day="2021-03-01",
    )
    b = qty(
        2,
        "40",
        "40 were hurt in the blast on Friday.",
        40,
        action=action_b,
        counted=counted_b,
        day="2021-03-01",
    )
    assert run([a, b]) == ([], [])


def test_claims_of_one_source_are_never_in_conflict():
    a = qty(
        1,
        "12 people",
        "12 people were killed on Friday.",
        12,
        action="kill",
        counted="people",
        day="2021-03-01",
    )
    b = qty(
        1,
        "40 people",
        "Later 40 people were killed on Friday.",
        40,
        action="kill",
        counted="people",
        day="2021-03-01",
    )
    assert run([a, b]) == ([], [])


# --- copies --------------------------------------------------------------------------------


def test_a_copy_is_not_a_second_witness():
    original = source(1, "Daily Ledger")
    copy = source(4, None, published=None, copy_of=1)
    other = source(2, "Evening Post")
    sentence = "12 people were killed in the blast on Friday."
    a = qty(1, "12 people", sentence, 12, action="kill", counted="people", day="2021-03-01")
    a_copy = qty(4, "12 people", sentence, 12, action="kill", counted="people")
    odd = qty(
        4,
        "15 people",
        "Some 15 people were killed in the blast.",
        15,
        action="kill",
        counted="people",
    )
    b = qty(
        2,
        "20 people",
        "20 people were killed in the blast on Friday.",
        20,
        action="kill",
        counted="people",
        day="2021-03-01",
    )
    conflicts, corroborations = run([a, a_copy, odd, b], [original, copy, other])
    everything = [cid for f in [*conflicts, *corroborations] for cid in f.claim_ids]
    assert a_copy.id not in everything  # the repeated claim counts once
    for finding in [*conflicts, *corroborations]:
        assert not {a.id, odd.id} <= set(finding.claim_ids)
    assert any(set(c.claim_ids) == {a.id, b.id} for c in conflicts)


# --- places --------------------------------------------------------------------------------


def _riot(sid, name, sentence, **kw):
    return place(sid, name, sentence, action="riot", day="2021-03-01", **kw)


def test_two_neighbourhoods_for_one_event_conflict_but_a_container_does_not():
    a = _riot(
        1,
        "Northgate",
        "The riot broke out in the Northgate district of Lorton on Friday.",
        container="Lorton",
    )
    b = _riot(
        2,
        "Riverbend",
        "The riot, which took place in the Riverbend district, was put down by police.",
        type="district",
    )
    c = _riot(3, "Lorton", "Police said the riot in Lorton was over by noon.")
    conflicts, corroborations = run([a, b, c])
    assert [set(x.claim_ids) for x in conflicts] == [{a.id, b.id}]
    assert conflicts[0].reason.startswith("place of the protest: Northgate")
    assert "Riverbend" in conflicts[0].reason
    within = [x for x in corroborations if "lies within" in x.reason]
    assert [set(x.claim_ids) for x in within] == [{a.id, c.id}]


def test_a_place_spelled_with_and_without_accents_is_one_place():
    a = _riot(1, "Bogotá", "The riot spread across Bogotá on Friday.")
    b = _riot(2, "BOGOTA", "The riot spread across BOGOTA on Friday, police said.")
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
    a = _riot(1, "Northgate", "The riot broke out in Northgate on Friday.")
    b = _riot(2, "City Hall", "The riot broke out two miles from City Hall on Friday.")
    assert run([a, b])[0] == []


def test_a_street_is_no_rival_to_a_town_nor_to_a_district():
    town = _riot(1, "Lorton", "The riot broke out in Lorton on Friday.")
    for street in ("Mill Ave.", "Harbor Street"):
        b = _riot(2, street, f"The riot broke out on {street} on Friday, police said.")
        assert run([town, b])[0] == []
    district = _riot(1, "Northgate", "The riot broke out in the Northgate district on Friday.")
    b = _riot(2, "Harbor Street", "The riot broke out in the Harbor Street area on Friday.")
    assert run([district, b])[0] == []


def test_two_bare_names_say_no_level_so_dispute_nothing():
    a = _riot(1, "Northgate", "The riot broke out in Northgate on Friday.")
    b = _riot(2, "Riverbend", "The riot broke out in Riverbend on Friday, police said.")
    assert run([a, b])[0] == []


def test_a_bare_name_takes_the_level_another_source_gives_it():
    a = _riot(1, "Northgate", "The riot broke out in Northgate on Friday.")
    b = _riot(
        2, "Riverbend", "The riot broke out in the Riverbend district on Friday.", type="district"
    )
    c = _riot(
        3, "Northgate", "The riot in the Northgate district was over by noon.", type="district"
    )
    conflicts = run([a, b, c])[0]
    assert [set(x.claim_ids) for x in conflicts] == [{a.id, b.id, c.id}]
    assert run([a, b])[0] == []  # without the third source, Northgate has no level


def test_two_towns_dispute_but_a_town_and_a_county_or_a_county_office_do_not():
    town = _riot(1, "Lorton", "The riot broke out in the city of Lorton on Friday.", type="city")
    other = _riot(2, "Vella", "The riot broke out in the town of Vella on Friday.", type="town")
    assert len(run([town, other])[0]) == 1
    county = _riot(2, "Wexford County", "The riot broke out in Wexford County on Friday.")
    office = _riot(
        2,
        "Wexford County Criminal District",
        "The riot was in the Wexford County Criminal District on Friday.",
        type="district",
    )
    district = _riot(
        1, "Northgate", "The riot broke out in the Northgate district.", type="district"
    )
    assert run([town, county])[0] == []
    assert run([district, office])[0] == []


def test_a_town_and_a_district_are_no_rivals():
    town = _riot(1, "Lorton", "The riot broke out in the city of Lorton on Friday.", type="city")
    district = _riot(
        2, "Northgate", "The riot broke out in the Northgate district.", type="district"
    )
    assert run([town, district])[0] == []


def test_a_place_whose_sentence_names_the_other_too_is_no_rival():
    a = _riot(1, "Mill", "The riot broke out in the area of Mill and Harbor streets.", type="area")
    b = _riot(
        2, "Harbor", "The riot broke out in the area of Harbor and Mill streets.", type="area"
    )
    assert run([a, b])[0] == []
    c = _riot(2, "Northgate", "The riot broke out in the Northgate area.", type="area")
    assert len(run([a, c])[0]) == 1


def test_a_compass_point_abbreviated_and_spelled_out_is_one_place():
    a = _riot(1, "NW", "The riot broke out in the NW area of Lorton on Friday.", type="area")
    b = _riot(
        2, "Northwest", "The riot broke out in the Northwest area of Lorton on Friday.", type="area"
    )
    assert run([a, b])[0] == []
    c = _riot(
        2, "Southeast", "The riot broke out in the Southeast area of Lorton on Friday.", type="area"
    )
    assert len(run([a, c])[0]) == 1


# --- ids, order and scores -----------------------------------------------------------------


def _mixed():
    return [
        qty(
            1,
            "31 people",
            "31 people were arrested on Friday in Vella.",
            31,
            action="arrest",
            counted="people",
            day="2021-03-01",
            id="q1",
        ),
        qty(
            2,
            "about 60 people",
            "About 60 people were detained in Vella on Friday.",
            60,
            hedge="about",
            action="detain",
            counted="people",
            day="2021-03-01",
            id="q2",
        ),
        _riot(
            1,
            "Northgate",
            "The riot broke out in the Northgate district.",
            id="p1",
            type="district",
        ),
        _riot(
            3,
            "Riverbend",
            "The riot broke out in the Riverbend district.",
            id="p3",
            type="district",
        ),
    ]


def test_ids_are_stable_and_independent_of_order():
    first, _ = run(_mixed())
    second, _ = run(list(reversed(_mixed())))
    assert [c.id for c in first] == [c.id for c in second]
    assert {c.id for c in first} == {
        finding_id("quantity", ["q1", "q2"]),
        finding_id("place", ["p1", "p3"]),
    }


def test_findings_come_best_first_with_scores_in_range():
    conflicts, _ = run(_mixed())
    scores = [c.score for c in conflicts]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)


def test_a_count_out_of_a_group_never_contradicts_the_group():
    whole = qty(
        1,
        "63 people",
        "The derailment near Tarrow on Monday injured 63 people, Northline Rail said.",
        63,
        action="injure",
        counted="people",
        day="2021-03-01",
    )
    part = qty(
        2,
        "Forty people",
        "Forty people were injured near Tarrow on Monday, Northline Rail said.",
        40,
        action="injure",
        counted="people",
        day="2021-03-01",
    )
    part.value["part_of"] = True
    assert run([whole, part])[0] == []
    part.value.pop("part_of")
    assert [c.claim_ids for c in run([whole, part])[0]] == [[whole.id, part.id]]


def test_two_articles_of_one_outlet_agreeing_corroborate_nothing():
    a = _riot(1, "Lorton", "The riot spread across Lorton on Friday.")
    b = _riot(2, "Lorton", "The riot spread across Lorton on Friday, police said.")
    one_outlet = [source(1, "Daily Ledger"), source(2, "Daily Ledger")]
    assert run([a, b], one_outlet)[1] == []
    assert len(run([a, b], [source(1, "Daily Ledger"), source(2, "Evening Post")])[1]) == 1
