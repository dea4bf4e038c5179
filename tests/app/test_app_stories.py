"""The stories dialog (`t`): merge, move and rename through the keys, saved at once;
the conflict list and its notices follow."""

from __future__ import annotations

from conftest import settle, to_last_conflict
from notices import heard, said
from stories_dialog import SIZE, cursor_to, open_stories, story_groups

from workbench.app import create_app
from workbench.app.screens.stories import StoriesScreen
from workbench.models import Story
from workbench.pipeline import analyze
from workbench.store import Store


async def test_move_an_article_to_a_new_story_then_merge_it_back_and_rename(sample_db):
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        assert len(listing.rows) == 6  # at the first conflict's story, its articles shown
        assert listing.current is listing.rows[0] and listing.current.articles == 4
        blog = cursor_to(app, lambda r: getattr(r, "label", "").startswith("Military mutiny"))
        listing.cursor = blog
        await pilot.press("N")  # the blog post gets a story of its own
        await settle(app, pilot)
        assert story_groups(sample_db) == [["000", "001", "002"], ["003"], ["004"]]

        listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.articles == 1)
        first_single = listing.current
        await pilot.press("m")
        listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.articles == 3)
        await pilot.press("m")  # merged into the three-article story
        await settle(app, pilot)
        assert len(story_groups(sample_db)) == 2
        assert first_single.id not in {s.id for s in screen.stories}

        listing.cursor = 0
        await pilot.press("r")
        await settle(app, pilot)
        await pilot.press(*"a story we named", "enter")  # the old title is selected
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, StoriesScreen)
    with Store(sample_db) as store:
        before = {s.id: (s.title, sorted(s.source_ids)) for s in store.stories()}
        assert any(title == "a story we named" for title, _ in before.values())
        assert [c["action"] for c in store.story_changes()] == ["move", "merge", "rename"]
        analyze(store)
        assert {s.id: (s.title, sorted(s.source_ids)) for s in store.stories()} == before


async def test_moving_an_article_to_another_story(sample_db):
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        listing.cursor = cursor_to(app, lambda r: getattr(r, "published", "x") is None)
        await pilot.press("o")  # the undated copy, marked
        listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.articles == 1)
        await pilot.press("o")
        await settle(app, pilot)
        # named as its row names it: "source 2 moved to #2" said nothing (walk34)
        saved = app.screen_stack[0].saved[0]
        assert saved.startswith("saved: «001_") and saved.endswith("moved to #2")
        assert await heard(pilot, lambda m: m.startswith("Moved «001_"))
    assert story_groups(sample_db) == [["000", "002", "003"], ["001", "004"]]


async def test_the_conflict_under_the_cursor_stays_after_fixing_a_story(sample_db):
    """A story renamed in `t` read the conflicts again and put the cursor back on the
    first one: the reviewer lost their place. The conflict they were on stays."""
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        main = app.screen
        chosen = (await to_last_conflict(app, pilot)).id
        assert chosen != main.main_list.rows[main._first_conflict()].id
        await pilot.press("t")
        await settle(app, pilot)
        await pilot.press("r")
        await settle(app, pilot)
        await pilot.press(*"renamed", "enter")
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is main
        assert any(s.title == "renamed" for s in main.stories.values())
        assert main.main_list.current.id == chosen


async def test_a_move_of_ones_own_is_not_announced_as_new_findings(sample_db):
    """The walk of gva records 1801-2100: moving an article in `t` rewrote the findings and
    the conflicts screen, polling beneath, said "New articles or findings in the database:
    reloaded." as if another terminal had written them."""
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stories(app, pilot)
        main = app.screen_stack[0]
        listing = screen.query_one("#stories-list")
        listing.cursor = cursor_to(app, lambda r: getattr(r, "published", "x") is None)
        await main.poll()  # what the database held before the move
        await pilot.press("N")
        await settle(app, pilot)
        for _ in range(2):  # a change is announced once it reads the same at two polls
            await main.poll()
        await pilot.press("escape")
        await settle(app, pilot)
        for _ in range(2):
            await main.poll()
        await settle(app, pilot)
        assert not any("New articles or findings" in m for m in said(app)), said(app)


