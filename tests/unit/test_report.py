"""The pictures' numbers (agreement matrix, figure timeline) and the report built from them."""

from __future__ import annotations

import re
from itertools import permutations

from click.testing import CliRunner

from workbench.cli import cli
from workbench.report import agreement_matrix, figure_timeline, load_scope, roles
from workbench.report.document import render_report
from workbench.report.svg import matrix_svg, nice_step, timeline_svg
from workbench.report.timeline import role_of


def _pairs(findings, outlet_of):
    counted = {}
    for finding in findings:
        names = {outlet_of[c.source_id] for c in finding.claims}
        for pair in permutations(names, 2):
            counted[pair] = counted.get(pair, 0) + 1
    return counted


def test_the_matrix_counts_every_pair_of_outlets_in_each_finding(sample_store):
    scope = load_scope(sample_store)
    matrix = agreement_matrix(scope)
    outlet_of = scope.outlet_of()
    conflicts = _pairs(scope.conflicts, outlet_of)
    agreements = _pairs(scope.corroborations, outlet_of)
    assert conflicts, "the sample has conflicts between outlets"
    for a in matrix.outlets:
        for b in matrix.outlets:
            if a != b:
                assert matrix.cell(a, b).conflict == conflicts.get((a, b), 0)
                assert matrix.cell(a, b).agree == agreements.get((a, b), 0)
                assert matrix.cell(a, b).judged == 0


def test_a_verdict_says_who_was_right_against_whom(sample_store):
    conflict = sample_store.conflicts()[0]
    scope = load_scope(sample_store)
    outlet_of = scope.outlet_of()
    right, wrong = (
        conflict.claims[0],
        next(
            c
            for c in conflict.claims
            if outlet_of[c.source_id] != outlet_of[conflict.claims[0].source_id]
        ),
    )
    sample_store.record_review(right.id, "verified", "ann", "two witnesses")
    sample_store.record_review(wrong.id, "disputed", "ann")
    matrix = agreement_matrix(load_scope(sample_store))
    a, b = outlet_of[right.source_id], outlet_of[wrong.source_id]
    assert (matrix.cell(a, b).judged, matrix.cell(a, b).right, matrix.cell(a, b).wrong) == (1, 1, 0)
    assert (matrix.cell(b, a).judged, matrix.cell(b, a).right, matrix.cell(b, a).wrong) == (1, 0, 1)
    assert matrix.records[a].right == 1 and matrix.records[b].wrong == 1


def test_the_timeline_marks_contradictions_and_updates_by_day(sample_store):
    scope = load_scope(sample_store)
    quantity = [c for c in scope.conflicts if c.kind == "quantity"]
    assert quantity
    for conflict in quantity:
        role = next(r for r, _ in roles(scope) if r == role_of(conflict.claims[0]))
        timeline = figure_timeline(scope, role)
        points = {p.claim_id: p for p in timeline.points}
        a, b = (points[c] for c in conflict.claim_ids[:2])
        if a.published == b.published and conflict.same_day is not False:
            assert b.claim_id in a.contradicts and "≠" in a.marks
        else:
            later, earlier = (a, b) if (a.published or "") > (b.published or "") else (b, a)
            assert earlier.claim_id in later.updates and "↻" in later.marks
        dates = [p.published or "9999" for p in timeline.points]
        assert dates == sorted(dates)


def test_copies_are_not_witnesses_on_the_timeline(sample_store):
    scope = load_scope(sample_store)
    copies = {s.id for s in scope.sources if s.copy_of is not None}
    assert copies, "the sample has a copy"
    copied_claims = {c.id for c in scope.claims if c.source_id in copies}
    for role, _ in roles(scope):
        assert not {p.claim_id for p in figure_timeline(scope, role).points} & copied_claims


def test_nice_steps():
    assert [nice_step(x) for x in (0.3, 7, 13, 260)] == [0.5, 10, 20, 500]


