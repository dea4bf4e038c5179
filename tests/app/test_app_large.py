"""A corpus of 1,000 articles opens at once and keys answer without a pause."""

from __future__ import annotations

import statistics
import time

import pytest
from app_builders import build_large_db
from conftest import settle

from workbench.app import create_app, data

# Generous bounds: they catch loading the whole corpus (seconds), not machine jitter.
OPEN_SECONDS = 5.0
KEY_SECONDS = 1.0
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
    started = time.perf_counter()
    app = create_app(large_db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        opened = time.perf_counter() - started
        screen = app.screen
        assert len(screen.main_list.rows) == 999
        assert len(screen.sources) == 1000
        assert screen.claims is None  # the claim list is read when first shown
        assert sorted(loaded[:2]) == [1, 2]  # the two articles on screen first,
        assert len(loaded) <= 2 + 2 * READ_AHEAD  # then those of the next few rows only
        assert opened < OPEN_SECONDS, opened

        timings = []
        for key in "jjjjjkkkkk":
            started = time.perf_counter()
            await pilot.press(key)
            await settle(app, pilot)
            timings.append(time.perf_counter() - started)
        assert statistics.median(timings) < KEY_SECONDS, timings
        assert len(loaded) <= 2 + 2 * READ_AHEAD + 2 * 10

        started = time.perf_counter()
        await pilot.press("c")
        await settle(app, pilot)
        assert len(screen.main_list.rows) == 10_000
        await pilot.press("end", "v")
        await settle(app, pilot)
        assert time.perf_counter() - started < OPEN_SECONDS
        assert screen.statuses == {screen.main_list.rows[-1].id: "verified"}
