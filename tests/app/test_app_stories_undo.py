"""An undone fix in the stories dialog shows the stories as they were before it: the same
stories open, so rows counted from the top are where they were."""

from __future__ import annotations

from conftest import settle
from notices import heard
from screen_text import screen_text
from stories_dialog import SIZE, cursor_to, merge_the_one_into_the_four, open_stories

from workbench.app import create_app
from workbench.app.screens.stories import StoriesScreen
from workbench.models import Story
from workbench.store import Store
from workbench.story_fixes import apply


def _layout(screen: StoriesScreen) -> list[tuple[str, int]]:
    rows = screen.query_one("#stories-list").rows
    return [("story", r.id) if isinstance(r, Story) else ("article", r.source_id) for r in rows]


async def test_an_undone_merge_leaves_the_stories_open_as_they_were(sample_db):
    """After a merge's undo both stories stayed open: the rows below moved, and a second
    merge counted in downs from the top went to another story (walk of gva records
    1201-1300)."""
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.articles == 1)
        single = listing.current.id
        before = _layout(screen)
        await pilot.press("m")
        listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.articles == 4)
        await pilot.press("m")
        await settle(app, pilot)
        assert _layout(screen) != before  # the merged story is shown open
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert _layout(screen) == before
        assert listing.current.id == single  # the cursor on the story brought back


async def test_ctrl_z_takes_back_a_rename_in_the_dialog_and_the_database(sample_db):
    """A rename is a reviewer's decision like a merge: ctrl+z said "No merge or move made
    here to undo" (new-user walk of the twenty-sixth session). The old title comes back on
    screen and in the database, grouping's again, and the undo is logged at once."""
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        listing.cursor = cursor_to(app, lambda r: isinstance(r, Story))
        story = listing.current
        await pilot.press("r")
        await settle(app, pilot)
        await pilot.press(*"a story we named", "enter")
        await settle(app, pilot)
        assert listing.current.title == "a story we named"
        assert "a story we named" in screen_text(app)
        assert "^z: undo the rename" in str(screen.query_one("#stories-hint").render())
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert isinstance(app.screen, StoriesScreen) and screen.last_fix is None
        assert listing.current.id == story.id
        assert listing.current.title == story.title
        shown = screen_text(app)
        assert story.title[:30] in shown and "a story we named" not in shown
        said = f"Undid the rename: story #{story.id} is"
        assert await heard(pilot, lambda m: m.startswith(said))
        with Store(sample_db) as store:
            back = store.story(story.id)
            log = [(c["action"], c["title"]) for c in store.story_changes()]
        assert (back.title, back.title_fixed, back.fixed) == (story.title, False, False)
        assert log == [("rename", "a story we named"), ("rename", story.title)]


async def test_a_rename_undone_after_another_terminal_merged_the_story_away_says_so(sample_db):
    """The story renamed here was merged into another by another terminal before ctrl+z:
    the undo has no story to retitle, and says so instead of failing the app (since
    walk27: who changed it since, as `workbench stories undo` says)."""
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.articles == 1)
        story = listing.current
        await pilot.press("r")
        await settle(app, pilot)
        await pilot.press(*"a story we named", "enter")
        await settle(app, pilot)
        with Store(sample_db) as store:
            other = next(s.id for s in store.stories() if s.id != story.id)
            store.merge_stories(other, story.id, "bob")
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert app.is_running and isinstance(app.screen, StoriesScreen)
        said = "Not undone: cannot undo the rename: bob has changed its stories since"
        assert await heard(pilot, lambda m: m.startswith(said))
        assert [s.id for s in screen.stories] == [other]


async def test_ctrl_z_takes_back_a_merge_made_by_the_command_line(sample_db):
    """A fix made by `workbench stories merge` (or in an earlier opening of the dialog) had
    no undo in the dialog ("No merge, move or rename made here to undo"; walk27): ctrl+z
    takes back the reviewer's latest standing fix, as `workbench stories undo` does."""
    with Store(sample_db) as store:
        before = {s.id: s.source_ids for s in store.stories()}
        big, small = sorted(before, key=lambda s: -len(before[s]))
        apply(store, "merge", "alice", small, big)
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stories(app, pilot)
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert {s.id: s.source_ids for s in screen.stories} == before
        said = f"Undid the merge: source {before[small][0]} in story #{small}"
        assert await heard(pilot, lambda m: m == said)
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        nothing = "No merge, move, rename or thread change of yours to undo"
        assert await heard(pilot, lambda m: m == nothing)


async def test_an_undone_merge_shows_both_stories_as_grouping_left_them(sample_db):
    """After ctrl+z on a merge both stories were still bold ("fixed by a reviewer"): the
    undo's moves pinned them (walk27). The undo gives back their fixed flags and titles,
    on screen and in the database."""
    with Store(sample_db) as store:
        before = {s.id: (s.title, s.fixed) for s in store.stories()}
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        await merge_the_one_into_the_four(app, pilot, screen)
        assert [s.fixed for s in screen.stories] == [True]
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert {s.id: (s.title, s.fixed) for s in screen.stories} == before
        shown = [r for r in listing.rows if isinstance(r, Story)]
        assert [r.fixed for r in shown] == [False] * len(before)
    with Store(sample_db) as store:
        assert {s.id: (s.title, s.fixed) for s in store.stories()} == before