def test_svgs_are_well_formed_and_escape_outlet_names(sample_store):
    import xml.etree.ElementTree as ET

    sample_store.db.execute("UPDATE sources SET outlet = '<b>&Co</b>' WHERE id = 3")
    scope = load_scope(sample_store)
    svg = matrix_svg(agreement_matrix(scope))
    ET.fromstring(svg)
    assert "<b>" not in svg and "&lt;b&gt;&amp;Co" in svg
    for role, _ in roles(scope)[:3]:
        ET.fromstring(timeline_svg(figure_timeline(scope, role)))


def test_the_html_report_is_self_contained(sample_store):
    page = render_report(sample_store, "html")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page
    assert not re.search(r"(src|href)=['\"](?!https?://)", page)  # nothing to fetch locally
    assert not re.search(r"\bsrc=", page)
    for heading in ("Articles", "Conflicts", "Agreement matrix", "Figure timeline"):
        assert f"<h2>{heading}" in page
    assert page.count("<svg") >= 2


def test_the_markdown_report_has_every_section_and_the_notes(sample_store):
    claim = sample_store.conflicts()[0].claims[0]
    sample_store.record_review(claim.id, "verified", "ann", "checked | with the agency")
    text = render_report(sample_store, "md")
    for heading in ("## Articles", "## Conflicts", "## Agreement matrix", "## Figure timeline"):
        assert heading in text
    assert "checked \\| with the agency" in text
    assert "⚖1" in text


def test_report_command_writes_a_file_once(sample_store, tmp_path):
    out = tmp_path / "r.html"
    db = str(sample_store.path) if hasattr(sample_store, "path") else None
    db = db or sample_store.db.conn.execute("PRAGMA database_list").fetchone()[2]
    runner = CliRunner()
    result = runner.invoke(cli, ["report", "--db", db, "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    again = runner.invoke(cli, ["report", "--db", db, "--format", "md", "-o", str(out)])
    assert again.exit_code == 1 and "already exists" in again.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_an_unknown_story_is_one_line(sample_store):
    db = sample_store.db.conn.execute("PRAGMA database_list").fetchone()[2]
    result = CliRunner().invoke(cli, ["report", "--db", db, "--story", "999"])
    assert result.exit_code == 1
    assert result.output.startswith("error: ") and result.output.count("\n") == 1


def test_a_story_report_covers_its_findings_and_their_witnesses(sample_store):
    from workbench.report.scope import story_choices

    stories = story_choices(sample_store)
    assert stories, "the sample is grouped into stories"
    for story_id, _title, _n in stories:
        scope = load_scope(sample_store, story_id)
        in_scope = {s.id for s in scope.sources}
        for finding in (*scope.conflicts, *scope.corroborations):
            assert finding.story_id == story_id
            assert {c.source_id for c in finding.claims} <= in_scope
        text = render_report(sample_store, "md", story_id)
        assert text.startswith(f"# Fact-check report: {scope.title}")


def test_a_verdict_and_a_conflict_note_reach_the_matrix_and_the_report(sample_store):
    from workbench.store.verdicts import claim_key

    conflict = next(c for c in sample_store.conflicts() if c.kind == "quantity")
    right = conflict.claims[0]
    sample_store.record_verdict(
        conflict.id, "right", "ann", right_claim_ids=[right.id], right_value=right.text
    )
    sample_store.set_note("conflict", claim_key(conflict.claim_ids), "agency count | v2", "ann")
    scope = load_scope(sample_store)
    assert scope.verdicts[conflict.id][0].verdict == "right"
    outlet = scope.outlet_of()[right.source_id]
    assert agreement_matrix(scope).records[outlet].right == 1
    text = render_report(sample_store, "md")
    assert "**Verdict: " in text and "agency count \\| v2" in text
    page = render_report(sample_store, "html")
    assert "<b>Verdict: " in page and "agency count | v2" in page


def test_not_a_conflict_is_judged_without_anyone_right(sample_store):
    conflict = sample_store.conflicts()[0]
    sample_store.record_verdict(conflict.id, "not_conflict", "ann")
    matrix = agreement_matrix(load_scope(sample_store))
    assert sum(c.judged for c in matrix.cells.values()) >= 2
    assert sum(r.right + r.wrong for r in matrix.records.values()) == 0
