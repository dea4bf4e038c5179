"""`m` over a story's heading drew every article of the database, not the story: at 3,375
articles the timeline took minutes and the app stood frozen (walk38). It opens on the
heading's story, as `t` does."""

from __future__ import annotations

from conftest import settle

from workbench.app.data import StoryRow
from workbench.app.screens.pictures import PicturesScreen


async def test_m_over_a_story_heading_draws_that_story(sample_app):
    async with sample_app.run_test(size=(160, 45)) as pilot:
        await settle(pilot.app, pilot)
        listed = pilot.app.screen.main_list
        listed.cursor = next(i for i, r in enumerate(listed.rows) if isinstance(r, StoryRow))
        heading = listed.current
        await pilot.press("m")
        await settle(pilot.app, pilot)
        screen = pilot.app.screen
        assert isinstance(screen, PicturesScreen)
        assert screen.story_id == heading.story.id
        assert screen.scope is not None and screen.scope.story_id == heading.story.id
