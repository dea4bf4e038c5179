"""The app never crashes: empty database, a source without claims, conflicts whose claims are
gone, a narrow terminal, another terminal deciding at the same time."""

from __future__ import annotations

from conftest import settle
from notices import heard
from screen_text import screen_text

from workbench.app import create_app
from workbench.app.screens.empty import EmptyScreen
from workbench.store import Store


async def test_an_empty_database_says_how_to_ingest(empty_db):
    app = create_app(empty_db, "alice")
    async with app.run_test(size=(200, 30)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, EmptyScreen)
        text = screen_text(app)
        assert "no articles yet" in text
        assert f"workbench ingest --db {empty_db} PATH..." in text
        await pilot.press("q")
    assert app.return_code == 0


async def test_r_on_the_empty_screen_picks_up_an_ingest(empty_db, review_db_file):
    import shutil

    app = create_app(empty_db, "alice")
    async with app.run_test(size=(200, 30)) as pilot:
        await settle(app, pilot)
        app.db.close()  # let the test replace the file under a fresh connection
        shutil.copy(review_db_file, empty_db)
        from workbench.app.database import Database

        app.db = app.screen_stack[0].db = Database(empty_db)
        await pilot.press("r")
        await settle(app, pilot)
        assert app.screen.__class__.__name__ == "MainScreen"
        assert len(app.screen.main_list.rows) == 4


async def test_a_conflict_whose_claims_were_removed_shows_and_cannot_be_tagged(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("B", "end")  # it scores under the threshold: shown on asking
        await settle(app, pilot)
        screen = app.screen
        assert screen.main_list.current.id == "c-empty"
        assert "claims removed by a re-analysis" in screen_text(app)
        await pilot.press("v", "e")
        await settle(app, pilot)
        assert app.screen is screen  # no note dialog: nothing to note
        with Store(review_db) as store:
            assert list(store.reviews()) == []
        await pilot.press("up", "up", "v")  # c-gone (past the row counting those below)
        await settle(app, pilot)
        assert [c.id for c in screen.detail.aligned.rows] == ["star.txt-2"]
        with Store(review_db) as store:
            assert store.statuses() == {"star.txt-2": "verified"}


async def test_a_source_without_claims_shows_its_text(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("s", *"gazette", "enter")
        await settle(app, pilot)
        pane = app.screen.panes[0]
        assert pane.article.info.outlet == "Gazette" and pane.article.claims == []
        assert "no claims in this source" in str(pane.border_subtitle)
        assert "An opinion piece" in pane.visible_text
        await pilot.press("right_square_bracket", "v")
        await settle(app, pilot)
        with Store(review_db) as store:
            assert list(store.reviews()) == []


async def test_at_80x24_one_pane_shows_at_a_time_and_w_switches(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert screen.narrow
        first, second = screen.panes
        assert first.display and not second.display
        assert first.size.width >= 70  # a readable line, not a sliver
        assert "Police detained 27 people on Monday in Northtown." in first.visible_text
        await pilot.press("w")
        await settle(app, pilot)
        assert second.display and not first.display
        assert app.focused is second
        assert "Around two dozen men were held" in second.visible_text
        assert "w: other side (2/2)" in str(second.border_subtitle)


async def test_another_terminal_s_decisions_appear_and_none_is_lost(review_db):
    one = create_app(review_db, "alice")
    two = create_app(review_db, "bob")
    async with one.run_test(size=(160, 45)) as p1, two.run_test(size=(160, 45)) as p2:
        await settle(one, p1)
        await settle(two, p2)
        await p1.press("1")
        await p2.press("j", "0")
        for _ in range(50):  # a poll is skipped while a timer's poll holds the reader
            await settle(one, p1)
            await settle(two, p2)
            await one.screen.poll()
            await two.screen.poll()
            if one.screen.statuses == two.screen.statuses:
                break
            await p1.pause(0.05)
        assert one.screen.statuses == two.screen.statuses
        assert len(one.screen.statuses) == 6
    with Store(review_db) as store:
        reviewers = sorted({r.reviewer for r in store.reviews()})
        assert reviewers == ["alice", "bob"] and len(list(store.reviews())) == 6


async def test_undo_refused_when_someone_decided_since_is_a_clear_message(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("tab", "v")
        await settle(app, pilot)
        with Store(review_db) as store:
            store.record_review("planet.txt-0", "disputed", "bob")
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        with Store(review_db) as store:
            assert store.status_of("planet.txt-0") == "disputed"
        assert await heard(pilot, lambda m: "bob has decided it since" in m)
