"""A list of people named together against another report's one of them told alone."""

from __future__ import annotations

from figure_builders import count, source

from workbench.findings.conflicts import find_findings


def _found(first, second, days=("2019-04-07", "2019-04-07"), texts=("", "")):
    sources = [source(1, days[0], text=texts[0]), source(2, days[1], text=texts[1])]
    return [c.relation for c in find_findings([first, second], sources)[0]]


LISTED = "a four-year-old boy and a neighbour"


def test_a_list_of_two_shot_against_one_of_them_told_alone_is_a_dispute():
    listed = count(1, "hit", 2, LISTED, implicit=True, noun="boy")
    alone = count(2, "hit", 1, "a 4-year-old", implicit=True, noun="4-year-old")
    texts = (f"A man shot {LISTED}.", "A man shot a 4-year-old.")
    assert _found(listed, alone, texts=texts) == ["contradiction"]


def test_a_later_list_naming_the_one_told_first_is_an_update():
    first = count(1, "injured", 1, "a 12-year-old", implicit=True, noun="12-year-old")
    later = count(2, "injured", 2, "a 12-year-old girl and her aunt", implicit=True, noun="girl")
    texts = ("A 12-year-old was hurt.", "A 12-year-old girl and her aunt were hurt.")
    assert _found(first, later, ("2019-04-07", "2019-04-09"), texts) == ["update"]
    weeks_on = ("2019-04-07", "2019-05-09")  # maybe a story's two incidents joined
    assert _found(first, later, weeks_on, texts) == []


def test_a_report_naming_the_lists_others_elsewhere_tells_no_one_alone():
    # "the neighbour" told in the other report too (hurt in another clause or role)
    listed = count(1, "hit", 2, LISTED, implicit=True, noun="boy")
    alone = count(2, "hit", 1, "a 4-year-old", implicit=True, noun="4-year-old")
    texts = (f"A man shot {LISTED}.", "A man shot a 4-year-old. The neighbour died.")
    assert _found(listed, alone, texts=texts) == []


def test_one_the_list_does_not_name_by_an_age_proves_only_its_own():
    # "his uncle and his cousin" beside another page's "a woman": whom each report saw
    listed = count(1, "hit", 2, "his uncle and his cousin", implicit=True, noun="uncle")
    other = count(2, "hit", 1, "a woman", implicit=True, noun="woman")
    assert _found(listed, other) == []
    # the doer among the list, the same person named alone: no age tells them one
    doer = count(1, "hit", 2, "his girlfriend and then himself", implicit=True, noun="he")
    victim = count(2, "hit", 1, "his girlfriend", implicit=True, noun="girlfriend")
    assert _found(doer, victim) == []


def test_a_rank_is_no_list():
    # "a second victim" is a floor of two, read by rank, not two people named together
    ranked = count(1, "hit", 2, "a second victim", implicit=True, high=float("inf"))
    alone = count(2, "hit", 1, "a victim", implicit=True, noun="victim")
    assert _found(ranked, alone) == []
