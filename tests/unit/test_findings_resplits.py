"""A later report that splits the same victims otherwise (`findings.resplits`): where the
first report already counts the later number and tells those victims apart, the pair is a
contradiction whatever the days; where the later report tells its added victim by rank, an
update (the labels' convention, "A later report that splits the same victims otherwise")."""

from __future__ import annotations

from figure_builders import count, source

from workbench.findings.conflicts import find_findings

SOURCES = [source(1, "2015-11-23"), source(2, "2016-01-06")]


def _relations(claims) -> list[tuple[str, str]]:
    return [(c.relation, c.role) for c in find_findings(claims, SOURCES)[0]]


def _first_split_by_parts() -> list:
    """Five hurt, four of them by gunshots (one by glass); weeks on, five shot."""
    return [
        count(1, "injured", 5, "five people"),
        count(1, "hit", 4, "four from gunshots"),
        count(2, "hit", 5, "Five people"),
    ]


def test_a_later_figure_the_first_report_counts_in_a_part_is_a_contradiction():
    assert _relations(_first_split_by_parts()) == [("contradiction", "hit")]


def test_a_victim_the_first_report_tells_by_rank_is_one_it_knew():
    claims = [
        count(1, "injured", 4, "four people"),
        count(1, "hit", 4, "four people"),
        count(1, "injured", 1, "a fifth person", implicit=True),
        count(2, "hit", 5, "Five people"),
    ]
    assert ("contradiction", "hit") in _relations(claims)


def test_a_victim_the_later_report_adds_by_rank_is_an_update():
    claims = [*_first_split_by_parts(), count(2, "hit", 1, "a fifth victim", implicit=True)]
    assert _relations(claims) == [("update", "hit")]


def test_a_later_number_the_first_report_never_states_is_an_update():
    claims = [count(1, "injured", 4, "four people"), count(1, "hit", 4, "four people")]
    claims.append(count(2, "hit", 5, "Five people"))
    assert _relations(claims) == [("update", "hit")]
