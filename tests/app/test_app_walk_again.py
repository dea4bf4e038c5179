"""What a new user met walking the app in tmux once more (160x45, 120x30, 80x24; the
sample and 199 real GVA articles), fixed: at 80 columns the list and the detail kept the
wide layout's 62 columns and left 18 empty while their rows were cut; with a pane focused
the footer ran past its edge ("n Ne"); a pane's title and hints kept the width they were
drawn for after a resize; an export said "Exported 1 records"."""

from __future__ import annotations

from conftest import settle
from notices import heard, said
from textual.widgets._footer import FooterKey

from workbench.app import create_app


async def test_at_80_columns_the_list_and_the_detail_share_the_whole_width(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        left = screen.query_one("#left")
        assert left.outer_size.width == 80
        assert screen.main_list.outer_size.width + screen.detail.outer_size.width == 80


async def test_with_a_pane_or_the_claims_focused_the_footer_fits_and_keeps_help(review_db):
    for size in ((80, 24), (120, 30)):
        app = create_app(review_db, "alice")
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            for _focus in ("claims", "pane"):
                await pilot.press("tab")
                await settle(app, pilot)
                keys = [
                    k for k in app.screen.query(FooterKey) if not k.has_class("-command-palette")
                ]
                assert "help" in {k.action for k in keys}, (size, _focus)
                width = sum(k.outer_size.width for k in keys)
                assert width <= size[0] - 13, (size, _focus)  # nothing cut at the edge


async def test_a_resize_to_80_columns_offers_w_in_the_panes_title(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        pane = app.screen.panes[0]
        assert "w: other side" not in str(pane.border_subtitle)
        await pilot.resize_terminal(80, 24)
        await settle(app, pilot)
        assert "w: other side (1/2)" in str(pane.border_subtitle)


async def test_an_export_says_what_it_counted(review_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = create_app(review_db, "alice")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("v")  # one claim verified: one log row
        await settle(app, pilot)
        await pilot.press("x")
        await settle(app, pilot)
        await pilot.press("enter")  # review-log.jsonl
        await settle(app, pilot)
        assert await heard(pilot, lambda m: m.startswith("Exported 1 log row to ")), said(app)


async def test_at_80_columns_a_long_file_name_gives_way_to_the_progress(review_db, monkeypatch):
    """A long name cut the header's last word ("0 of 3 conflicts"): "done" was gone."""
    named = review_db.parent / "reviews_of_the_first_week_of_march.db"
    review_db.rename(named)
    monkeypatch.chdir(named.parent)
    app = create_app(named.name, "alice")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        line = app.screen.query_one("#status").render().plain
        assert line.rstrip().endswith("0 of 3 conflicts done") and len(line) <= 80
        assert " reviews_of_the_first_week…  · " in line  # the name cut, and saying so


async def test_a_resize_behind_a_dialog_lays_the_review_screen_out_for_the_new_size(review_db):
    """Narrowed to 80 columns while the source picker was open, the screen came back with
    both panes squeezed side by side and no `w`: Textual resized the dialog only."""
    app = create_app(review_db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await pilot.press("s")
        await settle(app, pilot)
        assert app.screen is not screen
        await pilot.resize_terminal(80, 24)
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is screen and screen.narrow
        assert [p.display for p in screen.panes] == [True, False]
        assert "w: other side (1/2)" in str(screen.panes[0].border_subtitle)


async def test_the_footer_offers_verdict_keys_over_the_conflict_list_only(review_db):
    """Over the claim list the footer said "1/a Side 1  2/b Side 2  V Verdict ... S Sort
    B Below threshold", keys that only say there that they do not apply (walk31)."""
    conflict_only = {"verdict_side(0)", "verdict_side(1)", "verdict_dialog", "sort"}
    app = create_app(review_db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)

        def shown() -> set[str]:
            return {k.action for k in app.screen.query(FooterKey)}

        assert conflict_only <= shown()
        for view in ("claims", "corroborations", "conflicts"):
            await pilot.press("c")
            await settle(app, pilot)
            assert app.screen.view == view
            assert (conflict_only <= shown()) == (view == "conflicts"), view
            assert {"note", "filter", "help"} <= shown(), view
        await pilot.press("c")
        await settle(app, pilot)
        await pilot.press("a")  # still a key: it says where verdicts are given
        await settle(app, pilot)
        assert await heard(pilot, lambda m: "A verdict answers a conflict" in m)
