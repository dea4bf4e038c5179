"""Counts a report implies: people only hurt in a first report are 0 killed at that time, so a
later report of them dead is an update (judged real on 7 of 12 such pool flags before the rule
asked for the same group), while a count of the dead beside a count of other people hurt is
no dispute at all."""

from __future__ import annotations

from figure_builders import count, source

from workbench.findings.conflicts import find_findings


def test_a_child_critically_hurt_then_dead_is_an_update_of_the_dead():
    sources = [source(1, "2016-08-24"), source(2, "2016-08-28")]
    claims = [
        count(1, "injured", 1, "a little girl", implicit=True, noun="girl"),
        count(2, "killed", 1, "an 8-year-old girl", implicit=True, noun="girl"),
    ]
    conflicts, _ = find_findings(claims, sources)
    assert [(c.relation, c.role) for c in conflicts] == [("update", "killed")]
    assert "[0 killed: injured, none killed]" in conflicts[0].reason


def test_the_later_report_of_people_hurt_implies_nothing():
    sources = [source(1, "2016-08-28"), source(2, "2016-08-24")]
    claims = [
        count(1, "injured", 1, "a little girl", implicit=True, noun="girl"),
        count(2, "killed", 1, "an 8-year-old girl", implicit=True, noun="girl"),
    ]
    assert find_findings(claims, sources)[0] == []


def test_the_dead_beside_another_group_hurt_are_no_dispute():
    sources = [source(1), source(2)]
    claims = [count(1, "killed", 2, "two men"), count(2, "injured", 5, "five people")]
    assert find_findings(claims, sources)[0] == []


def test_more_hit_than_hurt_leaves_the_rest_unsaid():
    sources = [source(1, "2016-08-24"), source(2, "2016-08-28")]
    claims = [
        count(1, "injured", 1, "one man"),
        count(1, "hit", 2, "two men"),
        count(2, "killed", 1, "one man"),
    ]
    assert "killed" not in {c.role for c in find_findings(claims, sources)[0]}
