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


async def test_a_renamed_story_keeps_its_date_and_the_rename_names_the_story(sample_db):
    """The two stories of the sample's thread read "#1 National Guard mutiny in Cotiza" and
    "#2 uprising · Caracas · 2019-04-30" once #1 was renamed: which day was #1? And the
    rename said "Rename the story" of whichever was under the cursor (walk32)."""
    from textual.widgets import Static

    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        listing.cursor = 0
        story = listing.current
        await pilot.press("r")
        await settle(app, pilot)
        heading = app.screen.query_one("#rename-dialog .title", Static)
        assert str(heading.render()) == f"Rename story #{story.id}"
        await pilot.press("ctrl+u", *"Cotiza mutiny", "enter")
        await settle(app, pilot)
        row = next(r for r in listing.rows if isinstance(r, Story) and r.id == story.id)
        assert f"Cotiza mutiny · {row.first_published}" in screen._row(row, 150).plain
        await pilot.press("r", "ctrl+u", "enter")  # an empty line keeps the title
        await settle(app, pilot)
        row = next(r for r in listing.rows if isinstance(r, Story) and r.id == story.id)
        assert row.title == "Cotiza mutiny"


async def test_the_header_counts_the_conflicts_a_fix_finds_while_the_dialog_is_open(sample_db):
    """A move finds the conflicts again: the header above the dialog counted those before
    it (3 of 3 where the list had 4, until the dialog closed; walk32)."""
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert "0 of 3 conflicts" in header(app)
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        listing.cursor = cursor_to(app, lambda r: getattr(r, "published", "") is None)
        await pilot.press("o")  # the undated copy, to the story of April
        listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.articles == 1)
        await pilot.press("o")
        await settle(app, pilot)
        assert app.screen is screen and "0 of 4 conflicts" in header(app)
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert app.screen is screen and "0 of 3 conflicts" in header(app)
        assert app.focused is listing  # the reload behind the dialog took no focus


async def test_a_fix_s_saved_words_come_with_the_count_after_it(sample_db):
    """walk44: after a move undone the header read "0 of 193 conflicts done" for a moment,
    then 194: the saved words were shown beside the count from before the fix, read again
    only after. The words now come with the count the fix left."""
    import sqlite3

    from workbench.app.widgets.status_line import StatusLine

    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        main = app.screen_stack[0]
        before = main.tally.counts()[1]
        shown: list[tuple[str, object]] = []
        status = main.query_one("#status", StatusLine)
        real = status.show

        def spy(db_path, reviewer, progress, **kw):
            shown.append((progress[0] if isinstance(progress, tuple) else progress, kw))
            return real(db_path, reviewer, progress, **kw)

        status.show = spy
        with sqlite3.connect(sample_db) as db:  # a fix elsewhere left one conflict fewer
            gone = db.execute("SELECT id FROM conflicts ORDER BY id LIMIT 1").fetchone()[0]
            db.execute("DELETE FROM conflict_claims WHERE conflict_id = ?", [gone])
            db.execute("DELETE FROM conflicts WHERE id = ?", [gone])
        main.show_saved(("saved: the fix",))
        await settle(app, pilot)
        with_words = [text for text, kw in shown if kw.get("saved")]
        assert with_words, shown
        assert all(f"of {before - 1} conflicts" in text for text in with_words), with_words
