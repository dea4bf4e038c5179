"""A filter that matches nothing empties the panes too: they kept the conflict selected
before it, under "Nothing selected." and "Nothing “Richland” here." (walk42)."""

from __future__ import annotations

from conftest import settle

from workbench.app import create_app
from workbench.app.filters import ListFilter


async def test_a_filter_matching_nothing_leaves_no_article_in_the_panes(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert any(p.article is not None for p in screen.panes)
        screen.filters["conflicts"] = ListFilter(text="no-such-words-anywhere")
        screen._apply_rows()
        await settle(app, pilot)
        assert screen.main_list.rows == []
        assert all(p.article is None for p in screen.panes)
        assert "f changes the filter" in screen.panes[0].empty_message
        screen.filters["conflicts"] = ListFilter()
        screen._apply_rows()
        await settle(app, pilot)
        assert screen.main_list.rows and any(p.article is not None for p in screen.panes)
