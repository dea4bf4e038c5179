"""An undone fix in the stories dialog shows the stories as they were before it: the same
stories open, so rows counted from the top are where they were."""

from __future__ import annotations

import shutil

from conftest import settle

from workbench.app import create_app
from workbench.app.screens.stories import StoriesScreen
from workbench.models import Story

SIZE = (160, 45)


def _layout(screen: StoriesScreen) -> list[tuple[str, int]]:
    rows = screen.query_one("#stories-list").rows
    return [("story", r.id) if isinstance(r, Story) else ("article", r.source_id) for r in rows]


def _row_of(screen: StoriesScreen, test) -> int:
    return next(i for i, r in enumerate(screen.query_one("#stories-list").rows) if test(r))


async def test_an_undone_merge_leaves_the_stories_open_as_they_were(sample_db_file, tmp_path):
    """After a merge's undo both stories stayed open: the rows below moved, and a second
    merge counted in downs from the top went to another story (walk of gva records
    1201-1300)."""
    app = create_app(shutil.copy(sample_db_file, tmp_path / "sample.db"), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("t")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, StoriesScreen)
        listing = screen.query_one("#stories-list")
        listing.cursor = _row_of(screen, lambda r: isinstance(r, Story) and r.articles == 1)
        single = listing.current.id
        before = _layout(screen)
        await pilot.press("m")
        listing.cursor = _row_of(screen, lambda r: isinstance(r, Story) and r.articles == 4)
        await pilot.press("m")
        await settle(app, pilot)
        assert _layout(screen) != before  # the merged story is shown open
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert _layout(screen) == before
        assert listing.current.id == single  # the cursor on the story brought back
