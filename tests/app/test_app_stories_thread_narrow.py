"""At 80 columns the stories dialog told no thread: a story sharing its thread read as one
alone (walk36; at 1,000 articles "#38 shooting · Margate · 2013-10-22  1 article" beside
"#40 shooting · Margate · 2013-11-14", the same situation a month on). It now says
" · thread 38" after the title there too, without the count the wide form gives."""

from __future__ import annotations

import re

from stories_dialog import open_stories, story_lines

from workbench.app import create_app
from workbench.app.story_rows import date_kept
from workbench.models import Story


async def test_at_80_columns_a_story_in_a_thread_says_its_thread(sample_db):
    app = create_app(sample_db, "alice")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_stories(app, pilot)
        width = screen.query_one("#stories-list").content_width
        rows = story_lines(screen, width)
        for story_id in (1, 2):  # the sample's two stories share thread 1
            assert "· thread 1 " in rows[story_id] + " ", rows[story_id]
            assert "stories)" not in rows[story_id]
            assert len(rows[story_id]) <= width
        starts = {re.search(r"\d+ article", row).start() for row in rows.values()}
        assert len(starts) == 1, rows  # the figures still read down one column


async def test_at_80_columns_a_long_title_keeps_its_cells_before_the_note(sample_db):
    """The note gives way before the title drops under 24 cells, as in the wide form."""
    app = create_app(sample_db, "alice")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        story = next(s for s in listing.rows if isinstance(s, Story))
        story.title = "x" * 200
        line = screen._row(story, listing.content_width).plain
        title = line.partition(" #1 ")[2].partition(" · thread 1")[0]
        assert "· thread 1" in line and len(title) >= 24, line  # its date kept whole in it
        assert title.endswith(f"… · {story.first_published}"), line
        assert len(line) <= listing.content_width
        assert "thread" not in screen._row(story, 40).plain  # no room: the title keeps it


async def test_at_80_columns_a_cut_title_keeps_its_date_beside_the_note(sample_db):
    """The note cut the title's date ("shooting · Margate · 2013-10… · thread 38", walk37):
    two stories of one thread then read alike. The place gives way, the date stays whole."""
    app = create_app(sample_db, "alice")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        story = next(s for s in listing.rows if isinstance(s, Story))
        story.title = f"shooting · {'Margate ' * 6}· {story.first_published}"
        line = screen._row(story, listing.content_width).plain
        assert f"… · {story.first_published} · thread 1" in line, line
        assert len(line) <= listing.content_width


def test_a_title_with_its_date_and_the_days_published_keeps_the_events_date():
    """A generated title ends with the event's date; the stories dialog adds the days it
    was published when they differ. Cut, the days published give way, not the event's
    date ("shooting · Tabernacle · 201… · 2014-11-22" at 80 columns, walk38)."""
    title = "shooting · Tabernacle Township · 2014-11-21 · 2014-11-22"
    assert date_kept(title, 45) == "shooting · Tabernacle Township · 2014-11-21"
    assert date_kept(title, 30) == "shooting · Taber… · 2014-11-21"
    assert date_kept("Warehouse fire on the east side", 12) == "Warehouse f…"
