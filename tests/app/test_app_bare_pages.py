"""A page with no article text (site furniture only, its article lost by the scraper) says
so wherever the app lists or shows sources: the pane's title, the source picker, the
stories dialog. Which pages are bare is the core's (tested in test_stories_bare_pages)."""

from __future__ import annotations

import shutil

from conftest import settle
from screen_text import screen_text

from workbench.app import create_app
from workbench.app.screens import loading
from workbench.app.screens.sources import PickSourceDialog
from workbench.app.screens.stories import StoriesScreen

SIZE = (160, 45)


async def test_a_page_without_article_text_says_so_in_pane_picker_and_stories(
    sample_db_file, tmp_path, monkeypatch
):
    shutil.copy(sample_db_file, tmp_path / "sample.db")
    monkeypatch.chdir(tmp_path)
    marked: set[int] = set()
    monkeypatch.setattr(loading, "no_article_text", lambda store: marked)
    app = create_app("sample.db", "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        pane = screen.panes[0]
        assert "NO ARTICLE TEXT" not in str(pane.border_title)
        marked.add(pane.article.info.id)
        screen.load_later()
        await settle(app, pilot)
        assert "NO ARTICLE TEXT · " in str(pane.border_title)

        await pilot.press("s")
        await settle(app, pilot)
        assert isinstance(app.screen, PickSourceDialog)
        rows = [line for line in screen_text(app).splitlines() if "no article text" in line]
        assert len(rows) == 1 and pane.article.info.label[:20] in rows[0]
        row = app.screen._row(screen.sources[pane.article.info.id], 60).plain
        assert row.endswith(" · no article text") and len(row) <= 60  # the title gives way
        await pilot.press("escape")
        await settle(app, pilot)

        await pilot.press("t")
        await settle(app, pilot)
        assert isinstance(app.screen, StoriesScreen)  # at the conflict's story, opened
        listing = app.screen.query_one("#stories-list")
        flagged = [r for r in listing.rows if getattr(r, "source_id", None) in marked]
        assert flagged and "no article text" in screen_text(app)
