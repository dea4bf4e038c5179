"""A large conflict list opens on its first page and fills the rest after the first paint:
the page is the start of the whole list, its counts (the title, the header, the row that
counts the conflicts below the threshold) are the whole list's, and once filled the list
is the one a whole read gives, the cursor on the same conflict."""

from __future__ import annotations

import shutil

import pytest
from conftest import settle
from notices import said, until
from screen_text import screen_text

from workbench.app import create_app, data, paging
from workbench.app.screens.loading import Loading
from workbench.app.screens.main import MainScreen
from workbench.findings.score import threshold_text
from workbench.store import Store

SIZE = (160, 45)


@pytest.fixture
def sample_copy(sample_db_file, tmp_path, monkeypatch):
    shutil.copy(sample_db_file, tmp_path / "sample.db")
    monkeypatch.chdir(tmp_path)
    return "sample.db"


async def _open(db, monkeypatch, page_rows: int) -> dict:
    """The screen as first painted (before the fill) and once settled."""
    monkeypatch.setattr(paging, "PAGE_ROWS", page_rows)
    seen: dict = {}
    fill = Loading.load_rest

    def spy(screen):
        seen["first"] = _looks(screen)
        seen["first_paged"] = screen.paged
        return fill(screen)

    monkeypatch.setattr(MainScreen, "load_rest", spy)
    app = create_app(db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        seen.setdefault("first", None)
        seen["settled"] = _looks(app.screen)
        seen["text"] = screen_text(app)
        seen["paged"] = app.screen.paged
    return seen


def _looks(screen) -> dict:
    return {
        "title": str(screen.main_list.border_title),
        "rows": [r.id for r in screen.main_list.rows],
        "cursor": getattr(screen.main_list.current, "id", None),
        "status": str(screen.query_one("#status").render()),
    }


async def test_the_first_page_is_the_start_of_the_whole_list_with_its_counts(
    sample_copy, monkeypatch
):
    whole = await _open(sample_copy, monkeypatch, page_rows=1000)
    paged = await _open(sample_copy, monkeypatch, page_rows=1)
    assert whole["first"] is None  # a small list is read whole, no fill
    assert paged["first_paged"] is True
    first = paged["first"]
    assert 0 < len(first["rows"]) < len(whole["settled"]["rows"])
    assert first["rows"] == whole["settled"]["rows"][: len(first["rows"])]
    assert first["title"] == whole["settled"]["title"]
    assert first["status"] == whole["settled"]["status"]
    assert first["cursor"] == whole["settled"]["cursor"]
    # Filled: the list is the whole list, the cursor where it was, the screen the same.
    assert paged["paged"] is False
    assert paged["settled"] == whole["settled"]
    assert paged["text"] == whole["text"]


async def test_the_count_below_the_threshold_is_the_whole_lists(sample_copy, monkeypatch):
    with Store(sample_copy) as store:
        scores = sorted(r[0] for r in store.db.execute("SELECT score FROM conflicts"))
    cut = (scores[-1] + scores[-2]) / 2  # one conflict above, the rest below
    monkeypatch.setattr(data, "default_threshold", lambda: cut)
    whole = await _open(sample_copy, monkeypatch, page_rows=1000)
    paged = await _open(sample_copy, monkeypatch, page_rows=1)
    assert paged["first_paged"] is True
    below = f"· {len(scores) - 1} below {threshold_text(cut)}"
    assert below in whole["settled"]["title"]
    assert paged["first"]["title"] == whole["settled"]["title"]
    assert paged["settled"] == whole["settled"]


def test_the_page_holds_whole_stories_up_to_the_first_conflict_to_do(sample_store):
    whole = data.overview(sample_store)
    page = paging.first_page(sample_store, rows=1)
    assert page.paged
    assert page.above + page.overview.below == len(whole.conflicts)
    assert {c.id for c in page.counted} == {f.id for f in whole.conflicts}
    for story_id in page.overview.stories:
        wanted = {
            f.id
            for f in whole.conflicts
            if f.story_id == story_id
            and f.score >= page.overview.threshold
            and f.relation != "update"
        }
        assert {f.id for f in page.overview.conflicts if f.story_id == story_id} == wanted
    assert paging.first_page(sample_store, rows=1000).paged is False


async def test_the_next_key_waits_for_the_rest_of_the_list(sample_copy, monkeypatch):
    """Past the first page before it is filled, `n` says so rather than "no more"."""
    monkeypatch.setattr(paging, "PAGE_ROWS", 1)
    held = []
    monkeypatch.setattr(MainScreen, "load_rest", lambda screen: held.append(screen))
    app = create_app(sample_copy, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert held == [screen] and screen.paged
        last = len(screen.main_list.rows) - 1
        for _ in range(last + 1):
            await pilot.press("n")
        await settle(app, pilot)
        assert screen.main_list.cursor == last
        assert await until(pilot, lambda: said(app)[-1:] == ["Still reading the rest of the list…"])
        Loading.load_rest(screen)
        await settle(app, pilot)
        assert not screen.paged
        await pilot.press("n")
        await settle(app, pilot)
        assert screen.main_list.cursor > last
