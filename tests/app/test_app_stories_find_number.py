"""`/` in the stories dialog finds a story by the number its row shows: "#38" found
nothing at 1,000 articles (walk37), a number being no word of a story's, though the rows,
`workbench stories` and `report --story 38` all name stories by it."""

from __future__ import annotations

from stories_dialog import SIZE, find_stories, open_stories, story_lines

from workbench.app import create_app
from workbench.app.story_find import found_stories
from workbench.models import Story


def _story(story_id: int, title: str) -> Story:
    return Story(story_id, title, story_id)


def test_a_number_with_its_hash_is_that_story_and_no_other():
    stories = [_story(3, "shooting · Reno"), _story(38, "shooting · Margate #3")]
    assert [s.id for s in found_stories(stories, {}, "#38")] == [38]
    assert [s.id for s in found_stories(stories, {}, "#3")] == [3]  # not 38, not "#3" in a title
    assert [s.id for s in found_stories(stories, {}, "#3 reno")] == [3]
    assert found_stories(stories, {}, "#3 margate") == []
    assert [s.id for s in found_stories(stories, {}, "margate")] == [38]  # words as before


async def test_the_dialog_narrows_to_the_story_numbered(sample_db):
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stories(app, pilot)
        await find_stories(app, pilot, "#2")
        assert list(story_lines(screen)) == [2]
