"""Counts of those a verb of care reached: two reports agreeing on six hurt that say five and
six were taken to hospital disagree (dev_v 486056's shape), while a care count is never set
against a total, nor two different cares against each other."""

from __future__ import annotations

from figure_builders import count, source

from workbench.findings.conflicts import find_findings


def _cared(sid: int, value: float, text: str, predicate: str, place: str):
    claim = count(sid, "injured", value, text, sentence=f"{text} were {place}.")
    claim.value["predicate"] = predicate
    return claim


def _reports(first_total: float, first_verb: str = "take", first_place: str = "taken to hospital"):
    sources = [source(1), source(2)]
    claims = [
        count(1, "injured", first_total, "six people", sentence="Six people were injured."),
        _cared(1, 5, "Five people", first_verb, first_place),
        count(2, "injured", 6, "6 people", sentence="6 people were injured."),
        _cared(2, 6, "All six", "take", "taken to hospital"),
    ]
    return claims, sources


def test_two_care_counts_of_one_total_disagree():
    conflicts, _ = find_findings(*_reports(6))
    assert [(c.role, c.relation) for c in conflicts] == [("injured", "contradiction")]
    assert "counted by their care ('take')" in conflicts[0].reason
    assert {x.text for x in conflicts[0].claims} == {"Five people", "All six"}


def test_totals_that_differ_speak_for_themselves():
    conflicts, _ = find_findings(*_reports(7))
    assert all("care" not in c.reason for c in conflicts)


def test_two_cares_are_not_compared():
    assert find_findings(*_reports(6, "treat", "treated at the scene"))[0] == []


def test_others_taken_to_a_second_hospital_are_no_count_of_the_care():
    # "The two other victims were taken to Atlanta Medical Center" beside three treated at
    # another hospital (finder 150: pool 306897), while "Four more were released" is still
    # a count of the release, as the judged-real 380162 says.
    sources = [source(1), source(2)]
    claims = [
        count(1, "injured", 5, "five men", sentence="Five men were injured."),
        _cared(1, 2, "two", "take", "The two other victims were taken to Atlanta Medical Center"),
        count(2, "injured", 5, "Five people", sentence="Five people were injured."),
        _cared(2, 5, "five victims", "take", "All five victims were taken to the hospital"),
    ]
    claims[1].sentence = "The two other victims were taken to Atlanta Medical Center."
    assert find_findings(claims, sources)[0] == []
    claims[1].sentence = "Two more were taken to Atlanta Medical Center."
    assert len(find_findings(claims, sources)[0]) == 1
