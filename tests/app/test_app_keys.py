"""Every key of the reviewer's app, checked on the widgets and on the rows in the database."""

from __future__ import annotations

import asyncio
import time

from conftest import settle
from notices import PATIENCE_S

from workbench.app import create_app
from workbench.app.screens.search import SearchDialog
from workbench.app.widgets import ArticleView
from workbench.store import Store

SIZE = (160, 45)


def log(path) -> list[tuple[str, str | None, str | None, str]]:
    with Store(path) as store:
        return [(r.claim_id, r.status, r.note, r.reviewer) for r in store.reviews()]


def statuses(path) -> dict[str, str]:
    with Store(path) as store:
        return store.statuses()


async def open_app(path, pilot_size=SIZE):
    app = create_app(path, "alice")
    return app


async def test_opens_on_the_best_conflict_with_its_sources_side_by_side(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        # c-empty scores under the model's threshold: counted on the last row, not listed
        assert [r.id for r in screen.main_list.rows] == [
            "c-count",
            "c-place",
            "c-gone",
            "section-below-below",
        ]
        left, right = screen.panes
        assert left.article.info.outlet == "Daily Planet"
        assert right.article.info.outlet == "Evening Star"  # one pane per side, copies last
        assert "Police detained 27 people" in left.visible_text
        assert left.current_id == "planet.txt-0"
        assert "side 1 · Daily Planet · 2019-01-21" in str(left.border_title)
        assert "side 2 · Evening Star" in str(right.border_title)
        aligned = screen.detail.aligned.rows  # side by side, each side's original first
        assert [c.id for c in aligned] == ["planet.txt-0", "copy.txt-0", "star.txt-0"]
        assert "1 copy.txt (copy):" in screen.detail._aligned_row(aligned[1], 60).plain
        status = str(screen.query_one("#status").render())
        assert "0 of 3 conflicts done" in status and "alice" in status


async def test_j_k_and_arrows_move_through_conflicts_and_load_their_articles(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("j")
        await settle(app, pilot)
        screen = app.screen
        assert screen.main_list.current.id == "c-place"
        assert screen.panes[0].current_id == "planet.txt-1"
        assert screen.panes[1].current_id == "star.txt-1"
        await pilot.press("down")
        await settle(app, pilot)
        assert screen.main_list.current.id == "c-gone"
        await pilot.press("k", "up")
        await settle(app, pilot)
        assert screen.main_list.current.id == "c-count"


async def test_v_on_a_conflict_tags_only_the_claim_under_the_cursor(review_db):
    """Never both sides of a conflict verified by one key: `v` tags one claim."""
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("v")
        await settle(app, pilot)
        assert statuses(review_db) == {"planet.txt-0": "verified"}
        assert app.screen.statuses == statuses(review_db)
        assert "0 of 3 conflicts done" in str(app.screen.query_one("#status").render())


async def test_tab_into_the_claims_then_d_and_u_tag_one_claim_each(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("tab")
        assert app.focused is app.screen.detail.aligned
        await pilot.press("d", "j", "u")
        await settle(app, pilot)
        assert log(review_db) == [
            ("planet.txt-0", "disputed", None, "alice"),
            ("copy.txt-0", "unresolved", None, "alice"),
        ]  # the claims listed side by side: side 1 (original, then its copy), then side 2
        # the list shows the conflict as not decided until every claim is
        assert "0 of 3 conflicts done" in str(app.screen.query_one("#status").render())


async def test_tab_reaches_the_panes_and_brackets_step_through_claims(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("tab", "tab")
        pane = app.focused
        assert isinstance(pane, ArticleView) and pane.index == 0
        await pilot.press("right_square_bracket")
        await settle(app, pilot)
        assert pane.current_id == "planet.txt-1"
        await pilot.press("v")
        await settle(app, pilot)
        assert statuses(review_db) == {"planet.txt-1": "verified"}
        await pilot.press("left_square_bracket", "tab")
        assert pane.current_id == "planet.txt-0"
        assert app.focused is app.screen.panes[1]


async def test_n_and_p_skip_decided_conflicts(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("j", "1")  # decide c-place
        await settle(app, pilot)
        await pilot.press("home", "n")
        await settle(app, pilot)
        assert app.screen.main_list.current.id == "c-gone"
        await pilot.press("p")
        await settle(app, pilot)
        assert app.screen.main_list.current.id == "c-count"


async def test_e_on_a_claim_writes_its_note_without_a_status_and_the_tag_carries_it(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("tab", "j", "j", "e")  # star.txt-0, side 2
        await settle(app, pilot)
        assert app.screen.__class__.__name__ == "NoteDialog"
        await pilot.press(*"photo shows 24", "enter")
        await settle(app, pilot)
        assert log(review_db) == []  # no status changed
        with Store(review_db) as store:
            assert store.current_notes("claim")["star.txt-0"].note == "photo shows 24"
        body = str(app.screen.query_one("#detail-body").render())
        assert "photo shows 24" in body
        await pilot.press("d", "e")
        await settle(app, pilot)
        await pilot.press("end", "ctrl+u", *"photo shows 27", "enter")
        await settle(app, pilot)
        assert log(review_db) == [("star.txt-0", "disputed", "photo shows 24", "alice")]
        with Store(review_db) as store:
            edits = [n.note for n in store.note_history("claim", "star.txt-0")]
        assert edits == ["photo shows 24", "photo shows 27"]
        body = str(app.screen.query_one("#detail-body").render())
        assert "photo shows 24" in body and "photo shows 27" in body  # each edit shown


async def test_e_on_a_conflict_row_writes_the_conflict_s_note(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("e", *"ask the police", "enter")
        await settle(app, pilot)
        key = app.screen.main_list.current.key
        with Store(review_db) as store:
            assert store.current_notes("conflict")[key].note == "ask the police"
            assert store.statuses() == {}
        assert "ask the police" in str(app.screen.query_one("#detail-body").render())


async def test_escape_in_the_note_dialog_saves_nothing(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("e", *"never mind", "escape")
        await settle(app, pilot)
        assert log(review_db) == []


async def test_ctrl_z_undoes_a_whole_verdict_then_a_single_decision(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("tab", "v", "shift+tab", "j", "0")  # a tag, then c-place both wrong
        await settle(app, pilot)
        assert len(statuses(review_db)) == 4
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert statuses(review_db) == {"planet.txt-0": "verified"}
        assert app.screen.statuses == {"planet.txt-0": "verified"}
        assert app.screen.decisions.verdicts == {}
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert statuses(review_db) == {}
        assert [r[1] for r in log(review_db)][-1] is None  # undo is a new row


async def test_slash_searches_the_text_and_jumps_to_the_sentence(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"witnesses")
        await settle(app, pilot)
        results = app.screen.query_one("#search-results")
        assert [s.text for s in results.rows] == ["About 300 people marched, witnesses said."]
        await pilot.press("enter")
        await settle(app, pilot)
        pane = app.focused
        assert isinstance(pane, ArticleView)
        assert pane.article.info.outlet == "Evening Star"
        assert pane.hit is not None
        assert pane.article.text[pane.hit[0] : pane.hit[1]].startswith("About 300 people")


async def test_enter_in_the_search_waits_for_its_own_search_only(review_db):
    """Enter waited on every worker of the app (`self.workers` is the app's): a keystroke's
    search cancelled by the next one closed the app (WorkerCancelled, typing "/Cotiza" and
    enter in the walk of 4 December), and any long worker elsewhere held the dialog open."""
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        elsewhere = app.run_worker(asyncio.Event().wait(), group="test-long")
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"witnesses", "enter")
        ends = time.monotonic() + PATIENCE_S  # the dialog closes once its search is read
        while isinstance(app.screen, SearchDialog) and time.monotonic() < ends:
            await pilot.pause(0.05)  # (not `settle`: it would wait on the long worker)
        closed = not isinstance(app.screen, SearchDialog)
        elsewhere.cancel()  # (settle waits for every worker)
        assert closed
        await settle(app, pilot)
        pane = app.focused
        assert isinstance(pane, ArticleView)
        assert pane.article.text[pane.hit[0] : pane.hit[1]].startswith("About 300 people")


async def test_s_chooses_the_source_of_the_focused_pane(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("tab", "tab", "tab")  # the second pane
        await pilot.press("s", *"copy", "enter")
        await settle(app, pilot)
        pane = app.screen.panes[1]
        assert pane.article.info.file == "copy.txt"
        assert "COPY of Daily Planet" in str(pane.border_title)


async def test_f_filters_by_state_kind_and_source(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("1")  # c-count decided
        await settle(app, pilot)
        await pilot.press("f", "down", "enter")  # state: open
        await settle(app, pilot)
        assert [r.id for r in app.screen.main_list.rows] == ["c-place", "c-gone"]  # not c-empty
        assert "open" in str(app.screen.main_list.border_title)
        await pilot.press("f", "down", "enter")  # from "open" (shown first): decided
        await settle(app, pilot)
        assert [r.id for r in app.screen.main_list.rows] == ["c-count"]
        screen = app.screen
        from workbench.app.filters import ListFilter

        screen.filters["conflicts"] = ListFilter(kind="place")
        screen._apply_rows()
        assert [r.id for r in screen.main_list.rows] == ["c-place"]
        screen.filters["conflicts"] = ListFilter(source_id=3)
        screen._apply_rows()
        assert [r.id for r in screen.main_list.rows] == ["c-count", "c-place"]
        await pilot.press("f", "tab", "tab", "tab", "tab", *"southville", "enter")  # words
        await settle(app, pilot)
        assert [r.id for r in screen.main_list.rows] == ["c-place"]


async def test_c_switches_to_every_claim_and_the_corroborations(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("c")
        await settle(app, pilot)
        screen = app.screen
        assert screen.view == "claims"
        assert len(screen.main_list.rows) == 8
        assert str(screen.main_list.border_title).endswith("· c: corroborations")
        await pilot.press("u")
        await settle(app, pilot)
        assert statuses(review_db) == {screen.main_list.rows[0].id: "unresolved"}
        await pilot.press("c")
        await settle(app, pilot)
        assert screen.view == "corroborations"
        assert [r.id for r in screen.main_list.rows] == ["k-march"]
        assert str(screen.main_list.border_title).endswith("· c: conflicts")
        await pilot.press("c")
        await settle(app, pilot)
        assert screen.view == "conflicts"


async def test_a_quote_mark_typed_into_the_search_finds_nothing_and_keeps_the_app(review_db):
    """Walk of gva records 2101-2400: `/` then `"` (a phrase search begun) closed the app
    with an FTS5 syntax error; the phrase, once closed, is found."""
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        await settle(app, pilot)
        await pilot.press("quotation_mark")
        await settle(app, pilot)
        assert isinstance(app.screen, SearchDialog)
        assert app.screen.query_one("#search-results").rows == []
        await pilot.press(*"witnesses", "quotation_mark")
        await settle(app, pilot)
        assert app.screen.query_one("#search-results").rows
