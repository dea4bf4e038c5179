"""A corpus of 1,000 articles opens reading only what is on screen, and keys read only
the rows they reach. What this costs in time is measured in bench/ (run.py), not here:
the counts below are what keeps it fast, and they do not depend on the machine's load."""

from __future__ import annotations

import pytest
from app_builders import build_large_db
from conftest import settle

from workbench.app import create_app, data

READ_AHEAD = 4  # rows around the cursor whose articles are read before they are needed


@pytest.fixture(scope="session")
def large_db(tmp_path_factory):
    return build_large_db(tmp_path_factory.mktemp("large") / "large.db", articles=1000)


async def test_opens_reading_only_what_is_visible(large_db, monkeypatch):
    loaded: list[int] = []
    article = data.article
    monkeypatch.setattr(
        data, "article", lambda store, info: loaded.append(info.id) or article(store, info)
    )
    app = create_app(large_db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert len(screen.main_list.rows) == 999
        assert len(screen.sources) == 1000
        assert screen.claims is None  # the claim list is read when first shown
        assert sorted(loaded[:2]) == [1, 2]  # the two articles on screen first,
        assert len(loaded) <= 2 + 2 * READ_AHEAD  # then those of the next few rows only

        for key in "jjjjjkkkkk":
            await pilot.press(key)
            await settle(app, pilot)
        assert len(loaded) <= 2 + 2 * READ_AHEAD + 2 * 10

        await pilot.press("c")
        await settle(app, pilot)
        assert len(screen.main_list.rows) == 10_000
        await pilot.press("end", "v")
        await settle(app, pilot)
        assert screen.statuses == {screen.main_list.rows[-1].id: "verified"}
