"""The header kept what the last write saved until the next write ("saved: rename undone"
beside every row read since, walk38). It now leaves at the first move made a few seconds
after it showed; a move straight after the write (a verdict's own advance) keeps it."""

from __future__ import annotations

import time

from conftest import settle

from workbench.app import create_app
from workbench.app.screens.main import SAVED_SECONDS


def header(app) -> str:
    return str(app.screen_stack[0].query_one("#status").render())


async def test_the_saved_words_leave_at_a_move_made_after_a_while(sample_db):
    app = create_app(sample_db, "alice")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("a")  # a verdict, then the list moves on by itself
        await settle(app, pilot)
        screen = app.screen
        assert "saved: right" in header(app)
        screen._saved_shown = (screen.saved, time.monotonic())  # shown just now
        await pilot.press("k")
        await settle(app, pilot)
        assert "saved: right" in header(app)  # a move at once: still there
        words, _ = screen._saved_shown
        screen._saved_shown = (words, time.monotonic() - SAVED_SECONDS - 1)
        await pilot.press("j")
        await settle(app, pilot)
        assert "saved" not in header(app) and "reviewer alice" in header(app)
        await pilot.press("ctrl+z")  # the next write is said again
        await settle(app, pilot)
        assert "saved:" in header(app)
