"""The conflict finder on hand-built claims: alignment, comparison, copies, ids (places:
test_conflicts_places.py)."""

from __future__ import annotations

import pytest
from conflict_builders import qty, riot, run, source

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
        riot(
            1,
            "Northgate",
            "The riot broke out in the Northgate district.",
            id="p1",
            type="district",
        ),
        riot(
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
    a = riot(1, "Lorton", "The riot spread across Lorton on Friday.")
    b = riot(2, "Lorton", "The riot spread across Lorton on Friday, police said.")
    one_outlet = [source(1, "Daily Ledger"), source(2, "Daily Ledger")]
    assert run([a, b], one_outlet)[1] == []
    assert len(run([a, b], [source(1, "Daily Ledger"), source(2, "Evening Post")])[1]) == 1
