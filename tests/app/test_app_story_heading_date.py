"""At 80 columns the conflict list's story headings cut the title's date ("shooting ·
Chicago · 2013-0…", walk38): two stories of one place then read alike. Cut, a heading now
keeps its date whole and its place gives way, as the stories dialog does (walk38)."""

from __future__ import annotations

import pytest
from conftest import settle

from workbench.app import create_app
from workbench.app.data import StoryRow

PLACE = "Chicago Heights South Side Englewood neighborhood"


@pytest.mark.parametrize("size", [(80, 24), (120, 30), (160, 45)])
async def test_a_cut_story_heading_keeps_its_date_whole(sample_db, size):
    app = create_app(sample_db, "alice")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        screen = app.screen
        listing = screen.main_list
        heading = next(r for r in listing.rows if isinstance(r, StoryRow))
        date = heading.story.first_published
        heading.story.title = f"shooting · {PLACE} · {date}"
        width = listing.content_width
        line = screen._render_row(heading, width).plain
        assert len(line) <= width, line
        assert f" · {date}" in line, line  # the date whole, cut or not
        if len(heading.story.title) + 8 > width:  # too long for the row: the place gave way
            assert f"… · {date}" in line, line


async def test_the_samples_heading_keeps_its_date_in_the_narrow_list(sample_db):
    """The sample's "uprising · Caracas · 2019-01-21" in the 80x24 list's few cells."""
    app = create_app(sample_db, "alice")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        heading = next(r for r in screen.main_list.rows if isinstance(r, StoryRow))
        line = screen._render_row(heading, screen.main_list.content_width).plain
        assert line.endswith(f" · {heading.story.first_published}"), line


def test_the_claims_lists_heading_keeps_its_date_too():
    from rich.style import Style

    from workbench.app.claim_stories import ClaimStoryRow, claim_story_row
    from workbench.app.shapes import StoryInfo

    story = StoryInfo(7, f"shooting · {PLACE} · 2013-10-22", "2013-10-22", "2013-10-22", 2)
    row = ClaimStoryRow(story, [], part="claims")
    line = claim_story_row(row, {}, lambda _name: Style(), 40).plain
    assert line.endswith("… · 2013-10-22") and len(line) <= 40, line


def test_an_update_heading_keeps_both_dates_in_a_narrow_list():
    """At 120x30 the update's heading read "uprising · Carac… → 2019-04-30": the earlier
    story's date gave way, and the two dates are what the heading is read by."""
    from workbench.app.shapes import StoryInfo
    from workbench.app.story_rows import thread_title

    january = StoryInfo(1, "uprising · Caracas · 2019-01-21", "2019-01-21", "2019-01-22", 4)
    april = StoryInfo(2, "uprising · Caracas · 2019-04-30", "2019-04-30", "2019-04-30", 1)
    assert thread_title([january, april], 29) == "… · 2019-01-21 → 2019-04-30"
    assert thread_title([january, april], 80) == "uprising · Caracas · 2019-01-21 → 2019-04-30"


def test_a_title_dated_before_its_first_article_gives_only_how_long_the_story_ran():
    """walk44: "death · Bartholomew County · 2013-05-11 · 2013-05-12 – 2013-06-18", the
    event's day then the articles' first and last days, read as two event dates."""
    from workbench.app.shapes import StoryInfo
    from workbench.app.story_rows import dated_title, story_dates

    title = "fire · Zorvic County · 2013-05-11"
    ran = StoryInfo(36, title, "2013-05-12", "2013-06-18", 3)
    assert story_dates(ran) == "until 2013-06-18"
    assert dated_title(ran) == title  # the dialog lists a dated title as it is
    one_day = StoryInfo(37, title, "2013-05-12", "2013-05-12", 2)
    assert story_dates(one_day) == ""
    named = StoryInfo(38, "Warehouse fire on the east side", "2013-05-12", "2013-06-18", 3)
    assert story_dates(named) == "2013-05-12 – 2013-06-18"
    assert dated_title(named) == f"{named.title} · 2013-05-12 – 2013-06-18"


def test_an_untitled_story_is_listed_with_its_outlets():
    """walk44: "#43 untitled" in the stories dialog said nothing of the pages it holds."""
    from workbench.app.story_rows import dated_title
    from workbench.models import Story

    one = Story(36, "untitled · 2013-05-19", 36, first_published="2013-05-19", outlets=["zor.tv"])
    assert dated_title(one) == "untitled (zor.tv) · 2013-05-19"
    three = Story(37, "untitled", 37, first_published="2013-05-19", outlets=["a.tv", "b.tv", "c"])
    assert dated_title(three) == "untitled (a.tv, b.tv, …) · 2013-05-19"
    titled = Story(38, "untitled rally · Zorvic · 2013-05-19", 38, outlets=["zor.tv"])
    assert dated_title(titled) == titled.title
