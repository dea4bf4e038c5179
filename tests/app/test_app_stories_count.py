"""The stories dialog's title counts them as the header counts claims, in groups of three
digits: "Stories · 2149" stood beside "71,892 claims" at 3,371 articles (walk40)."""

from __future__ import annotations

from stories_dialog import SIZE, find_stories, open_stories

from workbench.app import create_app
from workbench.app.screens import stories as stories_screen
from workbench.models import Story


def _many(store):
    """Twelve hundred made-up stories, no articles read."""
    found = [Story(n, f"flood · Vale {n}", n, first_published="2021-03-01") for n in range(1, 1201)]
    return found, {}


async def test_the_title_counts_in_groups_of_three_digits(sample_db, monkeypatch):
    monkeypatch.setattr(stories_screen, "load_stories", _many)
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stories(app, pilot)
        title = str(screen.query_one("#stories-title").render())
        assert "Stories · 1,200 (earliest first)" in title
        await find_stories(app, pilot, "vale")
        title = str(screen.query_one("#stories-title").render())
        assert "Stories · 1,200 of 1,200 with “vale”" in title
