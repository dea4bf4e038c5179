"""A copy is no independent witness in the pictures: never the same outlet twice, never a
second outlet of its own. Invented articles only (two outlets, one article copied)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from workbench.cli import cli
from workbench.models import Claim, Conflict, Source
from workbench.report import agreement_matrix, figure_timeline, load_scope
from workbench.report.document import render_report
from workbench.report.scope import Scope, story_choices
from workbench.store import Store

ORIGINAL = (
    "Four people were killed in a shooting at a warehouse in Millbrook on Saturday night, "
    "police said. Officers found the victims inside the building shortly after 11 p.m.\n\n"
    "Police Chief Dana Ortiz said four people were killed and that detectives were still "
    "searching for the gunman. The names of the victims have not been released."
)
OTHER = (
    "Three people were killed in a shooting at a warehouse in Millbrook on Saturday night, "
    "police said. Investigators said the gunman fled before officers arrived.\n\n"
    "The Millbrook police department asked anyone with information to call its tip line."
)


def _ingest(tmp_path) -> str:
    rows = [
        {"outlet": "ledger.example", "published": "2024-03-10", "text": ORIGINAL},
        {"outlet": "wire.example", "published": "2024-03-10", "text": ORIGINAL},
        {"outlet": "herald.example", "published": "2024-03-10", "text": OTHER},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = str(tmp_path / "copies.db")
    result = CliRunner().invoke(cli, ["ingest", "-q", "--db", db, str(feed)])
    assert result.exit_code == 0, result.output
    return db


def test_a_copy_and_a_repeated_figure_show_each_outlet_once(tmp_path):
    db = _ingest(tmp_path)
    with Store(db) as store:
        sources = {s.outlet: s for s in store.sources()}
        assert sources["wire.example"].copy_of == sources["ledger.example"].id
        (story_id, _title, _n), *_ = story_choices(store)
        scope = load_scope(store, story_id)
        timeline = figure_timeline(scope, "killed")
        by_outlet = {}
        for point in timeline.points:
            by_outlet.setdefault(point.outlet, []).append(point.label)
        # The original says "four" twice and the copy repeats it: one figure, one row.
        assert by_outlet == {"ledger.example": ["4"], "herald.example": ["3"]}
        four = next(p for p in timeline.points if p.label == "4")
        assert four.contradicts and four.also, "the repeat is folded, its conflict kept"
        matrix = agreement_matrix(scope)
        assert sorted(matrix.outlets) == ["herald.example", "ledger.example"]
        report = render_report(store, "md", story_id)
        timeline_part = report[report.index("## Figure timeline") :]
        assert "wire.example" not in timeline_part.split("## ", 2)[1]


def _claim(cid: str, source_id: int, value: int) -> Claim:
    return Claim(
        id=cid,
        source_id=source_id,
        kind="quantity",
        text=str(value),
        start=0,
        end=1,
        sentence=f"{value} were hurt.",
        value={"low": value, "high": value},
        role="injured",
    )


def test_a_copy_of_an_article_outside_the_story_is_named_as_a_copy():
    sources = [
        Source(1, "a.txt", "", "h1", outlet="ledger.example", published="2024-03-10"),
        Source(2, "b.txt", "", "h2", outlet="wire.example", published="2024-03-10", copy_of=9),
    ]
    one, five = _claim("c1", 1, 1), _claim("c2", 2, 5)
    conflict = Conflict("k", "quantity", 0.9, "differ", True, ["c1", "c2"], [one, five])
    scope = Scope("t", 1, sources, [one, five], [conflict], [], originals={2: "post.example"})
    name = "wire.example (copy of post.example)"
    assert scope.witness_of() == {1: "ledger.example", 2: name}
    assert {p.outlet for p in figure_timeline(scope, "injured").points} == {"ledger.example", name}
    matrix = agreement_matrix(scope)
    assert sorted(matrix.outlets) == ["ledger.example", name]
    assert matrix.cell("ledger.example", name).conflict == 1
