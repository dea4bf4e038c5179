"""An article pane's title keeps the outlet and the date at every size: at 120x30 the
sample's first pane read "side 1 · The New York Times …" with its date cut off."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import settle

from workbench.app.pane_title import BORDER_CELLS, TitleParts, fitted_parts

NYT = "The New York Times (republished copy)"


def title(parts: TitleParts, width: int) -> str:
    return fitted_parts(parts, width).text()


def test_a_title_with_room_is_whole():
    parts = TitleParts("1", True, NYT, "2019-01-21")
    assert title(parts, 80) == f"side 1 · {NYT} · 2019-01-21"
    assert title(parts, 0) == f"side 1 · {NYT} · 2019-01-21"  # not laid out yet


@pytest.mark.parametrize("width", [22, 28, 35, 40, 49, 60])
def test_the_date_stays_whole_and_the_title_fits(width):
    """Three panes at 120 columns are 22 wide: room for an outlet's first cells and the
    date; a copy's or a bare page's mark needs more (below that, the marks stay and
    Textual cuts the date)."""
    cases = [
        TitleParts("1", True, NYT, "2019-01-21"),
        TitleParts("2", True, "www.clickondetroit.com", "2014-09-12"),
    ]
    if width >= 35:  # two panes at 120 columns
        cases.append(TitleParts("2", False, "www.wishtv.com", "2016-03-02", copy_of="www.x.com"))
        cases.append(TitleParts("3", False, "A Gazette", "2016-03-02", bare=True))
    if width >= 40:
        cases.append(TitleParts("3", False, "A Gazette", "no date", copy_of=NYT, bare=True))
    for parts in cases:
        text = title(parts, width)
        assert len(text) <= width - BORDER_CELLS, text
        assert text.endswith(" · " + parts.date)


def test_the_least_useful_parts_give_way_first():
    parts = TitleParts("2", True, "www.wishtv.com", "2016-03-02", copy_of="www.fox59.com")
    full = "side 2 · COPY of www.fox59.com · www.wishtv.com · 2016-03-02"
    assert title(parts, len(full) + BORDER_CELLS) == full
    assert title(parts, len(full) + BORDER_CELLS - 1) == (
        "2 · COPY of www.fox59.com · www.wishtv.com · 2016-03-02"  # "side" first
    )
    assert title(parts, 48 + BORDER_CELLS) == "2 · COPY of fox59.com · wishtv.com · 2016-03-02"
    assert title(parts, 44 + BORDER_CELLS) == "COPY of fox59.com · wishtv.com · 2016-03-02"
    assert title(parts, 40 + BORDER_CELLS) == "COPY of fox59… · wishtv.com · 2016-03-02"
    assert title(parts, 34 + BORDER_CELLS) == "COPY · wishtv.com · 2016-03-02"
    assert title(parts, 26 + BORDER_CELLS) == "COPY · wisht… · 2016-03-02"  # the outlet last


def test_a_page_without_text_says_so_shortly_only_once_its_outlet_is_cut_short():
    parts = TitleParts("1", False, "www.example-news.com", "2016-03-02", bare=True)
    assert title(parts, 49) == "NO ARTICLE TEXT · example-new… · 2016-03-02"
    assert title(parts, 45) == "NO TEXT · example-news.com · 2016-03-02"
    assert title(parts, 40) == "NO TEXT · example-ne… · 2016-03-02"


def test_a_wide_character_counts_two_cells():
    parts = TitleParts("1", False, "東京新聞東京新聞", "2019-01-21", show_number=False)
    text = title(parts, 30)
    assert text == "東京新聞東… · 2019-01-21"  # 11 cells and 13: the room of 24


@pytest.mark.parametrize("size", [(120, 30), (80, 24), (160, 45)])
async def test_the_panes_name_their_outlet_and_date_at_every_size(sample_app, size):
    async with sample_app.run_test(size=size) as pilot:
        await settle(sample_app, pilot)
        await pilot.pause()
        screen = sample_app.screen
        shown = [p for p in screen.panes if p.display]
        assert shown
        for pane in shown:
            text = str(pane.border_title)
            info = pane.article.info
            assert text.endswith(f" · {info.published}"), text
            assert len(text) <= pane.outer_size.width - BORDER_CELLS, text
            assert text.split(" · ")[-2].rstrip("…")[:3] == info.label[:3]
        numbered = {str(p.border_title).startswith("side") for p in shown}
        assert len(numbered) == 1  # panes side by side number themselves alike


async def test_a_pane_added_and_removed_is_titled_for_its_new_width(sample_app):
    async with sample_app.run_test(size=(160, 45)) as pilot:
        await settle(sample_app, pilot)
        await pilot.pause()
        before = str(sample_app.screen.panes[0].border_title)
        await pilot.press("+")
        await settle(sample_app, pilot)
        await pilot.pause()
        for pane in sample_app.screen.panes[:2]:
            text = str(pane.border_title)
            assert len(text) <= pane.outer_size.width - BORDER_CELLS, text
            assert text.endswith(" · 2019-01-21")
        assert str(sample_app.screen.panes[0].border_title) != before  # narrower now
        await pilot.press("-")
        await settle(sample_app, pilot)
        await pilot.pause()
        assert str(sample_app.screen.panes[0].border_title) == before


def test_a_title_without_www_drops_it_from_the_original_too():
    parts = TitleParts("2", False, "www.wishtv.com", "2016-03-02", show_www=False)
    assert parts.text() == "2 · wishtv.com · 2016-03-02"
    copy = replace(parts, copy_of="www.fox59.com")
    assert copy.text() == "2 · COPY of fox59.com · wishtv.com · 2016-03-02"


async def test_panes_side_by_side_name_their_outlets_alike(tmp_path):
    """Walk of gva records 2101-2400, 120x30: "1 · cbs58.com · 2016-08-13" beside
    "2 · www.tmj4.com · 2016-08-13", one title fitted without "www.", the other with."""
    from workbench.app import create_app
    from workbench.ingest import Input, ingest_inputs
    from workbench.store import Store

    said = {"www.cbs58.com": "four", "www.tmj4.com": "two"}
    pages = [
        Input(
            name=f"{n}.txt",
            data=f"Police said {count} people were shot in Northgate on Saturday.\n".encode(),
            meta={"outlet": outlet, "published": "2016-08-13"},
        )
        for n, (outlet, count) in enumerate(said.items())
    ]
    with Store(tmp_path / "two.db") as store:
        ingest_inputs(store, pages)
        assert store.conflicts()
    app = create_app(tmp_path / "two.db", "alice")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.pause()
        titles = [str(p.border_title) for p in app.screen.panes if p.display]
        assert len(titles) == 2 and all(t.endswith("2016-08-13") for t in titles), titles
        assert len({"www." in t for t in titles}) == 1, titles


async def test_a_source_put_in_a_pane_says_the_side_it_is_on_or_none(sample_app):
    """walk33: a search opened the Telegraph in the first pane of a conflict whose first
    side is the New York Times' claim, and the pane kept its title's "side 1"."""
    async with sample_app.run_test(size=(230, 45)) as pilot:  # room for "side n"
        await settle(sample_app, pilot)
        screen = sample_app.screen
        first, second = screen.panes[0], screen.panes[1]
        assert str(first.border_title).startswith("side 1 · The New York Times")
        screen.show_in_pane(0, second.article.info.id)  # side 2's source
        await settle(sample_app, pilot)
        assert first.side == 1 and str(first.border_title).startswith("side 2 · ")
        sides = {c.source_id for c in screen.main_list.current.claims}
        screen.show_in_pane(0, next(i for i in screen.sources if i not in sides))
        await settle(sample_app, pilot)
        assert first.side is None and not str(first.border_title).startswith("side")
        assert not str(second.border_title).startswith("side")  # panes number alike
