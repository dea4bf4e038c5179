"""A partitive the parse left outside a count's words ("Both" of "Both of them were shot in
the arm") makes it a part, and "all" before one ("All four of the shooting victims") names
the whole (finder 150: false alarms judged on the flag pool's incidents 450-750)."""

from __future__ import annotations

from figure_builders import count, source

from workbench.findings.conflicts import find_findings
from workbench.findings.part_mentions import is_part


def test_a_partitive_just_after_the_count_is_a_part():
    both = count(1, "hit", 2, "Both", sentence="Both of them were shot in the arm.")
    legs = count(1, "hit", 2, "both", sentence="It appears both of her legs were hit.")
    assert is_part(both) and is_part(legs)
    named = count(1, "hit", 2, "Both boys", sentence="Both boys were shot.", noun="boy")
    assert not is_part(named)


def test_all_before_a_partitive_names_the_whole():
    said = "All four of the shooting victims were taken to the hospital."
    assert not is_part(count(1, "injured", 4, "four", sentence=said))
    marked = count(1, "injured", 4, "four", sentence=said)
    marked.value["part_of"] = True  # the extractor's partitive mark
    assert not is_part(marked)
    assert not is_part(count(1, "injured", 4, "All four of the shooting victims", sentence=said))
    assert is_part(count(1, "injured", 2, "two of the victims", sentence="two of the victims"))


def test_both_of_them_beside_another_report_of_four_shot_is_no_dispute():
    sources = [source(1), source(2)]
    claims = [
        count(1, "hit", 4, "Four people", sentence="Four people were shot at the courthouse."),
        count(2, "hit", 2, "Both", sentence="Both of them were shot in the arm."),
        count(2, "killed", 2, "two bailiffs", noun="bailiff"),
    ]
    assert find_findings(claims, sources)[0] == []


def test_a_bare_both_counts_the_people_named_before():
    # "Detectives arrested A and B ... Both are in custody", the headline a third arrest's
    both = count(1, "arrested", 2, "Both", sentence="Both are in the custody of the sheriff.")
    assert is_part(both)
