"""The header says what a fix in the stories dialog saved, as it says a decision: it went on
saying the verdict before the dialog opened ("saved: verdict undone (2 tags)" above a merge,
a move and a rename; walk31)."""

from __future__ import annotations

from conftest import settle
from stories_dialog import SIZE, cursor_to, open_stories

from workbench.app import create_app
from workbench.models import Story


def header(app) -> str:
    return str(app.screen_stack[0].query_one("#status").render())


async def test_the_header_says_what_a_merge_its_undo_and_a_rename_saved(sample_db):
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("a")  # a verdict: the header says it
        await settle(app, pilot)
        assert "saved: right" in header(app)
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        single = cursor_to(app, lambda r: isinstance(r, Story) and r.articles == 1)
        listing.cursor = single
        merged = listing.current.id
        await pilot.press("m")
        listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.articles == 4)
        into = listing.current.id
        await pilot.press("m")
        await settle(app, pilot)
        assert f"saved: story #{merged} merged into #{into}" in header(app)
        assert "right" not in header(app)
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert "saved: merge undone" in header(app)
        listing.cursor = 0
        await pilot.press("r")
        await settle(app, pilot)
        await pilot.press(*"Cotiza")
        await pilot.press("enter")
        await settle(app, pilot)
        assert f"saved: story #{listing.rows[0].id} renamed" in header(app)
        await pilot.press("escape")
        await settle(app, pilot)
        assert "renamed" in header(app)  # still said once the dialog is closed
