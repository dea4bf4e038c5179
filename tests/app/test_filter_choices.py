"""The conflict filter offers the sources and stories of the conflicts listed."""

from __future__ import annotations

import shutil

from conftest import settle
from textual.widgets import Select

from workbench.app import create_app
from workbench.app.data import ClaimRef, Finding, SourceInfo
from workbench.app.filters import ListFilter, offered_choices
from workbench.app.screens.filter import FilterDialog


def _source(i: int) -> SourceInfo:
    return SourceInfo(i, f"{i}.txt", f"outlet {i}", "2019-01-21", None, None, None, 1)


def _finding(fid: str, story: int, *sources: int) -> Finding:
    claims = [ClaimRef(f"{fid}{s}", s, "quantity", "two", {}) for s in sources]
    return Finding(
        fid, "conflict", "quantity", 0.5, "", True, [c.id for c in claims], claims, story_id=story
    )


def test_only_the_listed_conflicts_sources_and_stories_and_the_chosen_ones():
    sources = {i: _source(i) for i in range(1, 8)}
    stories = {i: f"story {i}" for i in range(1, 6)}
    findings = [_finding("f", 1, 1, 2), _finding("g", 3, 2, 5)]
    offered_sources, offered_stories = offered_choices(findings, sources, stories, ListFilter())
    assert sorted(offered_sources) == [1, 2, 5]
    assert sorted(offered_stories) == [1, 3]
    chosen = ListFilter(source_id=7, story_id=4)  # kept, so the field still shows it
    offered_sources, offered_stories = offered_choices(findings, sources, stories, chosen)
    assert sorted(offered_sources) == [1, 2, 5, 7]
    assert sorted(offered_stories) == [1, 3, 4]


async def test_the_filter_dialogs_source_field_lists_the_conflicts_sources(
    sample_db_file, tmp_path
):
    path = tmp_path / "sample.db"
    shutil.copy(sample_db_file, path)
    app = create_app(path, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        in_conflicts = {c.source_id for f in screen.sorted_conflicts for c in f.claims}
        assert in_conflicts < set(screen.sources)  # a copy is in no conflict
        await pilot.press("f")
        await settle(app, pilot)
        assert isinstance(app.screen, FilterDialog)
        select = app.screen.query_one("#filter-source", Select)
        offered = {value for _, value in select._options if value is not Select.NULL}
        assert offered == in_conflicts
        assert set(app.screen.sources) == in_conflicts
