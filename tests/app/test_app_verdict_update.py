"""The verdict dialog names what it decides: an update (a figure that changed between
reports, as the list's heading calls it) was "Verdict on this conflict" (walk42)."""

from __future__ import annotations

from conftest import settle, to_last_conflict
from textual.widgets import Static


async def _title(app, pilot) -> str:
    await pilot.press("V")
    await settle(app, pilot)
    title = app.screen.query_one("#verdict-dialog .title", Static)
    text = str(title.render())
    await pilot.press("escape")
    await settle(app, pilot)
    return text


async def test_the_verdict_dialog_of_an_update_says_update(sample_app):
    app = sample_app
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.screen.main_list.current.relation != "update"
        assert await _title(app, pilot) == "Verdict on this conflict"
        last = await to_last_conflict(app, pilot)
        assert last.relation == "update"
        assert await _title(app, pilot) == "Verdict on this update"
