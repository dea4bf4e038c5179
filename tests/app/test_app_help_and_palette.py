"""The keys that explain the app: the help screen, the command palette, the bindings'
tooltips, and quitting to a state that reopens exactly as saved."""

from __future__ import annotations

from conftest import settle
from test_app_keys import SIZE, statuses

from workbench.app import create_app


async def test_question_mark_lists_every_key(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await settle(app, pilot)
        from workbench.app.screens.help import key_label, key_table
        from workbench.app.screens.main import MainScreen

        assert app.screen.__class__.__name__ == "HelpScreen"
        from rich.console import Console

        console = Console(width=120, record=True)
        console.print(key_table(app.screen.groups))
        text = console.export_text()
        for binding in MainScreen.BINDINGS:
            if binding.key in "3456789":  # one row for the run: "3 … 9  ... side N ..."
                assert "3 … 9" in text and binding.tooltip.replace(binding.key, "N") in text
                continue
            assert key_label(binding.key) in text and binding.tooltip in text
        assert "side 4" not in text
        for key in ("ctrl+z", "tab", "q", "?", "/", "["):
            assert key in text
        await pilot.press("escape")
        assert app.screen.__class__.__name__ == "MainScreen"


async def test_q_quits_and_a_reopened_app_shows_exactly_the_saved_state(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("j", "tab", "v", "j", "e", *"wrong area", "enter")
        await settle(app, pilot)
        await pilot.press("shift+tab", "2")
        await settle(app, pilot)
        await pilot.press("ctrl+z", "j", "d")
        await settle(app, pilot)
        shown = dict(app.screen.statuses)
        await pilot.press("escape", "q")
    assert app.return_code == 0
    assert shown == statuses(review_db)
    again = create_app(review_db, "alice")
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        assert again.screen.statuses == shown


async def test_every_binding_has_an_id_and_a_tooltip():
    from workbench.app.app import WorkbenchApp
    from workbench.app.screens.main import MainScreen
    from workbench.app.widgets import ArticleView, RowList

    for owner in (WorkbenchApp, MainScreen, RowList, ArticleView):
        for binding in owner.BINDINGS:
            assert binding.id and binding.tooltip, (owner.__name__, binding.key)


async def test_the_command_palette_offers_the_screen_actions(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        from workbench.app.commands import WorkbenchCommands

        provider = WorkbenchCommands(app.screen)
        names = [name for name, _, _ in provider._commands()]
        for wanted in (
            "Side 1",
            "Side 2",
            "Both wrong",
            "Changed",
            "Not a conflict",
            "Can't tell",
            "Verdict",
            "Sort",
            "Open URL",
            "Verified",
            "Disputed",
            "Unresolved",
            "Note",
            "Undo",
            "Search",
            "Filter",
            "Claims",
            "Source",
            "Help",
            "Quit",
        ):
            assert wanted in names
        callback = dict((n, c) for n, _, c in provider._commands())["Side 2"]
        await callback()
        await settle(app, pilot)
        assert statuses(review_db) == {
            "planet.txt-0": "disputed",
            "copy.txt-0": "disputed",
            "star.txt-0": "verified",
        }


async def test_the_detail_body_gives_the_whole_reason_the_heading_may_clip(review_db):
    app = create_app(
        review_db,
        "alice",
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        reason = app.screen.main_list.current.reason
        body = str(app.screen.query_one("#detail-body").render())
        assert " ".join(reason.split()) in " ".join(body.split())


async def test_the_help_scrolls_with_the_lists_keys(review_db):
    """At 80x24 a third of the keys show; j, as in the lists and panes, did nothing."""
    app = create_app(review_db, "alice")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await settle(app, pilot)
        scroll = app.screen.query_one("#help-scroll")
        assert scroll.max_scroll_y > 0 and scroll.scroll_y == 0
        await pilot.press("j", "j", "j")
        await settle(app, pilot)
        assert scroll.scroll_y == 3
        await pilot.press("k")
        await settle(app, pilot)
        assert scroll.scroll_y == 2
        await pilot.press("space")
        await settle(app, pilot)
        assert scroll.scroll_y > 3


async def test_the_palette_offers_quit_and_help_once(review_db):
    """Textual's "Quit the application as soon as possible" and its "Keys" panel stood
    beside the app's own Quit and Help: two of each, one alarming about saved work."""
    from workbench.app.commands import WorkbenchCommands

    app = create_app(review_db, "alice")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        system = [c.title for c in app.get_system_commands(app.screen)]
        ours = [name for name, _, _ in WorkbenchCommands(app.screen)._commands()]
        names = system + ours
        assert names.count("Quit") == 1 and "Keys" not in names and "Help" in names
        assert "Theme" in system  # the rest of Textual's stay


async def test_the_palette_names_keys_as_the_characters_typed(review_db):
    """The palette said "Select the next claim in this article (right_square_bracket)"
    (walk of gva records 2101-2400): keys read as the help shows them."""
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        from workbench.app.commands import WorkbenchCommands
        from workbench.app.widgets.article_view import ArticleView

        app.screen.query(ArticleView).first().focus()
        await settle(app, pilot)
        helps = dict((n, h) for n, h, _ in WorkbenchCommands(app.screen)._commands())
        assert helps["Next claim"].endswith("(])") and helps["Prev claim"].endswith("([)")
        assert not any("square_bracket" in h or "question_mark" in h for h in helps.values())
