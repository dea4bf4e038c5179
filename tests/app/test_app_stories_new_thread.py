"""`N` in the stories dialog: an article split off its story gets a story and a thread of
its own, as `workbench stories move SOURCE new` gives it (walk42 saw Rocky Mount's article
left in El Paso's thread), and the notice says so in the words the command prints."""

from __future__ import annotations

from conftest import settle
from notices import heard
from stories_dialog import SIZE, cursor_to, open_stories

from workbench.app import create_app
from workbench.store import Store


async def test_an_article_split_off_stands_in_a_thread_of_its_own(sample_db):
    with Store(sample_db) as store:
        threads_before = {s.id: s.thread_id for s in store.stories()}
    app = create_app(sample_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await open_stories(app, pilot)
        listing = app.screen.query_one("#stories-list")
        listing.cursor = cursor_to(app, lambda r: getattr(r, "label", "").startswith("Military"))
        await pilot.press("N")
        await settle(app, pilot)
        assert await heard(pilot, lambda m: m.endswith("(a thread of its own)"))
    with Store(sample_db) as store:
        stories = {s.id: s for s in store.stories()}
        (new,) = [s for s in stories.values() if s.id not in threads_before]
        assert new.thread_id not in threads_before.values()
        # the stories that were there keep theirs
        assert {i: stories[i].thread_id for i in threads_before if i in stories} == {
            i: t for i, t in threads_before.items() if i in stories
        }
