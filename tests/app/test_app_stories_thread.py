"""`T` in the stories dialog: a story put in a thread of its own (`T` then `N`) and into
another story's thread (`T` then `T`), without merging their articles, said in the words
`workbench stories thread` prints, and taken back with ctrl+z (issue 10)."""

from __future__ import annotations

from conftest import settle
from notices import heard
from stories_dialog import SIZE, cursor_to, open_stories

from workbench.app import create_app
from workbench.models import Story
from workbench.store import Store


def _threads(path) -> dict[int, int]:
    with Store(path) as store:
        return {s.id: s.thread_id for s in store.stories()}


async def test_t_puts_a_story_apart_and_back_into_a_thread_and_ctrl_z_undoes(sample_db):
    before = _threads(sample_db)
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.articles == 1)
        single = listing.current.id
        await pilot.press("T")
        assert "T on another story: put «" in screen._hint()
        from workbench.app.widgets.hint import packed

        # the title's own " · " is no place to break the hint (80 columns, walk44)
        lines = packed(screen._hint(), 60).splitlines()
        assert len(lines) == 2 and all(line.count("«") == line.count("»") for line in lines)
        await pilot.press("N")
        await settle(app, pilot)
        assert await heard(pilot, lambda m: m.startswith(f"Story #{single} is in a thread of"))
        apart = _threads(sample_db)
        assert apart[single] not in {t for s, t in apart.items() if s != single}
        with Store(sample_db) as store:
            assert all(s.source_ids for s in store.stories())  # no article moved
            assert len(store.stories()) == len(before)
        listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.id == single)
        await pilot.press("T")
        listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.articles == 4)
        other = listing.current.id
        await pilot.press("T")
        await settle(app, pilot)
        assert await heard(pilot, lambda m: m.startswith(f"Story #{single} joined story #{other}"))
        assert _threads(sample_db) == before
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert await heard(pilot, lambda m: m.startswith("Undid the thread change"))
        assert _threads(sample_db) == apart


async def test_t_on_a_story_already_in_that_thread_saves_nothing(sample_db):
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.articles == 1)
        await pilot.press("T")
        listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.articles == 4)
        await pilot.press("T")
        await settle(app, pilot)
        assert await heard(pilot, lambda m: "is already in story" in m)
        assert screen.marked is None
    with Store(sample_db) as store:
        assert store.story_changes() == []


async def test_the_palette_offers_the_thread_on_both_screens(sample_db):
    """On the review screen an entry naming the keys (as "Merge stories" does); in the
    stories dialog the binding's own entry, `T`."""
    from workbench.app.commands import WorkbenchCommands

    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        names = [name for name, _help, _run in WorkbenchCommands(app.screen, None)._commands()]
        assert "Put a story in another's thread" in names
        screen = await open_stories(app, pilot)
        found = {name: keys for name, keys, _run in WorkbenchCommands(screen, None)._commands()}
        assert found["Thread"].endswith("(T)")
