"""At 80 columns one pane shows at a time; the second side, shown by moving to its claim,
was titled for a width it never had: "… · 2014-09-12" on 300 real articles."""

from __future__ import annotations

import pytest
from conftest import settle

from workbench.app.pane_title import BORDER_CELLS


@pytest.mark.parametrize("start", [(80, 24), (160, 45)])
async def test_the_other_side_shown_narrow_names_its_outlet(sample_app, start):
    async with sample_app.run_test(size=start) as pilot:
        await settle(sample_app, pilot)
        if start != (80, 24):
            await pilot.resize_terminal(80, 24)
            await settle(sample_app, pilot)
        await pilot.press("tab", "down")
        await settle(sample_app, pilot)
        await pilot.pause()
        screen = sample_app.screen
        shown = [p for p in screen.panes if p.display]
        assert len(shown) == 1 and shown[0].index == 1
        pane = shown[0]
        text = str(pane.border_title)
        assert len(text) <= pane.outer_size.width - BORDER_CELLS, text
        assert pane.article.info.label[:8] in text, text
