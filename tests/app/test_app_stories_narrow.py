"""The stories dialog (`t`) at 80 columns: a story's figures and an article's outlet give
way to what must be read."""

from __future__ import annotations

from stories_dialog import open_stories

from workbench.app import create_app
from workbench.models import Story
from workbench.store import Store


async def test_at_80_columns_a_storys_figures_fit_in_words(sample_db):
    """At 80x24 on 300 real articles the figures read '4 art · 1 op': the short form was
    budgeted two cells less than it takes, and the row was cut at the list's edge."""
    app = create_app(sample_db, "alice")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        width = listing.content_width
        stories = [row for row in listing.rows if isinstance(row, Story)]
        assert stories and any(s.conflicts_open for s in stories)
        for story in stories:
            text = screen._row(story, width).plain.rstrip()
            assert len(text) <= width
            assert f"{story.articles} article" in text
            if story.conflicts_open:
                assert text.endswith(f"{story.conflicts_open} open")


async def test_at_80_columns_an_outlets_www_gives_way_to_the_headline(sample_db):
    """Walking 300 real articles at 80x24, a story's articles read
    "www.nbcphiladelphia.com · Man Ch…" three times: the host's "www." now gives way.
    At every width: the 16 articles of a story at 160 columns read "wpxi.com" on the
    rows cut and "www.wpxi.com" on the others, one outlet named two ways. (Eighteenth
    walk: the rest of the host gives way to the headline too, down to a third.)"""
    with Store(sample_db) as store:
        source = store.stories()[0].source_ids[0]
        store.db.execute(
            "UPDATE sources SET outlet = 'www.nbcphiladelphia.com', "
            "title = 'Man charged after a shooting in a home on the east side' WHERE id = ?",
            [source],
        )
        store.db.conn.commit()
    for size in ((80, 24), (160, 45)):
        app = create_app(sample_db, "alice")
        async with app.run_test(size=size) as pilot:
            screen = await open_stories(app, pilot)
            listing = screen.query_one("#stories-list")
            row = screen.articles[source]
            text = screen._row(row, listing.content_width).plain
            assert "www." not in text and "nbcphiladelp" in text
            # the host gives way before the headline, down to a third of the room
            assert "Man charged after a sho" in text
            listing.cursor = listing.rows.index(row)
            await pilot.press("o")  # marked: the hint names it as its row does (walk34)
            hint = str(screen.query_one("#stories-hint").render())
            # a title's own " · " is held together in a hint (walk44: no break inside «...»)
            hint = hint.replace("\xa0", " ")
            assert "«nbcphiladelphia.com · Man" in hint and "www." not in hint
