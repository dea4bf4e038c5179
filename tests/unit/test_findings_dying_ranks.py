"""A later report's ranked death after a first report of one dead among those hurt."""

from __future__ import annotations

from figure_builders import count, source

from workbench.findings.conflicts import find_findings


def _relations(claims, days=("2019-04-07", "2019-04-09")):
    sources = [source(1, days[0]), source(2, days[1])]
    return [(c.role, c.relation) for c in find_findings(claims, sources)[0]]


def _first_report():
    return [
        count(1, "killed", 1, "a 20-year-old man", implicit=True, noun="man"),
        count(1, "hit", 2, "two people"),
    ]


def test_a_second_victim_dying_later_tells_two_dead():
    later = count(2, "killed", 1, "Second victim", implicit=True, noun="victim")
    assert ("killed", "update") in _relations([*_first_report(), later])


def test_a_rank_told_again_or_past_those_hurt_tells_nothing_more():
    again = count(2, "killed", 1, "The second victim", implicit=True, noun="victim")
    assert ("killed", "update") not in _relations([*_first_report(), again])
    third = count(2, "killed", 1, "A third victim", implicit=True, noun="victim")
    assert ("killed", "update") not in _relations([*_first_report(), third])


def test_a_ranked_death_the_same_day_is_no_later_news():
    later = count(2, "killed", 1, "Second victim", implicit=True, noun="victim")
    same_day = ("2019-04-07", "2019-04-07")
    assert ("killed", "update") not in _relations([*_first_report(), later], same_day)
