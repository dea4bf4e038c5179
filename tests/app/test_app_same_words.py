"""Two claims of one article in the same words are told apart in a conflict's claims: the
walk of records 1801-2100 showed "○ 2 nypost.com: two men" twice (two pairs of men in one
roundup) and nothing said which row was which sentence."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult

from workbench.app.data import ClaimRef, Decisions, Finding, SourceInfo
from workbench.app.widgets.detail import DetailPanel
from workbench.app.widgets.detail_rows import mentions

SOURCES = {
    1: SourceInfo(1, "a.txt", "daily.example", None, None, None, None, 3),
    2: SourceInfo(2, "b.txt", "post.example", None, None, None, None, 3),
}
VALUE = {"low": 2, "high": 2, "counted": "man"}
CLAIMS = [
    ClaimRef("a", 1, "quantity", "20 people", {"low": 20, "high": 20}, sentence_id=1),
    ClaimRef("c", 2, "quantity", "two men", VALUE, sentence_id=9),
    ClaimRef("b", 2, "quantity", "Two men", VALUE, sentence_id=4),
]
FINDING = Finding("f", "conflict", "quantity", 0.3, "", True, ["a", "b", "c"], CLAIMS)


def test_mentions_number_the_same_words_in_the_articles_order():
    assert mentions(CLAIMS) == {"b": (1, 2), "c": (2, 2)}
    assert mentions(CLAIMS[:2]) == {}


class _Panel(App):
    def compose(self) -> ComposeResult:
        yield DetailPanel(id="detail")


@pytest.mark.parametrize("width", [40, 60, 120])
async def test_each_row_of_the_same_words_says_which_mention_it_is(width):
    app = _Panel()
    async with app.run_test(size=(width, 30)) as pilot:
        panel = app.query_one(DetailPanel)
        panel.show_finding(FINDING, SOURCES, Decisions())
        await pilot.pause()
        rows = [panel._aligned_row(c, panel.aligned.size.width).plain for c in CLAIMS]
        assert len(set(rows)) == 3, rows
        assert "1 of 2" in rows[2] or "1/2" in rows[2], rows
        assert "2 of 2" in rows[1] or "2/2" in rows[1], rows
        assert "of" not in rows[0].split(":")[1], rows
        assert all(len(r) <= panel.aligned.size.width for r in rows), rows
