"""What a new user met walking the app in tmux (seventh session), fixed: one story heading
its contradictions and again its updates read as two stories of one name; the updates'
heading was cut mid-word at 80 columns; at 120 columns the header cut what a decision
saved to "saved: right:"; the pictures' legends wrapped inside an item under a narrow
table ("record:" at a line's end, "✓ right / judged" on the next)."""

from __future__ import annotations

import re

from conftest import settle
from rich.style import Style

from workbench.app import create_app
from workbench.app.data import Decisions, SectionRow, StoryInfo, StoryRow
from workbench.app.story_rows import section_row, story_row
from workbench.app.widgets.pictures import MATRIX_LEGEND, legend


def _style(_name: str) -> Style:
    return Style()


def test_a_story_heading_among_the_updates_says_it_heads_the_storys_updates():
    story = StoryInfo(1, "uprising · Caracas · 2019-01-21", "2019-01-21", "2019-01-21", 4)
    first = story_row(StoryRow(story, [], part=""), Decisions(), _style, 60).plain
    again = story_row(StoryRow(story, [], part="updates-above"), Decisions(), _style, 60).plain
    assert "update" not in first
    assert again.endswith("updates in uprising · Caracas · 2019-01-21")


def test_a_story_heading_below_the_threshold_says_so():
    """Below the threshold the story heads its contradictions and its updates again: four
    headings of one story, each saying which part it heads."""
    story = StoryInfo(1, "uprising · Caracas · 2019-01-21", "2019-01-21", "2019-01-21", 4)
    said = {
        part: story_row(StoryRow(story, [], part=part), Decisions(), _style, 60).plain
        for part in ("", "updates-above", "below", "updates-below")
    }
    assert said["below"].endswith(" below in uprising · Caracas · 2019-01-21")
    assert said["updates-below"].endswith(" updates below in uprising · Caracas · 2019-01-21")
    assert len(set(said.values())) == 4
    # In the 27 columns of the list at 80x24 the longest label drops its "in", not the title.
    narrow = {
        part: story_row(StoryRow(story, [], part=part), Decisions(), _style, 27).plain
        for part in ("updates-above", "updates-below")
    }
    assert " updates in upr" in narrow["updates-above"]
    assert " updates below upri" in narrow["updates-below"]


async def test_in_the_app_no_two_story_headings_read_the_same(sample_app, monkeypatch):
    """The sample's story with its weaker conflicts below the threshold, opened with B."""
    from workbench.app import data

    monkeypatch.setattr(data, "default_threshold", lambda: 0.5)
    async with sample_app.run_test(size=(160, 45)) as pilot:
        await settle(sample_app, pilot)
        await pilot.press("B")
        await settle(sample_app, pilot)
        screen = sample_app.screen
        rows = [r for r in screen.main_list.rows if isinstance(r, StoryRow)]
        # each heading less its arrow and progress ("▾   0/1 "): what a reader takes for a name
        lines = [screen._render_row(r, 60).plain for r in rows]
        headings = [re.sub(r"^\S +\S+ ", "", line) for line in lines]
        below = [h for r, h in zip(rows, headings, strict=True) if r.part.endswith("below")]
        assert below and all(re.match(r"(updates? )?below in ", h) for h in below), lines
        assert len(set(headings)) == len(headings), headings


def test_the_updates_heading_is_whole_words_in_a_narrow_list():
    wide = section_row(SectionRow("updates", 1), _style, 60).plain
    narrow = section_row(SectionRow("updates", 2), _style, 27).plain
    assert wide.startswith("── 1 update: figures that changed between reports")
    assert narrow.strip() == "── 2 updates over time" and "…" not in narrow


def test_a_legend_breaks_between_its_items_only():
    lines = legend(MATRIX_LEGEND, 70).plain.splitlines()
    assert len(lines) == 2 and all(len(line) <= 70 for line in lines)
    assert lines[1] == "record: ✓ right / judged"
    assert "\n" not in legend(MATRIX_LEGEND).plain  # no room given: one line


async def test_at_120_columns_the_header_shows_what_a_decision_saved_whole(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("1")
        await settle(app, pilot)
        line = str(app.screen.query_one("#status").render())
        saved = line.split(" · saved: ", 1)[1].rstrip()
        assert saved.startswith("right: ") and not saved.endswith("…"), line
        assert len(line.rstrip()) <= 120


def test_key_hints_break_between_hints_only():
    from workbench.app.widgets.hint import packed

    hints = (
        "enter: articles · m: merge · o: move · N: new story · r: rename · /: find · escape: close"
    )
    lines = packed(hints, 70).splitlines()
    assert lines == [
        "enter: articles · m: merge · o: move · N: new story · r: rename",
        "/: find · escape: close",
    ]
    assert packed(hints, 200) == hints


def test_a_panes_hints_leave_off_the_spare_ones_whole():
    from workbench.app.widgets.hint import fitted

    hints = ["24 claims", "[ ] step", "o: URL"]
    assert fitted(hints, 40, spare=("o: URL", "[ ] step")) == "24 claims · [ ] step · o: URL"
    assert fitted(hints, 28, spare=("o: URL", "[ ] step")) == "24 claims · [ ] step"
    assert fitted(hints, 12, spare=("o: URL", "[ ] step")) == "24 claims"


def test_a_narrow_footer_leaves_off_spare_keys_and_keeps_help():
    from workbench.app.widgets.steady_footer import kept_actions

    keys = [
        ("verdict_side(0)", "1/a", "Side 1"),
        ("open_url", "o", "Open URL"),
        ("sort", "S", "Sort"),
        ("quit", "q", "Quit"),
        ("help", "?", "Help"),
    ]
    assert kept_actions(keys, 200) == {a for a, _, _ in keys}
    # 1/a Side 1 takes 12 cells, o Open URL 12, the others 8 each; the palette 13.
    assert kept_actions(keys, 13 + 36) == {"verdict_side(0)", "sort", "quit", "help"}
    assert kept_actions(keys, 13 + 28) == {"verdict_side(0)", "quit", "help"}
    assert kept_actions(keys, 20) == {"verdict_side(0)", "help"}


async def test_at_80_and_120_columns_the_footer_shows_the_help_key(review_db):
    from textual.widgets._footer import FooterKey

    for size in ((80, 24), (120, 30)):
        app = create_app(review_db, "alice")
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            keys = [k for k in app.screen.query(FooterKey) if not k.has_class("-command-palette")]
            assert "help" in {k.action for k in keys}, size
            width = sum(k.outer_size.width for k in keys)
            assert width <= size[0] - 13, size  # nothing cut at the edge
