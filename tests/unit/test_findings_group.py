"""The people a story is about (a count of people with no role) bound those arrested
among them ("27 people arrested" against "around two dozen men"), but not when the count
is told beside the harmed: those are the victims again or people near them (the app walk's
records 266 and 267: "Nine people" detained against "these two children" shot)."""

from __future__ import annotations

from conflict_builders import qty, run

DETAINED = "Nine people have been detained for questioning."


def _bounds(group_sentence: str, *harm):
    claims = [
        qty(1, "Nine people", DETAINED, 9, action="detain", counted="people"),
        qty(2, "two children", group_sentence, 2, counted="child"),
        *harm,
    ]
    return [f for f in run(claims)[0] if f.kind == "quantity" and f.role == "arrested"]


def test_a_count_told_beside_the_harmed_is_no_group_the_arrested_are_among():
    told = "In addition to these two children, a boy was shot in the foot."
    boy = qty(2, "a boy", told, 1, counted="boy", role="hit")
    assert _bounds(told, boy) == []


def test_a_count_of_people_told_apart_from_the_harmed_still_bounds_the_arrested():
    assert _bounds("A group of two children ran from the park.")
