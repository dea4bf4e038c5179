"""The claims and corroborations lists filter by story, as the conflicts list does: with
22,485 claims from 1,000 real articles (walk35) the claims list was reached story by story
only through the Source field, one article at a time."""

from __future__ import annotations

from conftest import settle
from textual.widgets import Select

from workbench.app import create_app
from workbench.app.data import ClaimRef, SourceInfo
from workbench.app.filters import ListFilter, offered_claim_stories
from workbench.app.screens.filter import FilterDialog


def _source(i: int, story: int | None) -> SourceInfo:
    return SourceInfo(
        i, f"{i}.txt", f"outlet {i}", "2019-01-21", None, None, None, 1, story_id=story
    )


def test_a_claim_is_in_the_story_of_its_source():
    sources = {1: _source(1, 4), 2: _source(2, 5), 3: _source(3, None)}
    wanted = ListFilter(story_id=4)
    claims = [ClaimRef(f"c{i}", i, "quantity", "two", {}) for i in (1, 2, 3)]
    assert [c.id for c in claims if wanted.claim(c, {}, sources)] == ["c1"]
    stories = {i: f"story {i}" for i in range(1, 7)}
    assert sorted(offered_claim_stories(sources, stories, ListFilter())) == [4, 5]
    assert sorted(offered_claim_stories(sources, stories, ListFilter(story_id=6))) == [4, 5, 6]


async def _story_field(app, pilot, view: str) -> Select:
    """Switch to `view` with `c`, open its filter; the filter's Story field."""
    await settle(app, pilot)
    while app.screen.view != view:
        await pilot.press("c")
        await settle(app, pilot)
    await pilot.press("f")
    await settle(app, pilot)
    assert isinstance(app.screen, FilterDialog)
    return app.screen.query_one("#filter-story", Select)


async def test_the_claims_list_shows_one_storys_claims(sample_db):
    app = create_app(sample_db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        screen = app.screen
        select = await _story_field(app, pilot, "claims")
        every = len(screen.main_list.rows)
        april = next(v for label, v in select._options if "2019-04-30" in str(label))
        select.value = april
        app.screen.query_one("#filter-apply").press()
        await settle(app, pilot)
        rows = [r for r in screen.main_list.rows if isinstance(r, ClaimRef)]
        assert 0 < len(rows) < every
        assert {screen.sources[c.source_id].story_id for c in rows} == {april}
        # under that story's heading alone (the claims list is by story: walk36)
        assert [r.story.id for r in screen.main_list.rows if r not in rows] == [april]
        assert "one story" in screen.list_titles[0]


async def test_the_claims_filter_says_what_its_words_search(sample_db):
    """Its Words field said "words in values, sources, reason": a claim has no reason."""
    from textual.widgets import Input

    app = create_app(sample_db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        await _story_field(app, pilot, "claims")
        words = app.screen.query_one("#filter-text", Input)
        assert words.placeholder == "words in claims, kinds, sources"


async def test_the_corroborations_list_offers_the_stories_it_holds(sample_db):
    app = create_app(sample_db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        screen = app.screen
        select = await _story_field(app, pilot, "corroborations")
        offered = {v for _, v in select._options if v is not Select.NULL}
        assert offered == {f.story_id for f in screen.corroborations}
