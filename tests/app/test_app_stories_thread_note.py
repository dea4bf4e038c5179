"""The stories dialog tells a story's thread beside its title, on its row only: a column
kept for the thread on every row, once any thread held two stories, cut the titles of the
other 636 stories of 648 with 26 cells to spare at their end (walk35)."""

from __future__ import annotations

import re

from stories_dialog import open_stories

from workbench.app import create_app
from workbench.models import Story
from workbench.store import Store
from workbench.story_fixes import apply


def _story_alone_in_its_thread(path, title: str) -> int:
    """The sample's first story gives an article to a story of its own, in a thread of its
    own, titled `title`; the sample's two stories still share thread 1."""
    with Store(path) as store:
        first = store.stories()[0]
        shown, _undo = apply(store, "move", "alice", first.source_ids[-1], None)
        store.db.execute(
            "UPDATE stories SET title = ?, thread_id = id WHERE id = ?", [title, shown]
        )
        store.db.conn.commit()
        return shown


async def test_a_title_alone_in_its_thread_takes_the_room_a_thread_column_kept(sample_db):
    long_title = "protest after the election · Caracas and the towns around it · 2019-01-23"
    alone = _story_alone_in_its_thread(sample_db, long_title)
    app = create_app(sample_db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_stories(app, pilot)
        listing = screen.query_one("#stories-list")
        width = listing.content_width
        rows = {s.id: screen._row(s, width).plain for s in listing.rows if isinstance(s, Story)}
        assert long_title in rows[alone], rows[alone]  # whole: it was cut at 50 cells
        assert "thread" not in rows[alone]
        for story_id in (1, 2):  # the thread's two stories say so, after their titles
            assert "· thread 1 (2 stories)" in rows[story_id], rows[story_id]
        # the figures stay in one column, read down
        ends = {re.search(r"\d+ articles?", row).end() for row in rows.values()}
        assert len(ends) == 1, rows
