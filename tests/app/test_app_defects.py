"""The six defects seen in the walk of issue 11, each pinned by a test that failed before."""

from __future__ import annotations

from app_builders import Doc, add_doc
from conftest import settle
from notices import heard, said, until
from screen_text import screen_text

from workbench.app import create_app
from workbench.app.data import SourceInfo
from workbench.app.format import finding_sides
from workbench.models import Conflict
from workbench.store import Store

SIZE = (160, 45)


async def test_undo_after_reopening_takes_back_the_whole_verdict_on_screen(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("j", "0")  # c-place: both wrong, its three claims disputed
        await settle(app, pilot)
        await pilot.press("q")
    again = create_app(review_db, "alice")
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        assert again.screen.main_list.current.id == "c-count"
        await pilot.press("ctrl+z")
        await settle(again, pilot)
        with Store(review_db) as store:
            assert store.statuses() == {}  # all three, not one
            assert store.verdicts() == {}
        assert again.screen.main_list.current.id == "c-place"  # brought on screen


async def test_open_filter_with_nothing_open_says_so_and_arrows_choose(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.screen.advance = False
        for key in ("1", "j", "1", "j", "1"):  # every conflict with claims decided
            await pilot.press(key)
            await settle(app, pilot)
        await pilot.press("f", "down", "enter")  # "open"
        await settle(app, pilot)
        assert app.screen.main_list.rows == []
        empty = app.screen.main_list.empty
        assert "loading" not in empty and "open" in empty and "f" in empty
        await pilot.press("f", "down", "down", "ctrl+s")  # arrows choose: "can't tell"
        await settle(app, pilot)
        assert app.screen.filters["conflicts"].state == "can't tell"


async def test_export_dialog_follows_the_suffix_and_says_how_to_overwrite(
    review_db, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("h")
        await settle(app, pilot)
        await pilot.press("x", "tab", "down", "down", "enter")  # markdown
        await settle(app, pilot)
        assert (tmp_path / "review-log.md").read_text().startswith("#")
        await pilot.press("x", "end", "ctrl+u", *"x.csv", "enter")
        await settle(app, pilot)
        assert (tmp_path / "x.csv").read_text().startswith("id,")  # CSV, not Markdown
        await pilot.press("x", "end", "ctrl+u", *"x.csv", "enter")
        await settle(app, pilot)
        assert await heard(pilot, lambda m: "already exists" in m)
        refusal = [m for m in said(app) if "already exists" in m]
        assert refusal and "--force" not in refusal[-1] and "overwrite" in refusal[-1]


async def test_unticked_boxes_are_drawn_blank(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("x")
        await settle(app, pilot)
        lines = screen_text(app).splitlines()
        force = next(line for line in lines if "overwrite an existing file" in line)
        assert "X" not in force.split("overwrite")[0]
        await pilot.press("tab", "tab", "tab", "space")
        await settle(app, pilot)
        lines = screen_text(app).splitlines()
        force = next(line for line in lines if "overwrite an existing file" in line)
        assert "X" in force.split("overwrite")[0]


async def test_the_screenshot_goes_to_the_data_directory(review_db, tmp_path, monkeypatch):
    from workbench.config import data_dir

    monkeypatch.setenv("HOME", str(tmp_path / "nobody"))  # no downloads folder anywhere
    monkeypatch.delenv("XDG_DOWNLOAD_DIR", raising=False)
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.deliver_screenshot("shot.svg")
        shot = data_dir() / "screenshots" / "shot.svg"

        def written() -> bool:  # by a worker: seen whole only once its closing tag is there
            return shot.exists() and shot.read_text().rstrip().endswith("</svg>")

        assert await until(pilot, written)
        assert shot.read_text().startswith("<svg")


def test_source_pickers_tell_one_outlet_s_reports_apart():
    from rich.style import Style  # noqa: F401  (the row is plain Text)

    from workbench.app.screens.sources import PickSourceDialog

    sources = {
        1: SourceInfo(1, "3f9a.html", "Gazette", "2019-01-21", "Mutiny put down", None, None, 3),
        2: SourceInfo(2, "77be.html", "Gazette", "2019-01-22", "Protests in Petare", None, None, 2),
    }
    dialog = PickSourceDialog(sources, 0)
    rows = [dialog._row(s, 100).plain for s in sources.values()]
    assert rows[0] != rows[1]
    assert "2019-01-21" in rows[0] and "Mutiny put down" in rows[0]
    assert "Protests in Petare" in rows[1]
    assert all("html" not in row for row in rows)  # named as everywhere: outlet, not file


async def test_with_three_sides_two_panes_never_show_the_same_side(tmp_path):
    path = tmp_path / "three.db"
    with Store(path) as store, store.transaction():
        _, one = add_doc(
            store,
            Doc(
                "one.txt",
                "Officials said 40 died. Later 30 died, the police said.",
                outlet="One",
                published="2020-01-01",
                claims=[("quantity", "40 died", {"low": 40}), ("quantity", "30 died", {"low": 30})],
            ),
        )
        _, two = add_doc(
            store,
            Doc(
                "two.txt",
                "Witnesses counted 30 died.",
                outlet="Two",
                published="2020-01-01",
                claims=[("quantity", "30 died", {"low": 30})],
            ),
        )
        _, three = add_doc(
            store,
            Doc(
                "three.txt",
                "A hospital said 50 died.",
                outlet="Three",
                published="2020-01-01",
                claims=[("quantity", "50 died", {"low": 50})],
            ),
        )
        ids = [two[0].id, one[1].id, one[0].id, three[0].id]  # side "30" has the most claims
        store.replace_findings([Conflict("c3", "quantity", 0.9, "deaths", True, ids)], [])
    app = create_app(path, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        sides = finding_sides(screen.main_list.current, screen.sources)
        side_of = {c.id: i for i, side in enumerate(sides) for c in side.claims}
        shown = [side_of[p.current_id] for p in screen.panes]
        assert len(set(shown)) == len(shown) == 2
        await pilot.press("plus")
        await settle(app, pilot)
        shown = [side_of[p.current_id] for p in screen.panes]
        assert sorted(shown) == [0, 1, 2]  # a third pane: the third value
