"""A report a reader can take in: timelines headed by what they count (the sample's read
"join", a verb's base form), figures with their units ("3,000" for 3 kilometers), a role
asked for that no claim has said in one line, and a matrix of a large scope drawn in part
(300 real articles made 174 outlets by 174)."""

from __future__ import annotations

import re

from click.testing import CliRunner

from workbench.cli import cli
from workbench.report import agreement_matrix, figure_timeline, load_scope, roles
from workbench.report.document import render_report
from workbench.report.matrix import AgreementMatrix, Cell, OutletRecord
from workbench.report.timeline import role_of


def _db(store) -> str:
    return store.db.conn.execute("PRAGMA database_list").fetchone()[2]


def test_a_timeline_is_headed_by_a_role_or_by_the_finders_words(sample_store):
    scope = load_scope(sample_store)
    claim_roles = {c.role for c in scope.claims if c.role}
    reasons = {f.reason.split(": ", 1)[0] for f in (*scope.conflicts, *scope.corroborations)}
    for role, _ in roles(scope):
        title = figure_timeline(scope, role).title
        assert title in claim_roles or title in reasons, (role, title)
    text = render_report(sample_store, "md")
    for heading in re.findall(r"## Figure timeline: (.*)", text):
        assert heading in claim_roles or heading in reasons, heading


def test_a_verb_without_a_role_is_a_timeline_only_when_the_finder_compared_it(sample_store):
    scope = load_scope(sample_store)
    compared = {c.id for f in (*scope.conflicts, *scope.corroborations) for c in f.claims}
    for role, _ in roles(scope):
        claims = [c for c in scope.claims if c.kind == "quantity" and role_of(c) == role]
        assert any(c.role for c in claims) or any(c.id in compared for c in claims), role


def test_a_figure_with_a_unit_shows_it(sample_store):
    scope = load_scope(sample_store)
    with_units = {c.id: c.value["unit"] for c in scope.claims if c.value.get("unit")}
    assert with_units, "the sample has measures"
    seen = 0
    for role in {role_of(c) for c in scope.claims if c.id in with_units}:
        for point in figure_timeline(scope, role).points:
            if point.claim_id in with_units:
                assert point.label.endswith(f" {with_units[point.claim_id]}"), point.label
                seen += 1
    assert seen


def test_a_role_no_claim_has_is_one_line_naming_those_there_are(sample_store):
    scope = load_scope(sample_store)
    known = roles(scope)[0][0]
    result = CliRunner().invoke(cli, ["report", "--db", _db(sample_store), "--role", "no-such"])
    assert result.exit_code == 1
    assert result.output.startswith("error: ") and result.output.count("\n") == 1
    assert "'no-such'" in result.output and known in result.output
    ok = CliRunner().invoke(cli, ["report", "--db", _db(sample_store), "--role", known])
    assert ok.exit_code == 0 and "## Figure timeline: " in ok.output


def test_a_large_matrix_is_drawn_in_part_most_compared_first():
    names = [f"outlet{i:03}.example" for i in range(40)]
    records = {n: OutletRecord() for n in names}
    cells: dict[tuple[str, str], Cell] = {}
    for a, b in zip(names[0:30:2], names[1:30:2], strict=True):  # 15 pairs compared
        cells[(a, b)] = Cell(agree=1)
        cells[(b, a)] = Cell(agree=1)
        records[a].agreements = records[b].agreements = 1
    matrix = AgreementMatrix(names, cells, records)
    drawn = matrix.drawn(12)
    assert len(drawn.outlets) == 12 and drawn.left_out == 28
    assert all(drawn.records[o].agreements for o in drawn.outlets)
    assert all(set(pair) <= set(drawn.outlets) for pair in drawn.cells)
    small = AgreementMatrix(names[:3], {}, {n: OutletRecord() for n in names[:3]})
    assert small.drawn(12) is small  # a story's few outlets stay, compared or not


def test_a_story_report_draws_every_outlet_of_the_story(sample_store):
    scope = load_scope(sample_store)
    matrix = agreement_matrix(scope)
    assert matrix.drawn() is matrix
    assert "are left out" not in render_report(sample_store, "md")


def test_a_conflict_of_another_role_adds_no_figures_to_a_timeline(sample_store):
    """300 real articles: a hit conflict (1 dead + 3 others against one dead + four
    victims) drew "four victims" and "3 Others" on the killed timeline, as 4 and 3 killed.
    A conflict joins the figures of its own role's timeline only."""
    scope = load_scope(sample_store)
    [arrests] = [c for c in scope.conflicts if c.role == "arrested"]
    other = [c.id for c in arrests.claims if c.role != "arrested"]
    assert other  # "around two dozen men": the finder compared it with the arrested
    shown = {p.claim_id for p in figure_timeline(scope, "arrested").points}
    assert set(other) <= shown
    arrests.role = "hit"
    timeline = figure_timeline(scope, "arrested")
    assert {p.claim_id for p in timeline.points}.isdisjoint(other)
    assert not any(p.contradicts or p.updates for p in timeline.points)
