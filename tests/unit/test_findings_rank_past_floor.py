"""A later report's ranked arrest ("a second suspect") past an earlier report's floor."""

from __future__ import annotations

from dataclasses import replace

from figure_builders import count, source

from workbench.findings.conflicts import find_findings


def _floor(sid: int, low: int, text: str, implicit: bool = False):
    claim = count(sid, "arrested", low, text, implicit=implicit, noun="suspect")
    return replace(claim, value={"low": low, "high": None, "exact": False, "hedge": "at least"})


def _relations(claims, days=("2019-04-07", "2019-04-10")):
    sources = [source(1, days[0]), source(2, days[1])]
    return [(c.role, c.relation) for c in find_findings(claims, sources)[0]]


def test_a_second_suspect_days_after_at_least_one_held_is_an_update():
    first = _floor(1, 1, "At least one person")
    later = _floor(2, 2, "a second suspect", implicit=True)
    assert ("arrested", "update") in _relations([first, later])


def test_a_floor_at_or_past_the_rank_still_holds():
    first = _floor(1, 2, "At least two people")
    later = _floor(2, 2, "a second suspect", implicit=True)
    assert _relations([first, later]) == []


def test_a_rank_the_same_day_as_the_floor_tells_no_change():
    first = _floor(1, 1, "At least one person")
    later = _floor(2, 2, "a second suspect", implicit=True)
    assert _relations([first, later], ("2019-04-07", "2019-04-07")) == []
