"""The header over the claims list counts the claims tagged: it said "0 of 3 conflicts
done", a figure tagging claims never moves, while the story headings below it counted
claims (walk36, at 1,000 articles: "0 of 53 conflicts done" over 21,500 claims)."""

from __future__ import annotations

import pytest
from conftest import settle

from workbench.app import create_app
from workbench.app.claim_stories import ClaimStoryRow, claims_progress


def _header(app) -> str:
    return str(app.screen.query_one("#status").render())


@pytest.mark.parametrize("size", [(160, 45), (80, 24)])
async def test_the_header_over_the_claims_counts_the_claims_tagged(sample_db, size):
    app = create_app(sample_db, "alice")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        assert "conflicts done" in _header(app) or "0 of 3 done" in _header(app)
        await pilot.press("c")
        await settle(app, pilot)
        screen = app.screen
        total = len(screen.claims)
        story = next(r for r in screen.main_list.rows if isinstance(r, ClaimStoryRow))
        wide = f"this story 0/{len(story.claims)} · 0 of {total} claims tagged"
        narrow = f"story 0/{len(story.claims)} · 0 of {total} tagged"
        assert (wide if size[0] > 100 else narrow) in _header(app)
        assert "conflicts" not in _header(app)
        await pilot.press("v")  # the claim under the cursor, verified
        await settle(app, pilot)
        assert f"1/{len(story.claims)} · 1 of {total}" in _header(app)
        await pilot.press("c")  # the corroborations, then the conflicts: counted as before
        await pilot.press("c")
        await settle(app, pilot)
        assert "tagged" not in _header(app) and "of 3" in _header(app)


def test_thousands_are_grouped_and_the_shortest_form_fits_a_few_cells():
    from workbench.app.data import ClaimRef

    claims = [ClaimRef(f"c{i}", 1, "quantity", "1", {}) for i in range(1200)]
    texts = claims_progress(claims, {"c1": "verified", "c2": "disputed"})
    assert texts == ("2 of 1,200 claims tagged", "2 of 1,200 tagged", "all 2/1200")
