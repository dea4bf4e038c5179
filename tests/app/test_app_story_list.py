"""The conflict list grouped by story: a header per story with its progress, open and shut
with enter or z, a story filter, and the header line's progress for the story."""

from __future__ import annotations

import shutil

from conftest import settle
from notices import heard

from workbench.app import create_app
from workbench.app.data import Finding, SectionRow, StoryRow
from workbench.app.filters import ListFilter

SIZE = (160, 45)


async def test_conflicts_sit_under_their_story_which_opens_and_shuts(sample_db_file, tmp_path):
    path = tmp_path / "sample.db"
    shutil.copy(sample_db_file, path)
    app = create_app(path, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        rows = screen.main_list.rows
        # the story's contradictions, then its update under the updates' heading
        shape = [StoryRow, Finding, Finding, SectionRow, StoryRow, Finding]
        assert [type(r) for r in rows] == shape
        assert isinstance(screen.main_list.current, Finding)  # opens on a conflict
        header = screen._render_row(rows[0], 60).plain
        assert "0/2" in header and "2019-01-21" in header and rows[0].story.title[:10] in header
        assert "0/1" in screen._render_row(rows[4], 60).plain
        assert "this story 0/3" in str(screen.query_one("#status").render())  # every part
        await pilot.press("1")  # a verdict: the story's progress moves
        await settle(app, pilot)
        assert "1/2" in screen._render_row(screen.main_list.rows[0], 60).plain
        assert "this story 1/3" in str(screen.query_one("#status").render())
        await pilot.press("up", "z")  # shut the story here: its update stays open below
        await settle(app, pilot)
        shut = [StoryRow, SectionRow, StoryRow, Finding]
        assert [type(r) for r in screen.main_list.rows] == shut
        assert screen.main_list.cursor == 0
        assert not screen.main_list.rows[2].collapsed
        assert screen._render_row(screen.main_list.rows[0], 60).plain.startswith("▸")
        await pilot.press("1")  # a verdict key on a heading says what to do instead
        await settle(app, pilot)
        assert await heard(pilot, lambda m: "story's heading" in m)
        await pilot.press("enter")  # open it again
        await settle(app, pilot)
        assert len(screen.main_list.rows) == 6
        story_id = screen.main_list.rows[0].story.id
        screen.filters["conflicts"] = ListFilter(story_id=story_id + 1)  # another story
        screen._apply_rows()
        assert screen.main_list.rows == []
        screen.filters["conflicts"] = ListFilter(story_id=story_id)
        screen._apply_rows()
        assert len(screen.main_list.rows) == 6
