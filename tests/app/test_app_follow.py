"""The panes and the detail follow what the reviewer acts on: a resized pane comes back
to the sentence of its claim, and an undo shows the claim it took back."""

from __future__ import annotations

from conftest import settle

from workbench.app import create_app
from workbench.app.text import line_of


async def test_a_resized_pane_comes_back_to_its_claims_sentence(sample_app):
    async with sample_app.run_test(size=(160, 45)) as pilot:
        await settle(sample_app, pilot)
        pane = sample_app.screen.panes[0]
        claim = pane.current_claim
        assert claim is not None
        pane.scroll_end(animate=False, immediate=True)  # the reader scrolled away
        await settle(sample_app, pilot)
        for size in ((80, 24), (120, 30), (160, 45)):
            await pilot.resize_terminal(*size)
            await settle(sample_app, pilot)
            sentence = next(s for s in pane.article.sentences if s.start <= claim.start < s.end)
            line = line_of(pane._lines, sentence.start)
            top, height = round(pane.scroll_y), pane.scrollable_content_region.height
            assert top <= line < top + height, size  # on screen
            assert top == 0 or line - top <= height // 3, size  # in the upper third
            pane.scroll_end(animate=False, immediate=True)


async def test_an_undone_tag_shows_its_claim_in_the_detail(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await pilot.press("tab", "j")  # the conflict's second claim
        tagged = screen.detail.aligned.current.id
        await pilot.press("v", "k")  # tag it, then back to the first claim
        await settle(app, pilot)
        assert screen.detail_claim.claim.id != tagged
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert tagged not in screen.statuses
        assert "saved: 1 tag undone" in str(screen.query_one("#status").render())
        assert screen.detail.aligned.current.id == tagged
        assert screen.detail_claim.claim.id == tagged
        assert "no decision yet" not in str(screen.query_one("#detail-body").render())