async def test_o_on_the_articles_own_story_moves_nothing(sample_db):
    """The same no-op in the dialog is said, not saved (walk of gva records 2101-2400)."""
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        article = next(r for r in listing.rows if not isinstance(r, Story))
        listing.cursor = listing.rows.index(article)
        await pilot.press("o")
        listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.id == article.story_id)
        await pilot.press("o")
        await settle(app, pilot)
        assert screen.marked is None and not screen.changed
        assert await heard(pilot, lambda m: "already in story" in m)
        single = next(s for s in screen.stories if s.articles == 1)
        screen.opened.add(single.id)
        screen._show()
        listing.cursor = cursor_to(app, lambda r: getattr(r, "story_id", None) == single.id)
        await pilot.press("N")  # a story of its own: it has one
        await settle(app, pilot)
        assert not screen.changed
        assert await heard(pilot, lambda m: "only article of story" in m)
    with Store(sample_db) as store:
        assert store.story_changes() == []


async def test_ctrl_z_takes_back_a_merge_then_a_move_made_in_the_dialog(sample_db):
    """A merge on the wrong story had no way back but moving each article out by hand, and
    ctrl+z there did nothing and said nothing (walk of gva records 201-300)."""
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        before = story_groups(sample_db)
        await pilot.press("ctrl+z")  # nothing made here yet: said so, nothing changes
        await settle(app, pilot)
        assert story_groups(sample_db) == before and isinstance(app.screen, StoriesScreen)
        listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.articles == 1)
        await pilot.press("m")
        listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.articles == 4)
        await pilot.press("m")
        await settle(app, pilot)
        assert len(story_groups(sample_db)) == 1
        assert "^z: undo the merge" in str(screen.query_one("#stories-hint").render())
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert sorted(story_groups(sample_db)) == sorted(before)
        assert screen.last_fix is None
        listing.cursor = cursor_to(app, lambda r: getattr(r, "published", "x") is None)
        await pilot.press("N")  # the undated copy: a story of its own, then back
        await settle(app, pilot)
        assert len(story_groups(sample_db)) == 3
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert sorted(story_groups(sample_db)) == sorted(before)
    with Store(sample_db) as store:
        assert [c["action"] for c in store.story_changes()] == ["merge", "move", "move", "move"]


async def test_undoing_a_merge_brings_the_story_back_with_its_number_and_thread(sample_db):
    """An undone merge put the articles in a new story under a new number: story #22 came
    back as #59, and `report --story 22` named nothing (walk of gva records 1001-1100)."""
    with Store(sample_db) as store:  # the RT report: a thread of its own
        single = next(s for s in store.stories() if s.articles == 1)
        with store.transaction():
            store.db.execute("UPDATE stories SET thread_id = id WHERE id = ?", [single.id])
        into = store.story(single.id)
        merged = next(s for s in store.stories() if s.articles == 4)
        assert merged.id < into.id and merged.thread_id != into.thread_id
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.id == merged.id)
        await pilot.press("m")
        listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.id == into.id)
        await pilot.press("m")
        await settle(app, pilot)
        with Store(sample_db) as store:
            assert not store.story_exists(merged.id)
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert await heard(pilot, lambda m: f"in story #{merged.id}" in m)
    with Store(sample_db) as store:
        back = store.story(merged.id)
        assert sorted(back.source_ids) == sorted(merged.source_ids)
        assert back.thread_id == merged.thread_id != store.story(into.id).thread_id
        assert store.story(into.id).source_ids == into.source_ids


async def test_the_figures_column_follows_a_longer_title_after_a_rename(sample_db):
    """The columns are read off every story once per load (not per row, which cost
    seconds on the whole corpus's 2,257 stories): a rename to a longer title moves every
    story's figures right, still at one column."""
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")

        def figures_at() -> set[int]:
            stories = [r for r in listing.rows if isinstance(r, Story)]
            rows = [screen._row(s, listing.content_width).plain for s in stories]
            return {row.index(" · ", row.index(" article")) for row in rows}

        before = figures_at()
        assert len(before) == 1
        listing.cursor = 0
        await pilot.press("r")
        await settle(app, pilot)
        dated = f" · {listing.current.first_published}"  # a title with no date is given it
        thread = " · thread 1 (2 stories)"  # told beside the title (walk36)
        longer = "x" * (screen.columns.longest_title + 12 - len(dated) - len(thread))
        await pilot.press(*longer, "enter")
        await settle(app, pilot)
        assert screen.columns.longest_title == len(longer + dated + thread)
        after = figures_at()
        assert len(after) == 1 and after.pop() == before.pop() + 12
