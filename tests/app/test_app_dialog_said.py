"""A dialog's notices in its own line above its key hints, not in a toast at the screen's
foot: at 80x24 the toast of a merge covered the stories dialog's "^z: undo the merge ·
escape: close" (walk40 left it, walk41)."""

from __future__ import annotations

from conftest import settle
from screen_text import screen_text
from stories_dialog import cursor_to, merge_the_one_into_the_four, open_stories

from workbench.app import create_app
from workbench.app.widgets.said import Said
from workbench.models import Story


async def test_a_merge_is_said_in_the_stories_dialog_and_its_hints_stay_whole(sample_db):
    app = create_app(sample_db, "alice")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_stories(app, pilot)
        await merge_the_one_into_the_four(app, pilot, screen)
        said = screen.query_one("#stories-said", Said)
        assert said.display and str(said.render()).startswith("Merged story #")
        assert not app._notifications, "no toast over the dialog"
        text = screen_text(app)
        assert "Merged story #" in text
        assert "^z: undo the merge · escape: close" in text  # whole, nothing drawn over it


async def test_a_warning_is_said_in_the_dialog_then_goes(sample_db):
    app = create_app(sample_db, "alice")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        listing.cursor = cursor_to(app, lambda r: not isinstance(r, Story))
        await pilot.press("m")  # an article: nothing to merge
        await settle(app, pilot)
        said = screen.query_one("#stories-said", Said)
        assert said.display and said.has_class("-warning")
        assert str(said.render()) == "Highlight a story to merge"
        said.clear()  # its timer's work, done now
        await settle(app, pilot)
        assert not said.display and "Highlight a story" not in screen_text(app)


async def test_a_dialog_without_its_own_line_still_shows_a_toast(sample_db):
    """The screens without a `Said` (the help, the pictures) keep Textual's toast."""
    from workbench.app.screens.dialog import Dialog

    app = create_app(sample_db, "alice")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        plain: Dialog[None] = Dialog()
        await app.push_screen(plain)
        plain.notify("said in a toast", markup=False)
        await settle(app, pilot)
        assert [n.message for n in app._notifications] == ["said in a toast"]


def test_the_stories_dialog_after_a_merge_80x24(snap_compare, sample_app, monkeypatch):
    """The look: the merge said on its own line above the hints, inside the dialog's
    border; nothing drawn over the hints."""
    import workbench.app.widgets.said as said

    monkeypatch.setattr(said, "SHOWN_S", 600.0)  # still shown however slow the machine

    async def merge(pilot) -> None:
        app = pilot.app
        screen = await open_stories(app, pilot)
        await merge_the_one_into_the_four(app, pilot, screen)

    assert snap_compare(sample_app, terminal_size=(80, 24), run_before=merge)
