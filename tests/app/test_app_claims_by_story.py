"""The claims list by story, as the conflict list is: at 1,000 articles one list of
22,485 claims by source showed neither where an event's claims begin nor how far their
checking had come (walk35)."""

from __future__ import annotations

from conftest import settle

from workbench.app import create_app
from workbench.app.claim_stories import ClaimStoryRow
from workbench.app.data import ClaimRef


async def test_claims_come_under_their_storys_heading(sample_db):
    app = create_app(sample_db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("c")
        await settle(app, pilot)
        screen = app.screen
        rows = screen.main_list.rows
        headings = [r for r in rows if isinstance(r, ClaimStoryRow)]
        claims = [r for r in rows if isinstance(r, ClaimRef)]
        assert [h.story.id for h in headings] == [1, 2]  # first report first
        assert isinstance(rows[0], ClaimStoryRow)
        assert isinstance(screen.main_list.current, ClaimRef)  # a claim, not the heading
        assert len(claims) == len(screen.claims) == sum(len(h.claims) for h in headings)
        for heading in headings:  # each claim under its own story's heading
            start = rows.index(heading) + 1
            under = rows[start : start + len(heading.claims)]
            assert under == heading.claims
            assert {screen.sources[c.source_id].story_id for c in under} == {heading.story.id}
        assert f"Claims {len(claims)}" in str(screen.main_list.border_title)

        first = headings[0]
        line = screen._render_row(first, 60).plain
        assert line.startswith(f"▾ 0/{len(first.claims)} uprising")
        await pilot.press("v")  # a tag counts in its heading
        await settle(app, pilot)
        assert screen._render_row(first, 60).plain.startswith(f"▾ 1/{len(first.claims)} ")

        screen.main_list.cursor = 0
        await pilot.press("enter")  # a heading shuts as a conflict list's does
        await settle(app, pilot)
        rows = screen.main_list.rows
        assert rows[0].collapsed and isinstance(rows[1], ClaimStoryRow)
        assert f"Claims {len(claims)}" in str(screen.main_list.border_title)  # still counted
        assert "claims under this heading, 1 tagged" in str(
            screen.query_one("#detail-body").render()
        )
