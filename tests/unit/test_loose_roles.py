"""A loose role (the involved: suspects, gangs, officers, cars) is cut by each report its
own way, so two of its counts dispute each other only when both name one of the role's own
nouns: on the judged pool all seven such disputes were false alarms."""

from __future__ import annotations

from figure_builders import count, source

from workbench.findings.conflicts import find_findings


def _disputed(a, b):
    conflicts, _ = find_findings([a, b], [source(1), source(2)])
    return [(c.role, sorted(float(x.value["low"]) for x in c.claims)) for c in conflicts]


def test_one_suspect_and_four_people_shot_at_are_two_groups():
    a = count(1, "involved", 1, "one suspect", noun="suspect")
    b = count(2, "involved", 4, "4 people", noun="people")
    assert _disputed(a, b) == []


def test_marshals_and_officers_are_two_cuts_of_those_involved():
    a = count(1, "involved", 2, "two", noun="marshal", cls="marshal")
    b = count(2, "involved", 4, "four officers", noun="officer")
    assert _disputed(a, b) == []


def test_suspects_against_suspects_still_dispute():
    a = count(1, "involved", 1, "one suspect", noun="suspect")
    b = count(2, "involved", 3, "three suspects", noun="suspect")
    assert _disputed(a, b) == [("involved", [1.0, 3.0])]


def test_a_role_of_one_group_is_compared_whatever_the_noun():
    a = count(1, "killed", 2, "two men", noun="man")
    b = count(2, "killed", 3, "three people", noun="people")
    assert _disputed(a, b) == [("killed", [2.0, 3.0])]


def test_those_present_are_cut_by_each_report_too():
    a = count(1, "present", 4, "four", noun="student")
    b = count(2, "present", 24, "Dozens of people", noun="people", high=99)
    assert _disputed(a, b) == []
    guests = [count(1, "present", 50, "50 guests", noun="guest")]
    guests.append(count(2, "present", 200, "200 guests", noun="guest"))
    assert _disputed(*guests) == [("present", [50.0, 200.0])]


def _corroborated(a, b):
    _, corroborations = find_findings([a, b], [source(1), source(2)])
    return [sorted(x.text for x in c.claims) for c in corroborations]


def test_women_and_suspects_of_one_number_corroborate_nothing():
    a = count(1, "involved", 3, "Three terrified women", noun="woman")
    b = count(2, "involved", 3, "three suspects", noun="suspect")
    assert _corroborated(a, b) == []


def test_suspects_beside_suspects_still_corroborate():
    a = count(1, "involved", 2, "two suspects", noun="suspect")
    b = count(2, "involved", 2, "two suspects sought", noun="suspect")
    assert _corroborated(a, b) == [["two suspects", "two suspects sought"]]
