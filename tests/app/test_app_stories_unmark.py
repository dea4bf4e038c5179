"""`ctrl+z` in the stories dialog while a story or an article is marked takes the mark
back, on screen too: it cleared the mark unseen (the ▶ and the hint stayed) and undid the
last fix, and the next `m` marked another story instead of merging (walk36)."""

from __future__ import annotations

from conftest import settle
from stories_dialog import SIZE, cursor_to, open_stories, story_groups

from workbench.app import create_app
from workbench.models import Story


async def test_ctrl_z_takes_back_a_mark_on_screen_and_saves_nothing(sample_db):
    before = story_groups(sample_db)
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.id == 1)
        await pilot.press("m")
        await settle(app, pilot)
        assert "merge «" in str(screen.query_one("#stories-hint").render())
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert screen.marked is None
        assert "merge «" not in str(screen.query_one("#stories-hint").render())
        row = next(r for r in listing.rows if isinstance(r, Story) and r.id == 1)
        assert "▶" not in screen._row(row, listing.content_width).plain
        # the next m marks again, and m on another story merges
        await pilot.press("m")
        await settle(app, pilot)
        listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.id == 2)
        await pilot.press("m")
        await settle(app, pilot)
    assert story_groups(sample_db) != before and len(story_groups(sample_db)) == 1
