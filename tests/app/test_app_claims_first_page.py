"""The claims list shows its first stories' claims at once and reads the rest after: at
3,370 articles the whole list (71,706 claims) was read and grouped before anything showed
(0.86 CPU s, walk39). The first page is the whole list's first rows; its title and the
header count the whole list all along, and the cursor stays on its row when the rest comes."""

from __future__ import annotations

import threading

from conftest import settle

from workbench.app import claim_page, create_app, data
from workbench.app.claim_stories import ClaimStoryRow


async def test_the_first_page_shows_then_the_rest_comes_under_the_cursor(sample_db, monkeypatch):
    monkeypatch.setattr(claim_page, "PAGED_FROM", 0)
    monkeypatch.setattr(claim_page, "PAGE_CLAIMS", 1)  # the first story's claims alone
    whole_read = threading.Event()
    reading = data.all_claims

    def all_claims(store, source_ids=None):
        if source_ids is None:
            whole_read.wait(timeout=60)  # the rest waits until the first page is checked
        return reading(store, source_ids)

    monkeypatch.setattr(data, "all_claims", all_claims)
    app = create_app(sample_db, "alice")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        total = screen.claim_count
        await pilot.press("c")
        for _ in range(200):
            if screen.view == "claims" and screen.claims is not None:
                break
            await pilot.pause(0.05)
        await pilot.pause(0.2)
        assert screen.claims_paged and 0 < len(screen.claims) < total
        first_rows = [r.id for r in screen.main_list.rows]
        headings = [r for r in screen.main_list.rows if isinstance(r, ClaimStoryRow)]
        assert len(headings) == 1  # the first story, whole
        assert f"Claims {total:,}" in str(screen.main_list.border_title)
        status = str(screen.query_one("#status").render())
        assert f"of {total:,}" in status, status
        await pilot.press("j", "j")
        kept = screen.main_list.current.id
        whole_read.set()
        await settle(app, pilot)
        assert not screen.claims_paged and len(screen.claims) == total
        rows = [r.id for r in screen.main_list.rows]
        assert rows[: len(first_rows)] == first_rows  # the page is the list's beginning
        assert screen.main_list.current.id == kept


def test_a_small_database_reads_its_whole_claims_list_at_once():
    assert claim_page.first_page_sources({}, {}, claim_page.PAGED_FROM - 1) is None
