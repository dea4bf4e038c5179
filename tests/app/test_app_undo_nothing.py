"""After the last undo, another `ctrl+z` says so in the header too: it went on saying
"saved: verdict undone (2 tags)" beside the "Nothing to undo." notice, which read as one
more verdict taken back (walk35)."""

from __future__ import annotations

import shutil

from conftest import settle

from workbench.app import create_app


def _status(app) -> str:
    return str(app.screen.query_one("#status").render())


async def test_nothing_to_undo_replaces_what_the_last_undo_saved(review_db, tmp_path):
    for size in ((80, 24), (160, 45)):
        db = tmp_path / f"{size[0]}.db"
        shutil.copy(review_db, db)  # each size from no decision
        app = create_app(db, "alice")
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            await pilot.press("1")
            await settle(app, pilot)
            assert "saved" in _status(app), size
            await pilot.press("ctrl+z")
            await settle(app, pilot)
            assert "undone" in _status(app), size
            await pilot.press("ctrl+z")
            await settle(app, pilot)
            status = _status(app)
            assert "to undo" in status and "…" not in status, (size, status)
            assert "saved" not in status, (size, status)
            await pilot.press("2")  # and the next decision says what it saved again
            await settle(app, pilot)
            assert "saved" in _status(app) and "to undo" not in _status(app), size
