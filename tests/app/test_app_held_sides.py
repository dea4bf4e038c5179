"""A source's bound beside its own figure inside it is one side of a conflict (walk37)."""

from __future__ import annotations

from rich.style import Style

from workbench.app.data import ClaimRef, Decisions, Finding, SourceInfo
from workbench.app.format import finding_row, finding_sides

SOURCES = {
    1: SourceInfo(1, "a.txt", "The Morning Ledger", None, None, None, None, 3),
    2: SourceInfo(2, "b.txt", "Channel 9", None, None, None, None, 3),
}


def _count(cid, source, text, low, high, hedge=None, role="killed"):
    value = {"low": low, "high": high, "hedge": hedge, "counted": "person"}
    return ClaimRef(cid, source, "quantity", text, value, role=role)


def _finding(*claims, relation="contradiction"):
    ids = [c.id for c in claims]
    return Finding(
        "f",
        "conflict",
        "quantity",
        0.6,
        "",
        True,
        ids,
        list(claims),
        relation=relation,
        role="killed",
    )


def _row(finding, width=160):
    return finding_row(finding, SOURCES, Decisions(), lambda name: Style(), width).plain


def test_a_pages_floor_beside_its_own_figure_is_one_side():
    # "At least 13 people are dead" and "Thirteen people are dead" on one page, against
    # another page's four dead: two sides, not "≥ 13 (at least) killed ≠ 13 killed"
    finding = _finding(
        _count("a", 1, "At least 13 people", 13, None, "at least"),
        _count("b", 1, "Thirteen people", 13, 13),
        _count("c", 2, "Four people", 4, 4),
    )
    sides = finding_sides(finding, SOURCES)
    assert [[c.id for c in side.claims] for side in sides] == [["b", "a"], ["c"]]
    assert "Thirteen people ≠ Four people" in _row(finding)


def test_about_and_up_to_and_a_range_fold_as_a_floor_does():
    for text, low, high, hedge in (
        ("about 13 people", 13, 13, "about"),
        ("up to 15 people", 15, 15, "up to"),
        ("12 to 14 people", 12, 14, None),
    ):
        finding = _finding(
            _count("a", 1, text, low, high, hedge),
            _count("b", 1, "13 people", 13, 13),
            _count("c", 2, "Four people", 4, 4),
        )
        assert len(finding_sides(finding, SOURCES)) == 2, text


def test_a_bound_another_source_gives_alone_stays_a_side():
    # "at least one" on one page, three on another days on: the finder's update, two sides
    finding = _finding(
        _count("a", 1, "at least one person", 1, None, "at least"),
        _count("b", 2, "three people", 3, 3),
        relation="update",
    )
    assert len(finding_sides(finding, SOURCES)) == 2


def test_a_bound_its_figure_lies_outside_stays_a_side():
    finding = _finding(
        _count("a", 1, "at least 20 people", 20, None, "at least"),
        _count("b", 1, "13 people", 13, 13),
        _count("c", 2, "Four people", 4, 4),
    )
    assert len(finding_sides(finding, SOURCES)) == 3
