"""Finding one's way in the stories dialog (`t`): it opens at the conflict's story, the
palette offers it, `/` finds an article and opens its story."""

from __future__ import annotations

from conftest import settle, to_last_conflict
from stories_dialog import SIZE, open_stories

from workbench.app import create_app
from workbench.app.data import ClaimRef
from workbench.models import Story


async def test_the_stories_open_at_the_story_under_the_cursor(sample_db):
    """With 150 stories, `t` on a conflict opened at the earliest story: the one to fix
    was hunted for. It opens at the conflict's story, its articles shown."""
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        story_id = (await to_last_conflict(app, pilot)).story_id
        await pilot.press("t")
        await settle(app, pilot)
        listing = app.screen.query_one("#stories-list")
        assert isinstance(listing.current, Story) and listing.current.id == story_id
        assert story_id in app.screen.opened
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("c")  # the claims, by story since walk36: at the claim's story
        await settle(app, pilot)
        main = app.screen
        main.main_list.cursor = max(
            i for i, r in enumerate(main.main_list.rows) if isinstance(r, ClaimRef)
        )  # a claim of the last story, not the earliest (walk37: opened at the earliest)
        await settle(app, pilot)
        claim_story = main.sources[main.main_list.current.source_id].story_id
        assert claim_story != main.main_list.rows[0].story.id
        await pilot.press("t")
        await settle(app, pilot)
        listing = app.screen.query_one("#stories-list")
        assert isinstance(listing.current, Story) and listing.current.id == claim_story
        assert claim_story in app.screen.opened


async def test_the_palette_offers_the_stories(sample_db):
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        from workbench.app.commands import WorkbenchCommands

        names = [name for name, _help, _run in WorkbenchCommands(app.screen, None)._commands()]
        assert {"Stories", "Merge stories", "Rename a story"} <= set(names)
        assert names.count("Stories") == 1  # the binding's entry, not a second one


async def test_find_puts_the_cursor_on_the_article_sought_and_clearing_keeps_it(sample_db):
    """Walk of gva records 2101-2400: `/` narrowed the list and the cursor kept its row
    number, so `o` then marked whichever article fell there, not the one sought."""
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        articles = [r for r in listing.rows if not isinstance(r, Story)]
        sought = articles[1]
        assert sought is not articles[-1]
        listing.cursor = len(listing.rows) - 1  # the last row, as after scrolling down
        word = max(sought.label.split(), key=len)
        await pilot.press("slash")
        await settle(app, pilot)
        await pilot.press("ctrl+u", *word, "enter")
        await settle(app, pilot)
        assert screen.words == word
        assert listing.current.source_id == sought.source_id
        await pilot.press("slash")
        await settle(app, pilot)
        await pilot.press("ctrl+u", "enter")  # every story again, the cursor where it was
        await settle(app, pilot)
        assert screen.words == "" and listing.current.source_id == sought.source_id


async def test_find_opens_the_shut_story_of_the_article_sought(sample_db):
    """Walk of gva records 1201-1300: the words of a headline found its story shut, the
    cursor on the story, and `N` said "Highlight an article"; the story now opens, the
    cursor on the article. Words of a title alone open nothing."""
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        sought = next(r for r in listing.rows if not isinstance(r, Story))
        screen.opened.clear()
        screen._show()
        assert all(isinstance(r, Story) for r in listing.rows)
        word = max(sought.label.split(), key=len)
        await pilot.press("slash")
        await settle(app, pilot)
        await pilot.press("ctrl+u", *word, "enter")
        await settle(app, pilot)
        assert screen.opened == {sought.story_id}
        assert listing.current.source_id == sought.source_id
        screen.opened.clear()
        title_word = next(w for w in screen.stories[0].title.split() if len(w) > 3 and w.isalpha())
        assert not any(
            title_word.casefold() in a.label.casefold() for a in screen.articles.values()
        )
        await pilot.press("slash")
        await settle(app, pilot)
        await pilot.press("ctrl+u", *title_word, "enter")
        await settle(app, pilot)
        assert screen.opened == set()


async def test_a_find_that_finds_nothing_says_so_not_no_stories(sample_db):
    """Walk of gva records 1201-1300: a find with no match read "(no stories yet)" over 54
    stories."""
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        await pilot.press("slash")
        await settle(app, pilot)
        await pilot.press("ctrl+u", *"zzqx", "enter")
        await settle(app, pilot)
        assert listing.rows == []
        assert "no story has these words" in listing.empty
        await pilot.press("slash")
        await settle(app, pilot)
        await pilot.press("ctrl+u", "enter")
        await settle(app, pilot)
        assert listing.rows and listing.empty == "(no stories yet)"
