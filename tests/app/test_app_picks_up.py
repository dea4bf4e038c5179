"""An ingest in another terminal: the app shows its articles and conflicts without `r`
(issue 12), once they have settled, and not at every tick while they keep coming."""

from __future__ import annotations

import pytest
from app_builders import Doc, add_doc
from conftest import settle
from notices import heard

from workbench.app import create_app
from workbench.app.screens import loading
from workbench.app.screens import main as main_screen
from workbench.models import Conflict
from workbench.store import Store

SIZE = (160, 45)
NEWS = Doc(
    "news.txt",
    "Police detained 31 people on Monday in Northtown.",
    outlet="Morning News",
    published="2019-01-21",
    claims=[("quantity", "31 people", {"low": 31, "high": 31, "counted": "people"})],
)


@pytest.fixture(autouse=True)
def _polls_only_when_told(monkeypatch):
    """The tests call `poll()` themselves, one tick at a time; the screen's own 2-second
    timer, firing between two of them on a slow machine, would make a tick they did not
    count (a reload one poll early)."""
    monkeypatch.setattr(main_screen, "POLL_SECONDS", 3600)


def _ingest_elsewhere(db) -> None:
    """What `workbench ingest` in another terminal stores: an article and a conflict."""
    with Store(db) as store, store.transaction():
        planet = next(c for c in store.claims() if c.text == "27 people")
        _, claims = add_doc(store, NEWS)
        store.replace_findings(
            [
                Conflict(
                    "c-new", "quantity", 0.95, "27 vs 31 people", True, [planet.id, claims[0].id]
                )
            ],
            [],
            source_ids=[claims[0].source_id],
        )


async def test_articles_and_conflicts_from_another_process_show_without_r(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await screen.poll()  # what the 2-second timer does
        before = [getattr(r, "id", None) for r in screen.main_list.rows]
        assert "c-new" not in before and len(screen.sources) == 4
        _ingest_elsewhere(review_db)
        await screen.poll()  # seen changing: waits for it to settle
        await settle(app, pilot)
        assert "c-new" not in [getattr(r, "id", None) for r in screen.main_list.rows]
        await screen.poll()  # the same at two polls running: reloaded
        await settle(app, pilot)
        assert "c-new" in [getattr(r, "id", None) for r in screen.main_list.rows]
        assert len(screen.sources) == 5
        assert await heard(pilot, lambda m: "New articles or findings" in m)


async def test_a_running_ingest_is_shown_every_so_often_not_at_every_tick(review_db, monkeypatch):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await screen.poll()
        loads = []
        monkeypatch.setattr(type(screen), "load", lambda self, keep=None: loads.append(keep))
        with Store(review_db) as store:
            for n in range(6):  # a new article at every tick
                add_doc(store, Doc(f"more{n}.txt", f"Article number {n} about the weather."))
                await screen.poll()
        assert loads == []  # still coming: not yet
        screen._content_since -= loading.RELOAD_EVERY  # as if they had come for that long
        with Store(review_db) as store:
            add_doc(store, Doc("last.txt", "One more article about the traffic."))
        await screen.poll()
        assert len(loads) == 1


async def test_an_empty_database_opens_on_its_first_articles_without_r(empty_db):
    app = create_app(empty_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.screen.__class__.__name__ == "EmptyScreen"
        await app.screen.check()  # what its 2-second timer does: nothing stored yet
        assert app.screen.__class__.__name__ == "EmptyScreen"
        with Store(empty_db) as store, store.transaction():
            add_doc(store, NEWS)
        await app.screen.check()
        await settle(app, pilot)
        assert app.screen.__class__.__name__ == "MainScreen"
        assert len(app.screen.sources) == 1
