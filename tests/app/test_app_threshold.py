"""The conflict list as the CLI lists conflicts: at or above the threshold first, updates
apart from contradictions, and one row saying how many more lie below the threshold,
which a key (B, or enter on that row) opens and shuts."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import settle
from notices import heard, said

from workbench.app import create_app, data
from workbench.app.data import Finding, SectionRow, StoryRow
from workbench.app.filters import ListFilter
from workbench.app.queue import conflict_sections

SIZE = (160, 45)


@pytest.fixture
def threshold(monkeypatch):
    """The model's threshold, as a test sets it."""

    def set_to(value: float) -> None:
        monkeypatch.setattr(data, "default_threshold", lambda: value)

    return set_to


def _kinds(rows) -> list[str]:
    return [r.id if not isinstance(r, Finding) else "conflict" for r in rows]


def _finding(fid: str, score: float, relation: str = "contradiction", story: int | None = None):
    return Finding(
        fid, "conflict", "quantity", score, "", True, [], story_id=story, relation=relation
    )


def test_sections_put_contradictions_then_updates_then_the_count_below():
    findings = [
        _finding("a", 0.9),
        _finding("u", 0.8, "update"),
        _finding("b", 0.3),
        _finding("v", 0.2, "update"),
    ]
    rows = conflict_sections(findings, {}, set(), 0.5, show_below=False)
    assert [getattr(r, "id", None) for r in rows] == ["a", "section-updates-above", "u", BELOW]
    assert rows[-1].count == 2 and not rows[-1].open
    rows = conflict_sections(findings, {}, set(), 0.5, show_below=True, below_count=2)
    assert [r.id for r in rows] == [
        "a",
        "section-updates-above",
        "u",
        BELOW,
        "b",
        "section-updates-below",
        "v",
    ]
    assert conflict_sections(findings[:2], {}, set(), 0.5, show_below=False)[-1].id == "u"


BELOW = "section-below-below"


async def test_the_list_hides_conflicts_below_the_threshold_behind_a_row(review_db, threshold):
    threshold(0.85)
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        rows = screen.main_list.rows
        assert [r.id for r in rows if isinstance(r, Finding)] == ["c-count"]
        below = rows[-1]
        assert isinstance(below, SectionRow) and below.id == BELOW and below.count == 3
        line = screen._render_row(below, 80).plain
        assert line.startswith("▸ 3 more below the threshold (score < 0.85)") and "B" in line
        assert screen._render_row(below, 30).plain == "▸ 3 more below 0.85 · B: show"  # 80x24
        assert "3 below 0.85" in str(screen.main_list.border_title)
        await pilot.press("B")  # open them: they follow the row, which stays
        await settle(app, pilot)
        ids = [r.id for r in screen.main_list.rows]
        assert ids[:2] == ["c-count", BELOW] and set(ids[2:]) == {"c-place", "c-gone", "c-empty"}
        assert screen.main_list.current.id == "c-count"  # the cursor did not move
        assert screen._render_row(screen.main_list.rows[1], 80).plain.startswith("▾ 3 below")
        screen.main_list.cursor = 3  # on a conflict below the threshold, then shut them
        await pilot.press("B")
        await settle(app, pilot)
        assert [r.id for r in screen.main_list.rows] == ["c-count", BELOW]
        assert screen.main_list.current.id == BELOW  # back on the row that counts them
        assert "score < 0.85" in str(screen.detail.query_one("#detail-head").render())
        await pilot.press("1")  # a verdict on the row: told what the row is
        await settle(app, pilot)
        assert await heard(pilot, lambda m: "threshold" in m)
        await pilot.press("enter")  # enter on the row opens it too
        await settle(app, pilot)
        assert len(screen.main_list.rows) == 5
        await pilot.press("n")  # the next conflict to do skips the heading
        await settle(app, pilot)
        assert isinstance(screen.main_list.current, Finding)


async def test_the_end_of_the_queue_points_at_the_conflicts_below(review_db, threshold):
    threshold(0.85)
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("1")  # the one conflict above the threshold: the queue ends
        await settle(app, pilot)
        below = "2 more below the threshold: B shows them"
        assert await heard(pilot, lambda m: below in m), said(app)


async def test_updates_are_listed_apart_after_the_contradictions(review_db, threshold):
    threshold(0.5)
    conn = sqlite3.connect(review_db)
    conn.execute("UPDATE conflicts SET relation = 'update' WHERE id = 'c-place'")
    conn.commit()
    conn.close()
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert _kinds(screen.main_list.rows) == [
            "conflict",
            "conflict",
            "section-updates-above",
            "conflict",
            BELOW,
        ]
        assert screen.main_list.rows[3].id == "c-place"
        heading = screen._render_row(screen.main_list.rows[2], 80).plain
        assert heading.startswith("── 1 update: figures that changed between reports")
        screen.main_list.cursor = 3
        await settle(app, pilot)
        assert "place update" in str(screen.detail.query_one("#detail-head").render())
        assert " → " in screen._render_row(screen.main_list.rows[3], 100).plain
        await pilot.press("h")  # changed over time: a verdict like any other
        await settle(app, pilot)
        assert screen.decisions.verdicts[screen.main_list.rows[3].key][0].verdict == "changed"


async def test_the_count_below_follows_a_filter(review_db, threshold):
    threshold(0.85)
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert screen.main_list.rows[-1].count == 3  # from the database
        screen.filters["conflicts"] = ListFilter(kind="place")
        screen._apply_rows()
        assert [r.id for r in screen.main_list.rows] == [BELOW]
        assert screen.main_list.rows[0].count == 1  # the filtered conflicts below


async def test_story_headers_in_each_part_keep_their_own_ids(sample_db_file, tmp_path, threshold):
    import shutil

    threshold(0.0)  # the sample: every conflict above it
    path = tmp_path / "sample.db"
    shutil.copy(sample_db_file, path)
    app = create_app(path, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        rows = app.screen.main_list.rows
        stories = [r.id for r in rows if isinstance(r, StoryRow)]
        assert len(stories) == len(set(stories)) >= 1
        assert not any(isinstance(r, SectionRow) and r.kind == "below" for r in rows)


@pytest.fixture
def review_app(review_db, tmp_path, monkeypatch, threshold):
    """The app on the review database by a relative name (a stable header), with a
    threshold that leaves three of its four conflicts below it."""
    threshold(0.85)
    monkeypatch.chdir(review_db.parent)
    return create_app(review_db.name, "alice")


async def _settled(pilot) -> None:
    await settle(pilot.app, pilot)


def test_the_row_below_the_threshold_160x45(snap_compare, review_app):
    """Shut, with the cursor on it: the list's title and the detail say what it holds."""

    async def on_the_row(pilot) -> None:
        await _settled(pilot)
        await pilot.press("end")
        await _settled(pilot)

    assert snap_compare(review_app, terminal_size=(160, 45), run_before=on_the_row)


def test_the_conflicts_below_the_threshold_opened_80x24(snap_compare, review_app):
    async def opened(pilot) -> None:
        await _settled(pilot)
        await pilot.press("B", "end")
        await _settled(pilot)

    assert snap_compare(review_app, terminal_size=(80, 24), run_before=opened)


async def test_the_filter_picks_contradictions_or_updates_and_fits_80x24(
    sample_db_file, tmp_path, threshold
):
    """As `workbench conflicts --relation`: one kind of conflict at a time."""
    import shutil

    from textual.widgets import Select

    threshold(0.0)  # the sample: every conflict above it
    path = tmp_path / "sample.db"
    shutil.copy(sample_db_file, path)
    app = create_app(path, "alice")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await pilot.press("f")
        await settle(app, pilot)
        dialog = app.screen
        relation = dialog.query_one("#filter-relation", Select)
        for widget in dialog.query("Select, Input, Button"):
            region = widget.region
            assert region.height and region.bottom <= 24 and region.right <= 80, widget
        relation.value = "update"
        dialog.action_apply()
        await settle(app, pilot)
        found = [r for r in screen.main_list.rows if isinstance(r, Finding)]
        assert found and all(r.relation == "update" for r in found)
        assert "updates" in str(screen.main_list.border_title)
        assert isinstance(screen.main_list.rows[0], SectionRow)  # the list opens on a heading,
        assert screen.main_list.current is found[0]  # the cursor on the first update
        screen.filters["conflicts"] = ListFilter(relation="contradiction")
        screen._apply_rows()
        found = [r for r in screen.main_list.rows if isinstance(r, Finding)]
        assert len(found) == 2 and all(r.relation == "contradiction" for r in found)
        assert not any(isinstance(r, SectionRow) for r in screen.main_list.rows)


@pytest.fixture
def two_stories_app(review_db, monkeypatch, threshold):
    """The review database in two stories: "detentions" with both conflicts above a
    threshold of 0.6, "opinion" with its two only below it (one with a claim left, one
    whose claims a re-analysis removed)."""
    threshold(0.6)
    conn = sqlite3.connect(review_db)
    with conn:
        conn.execute(
            "INSERT INTO stories (id, title, thread_id, created_at) VALUES "
            "(1, 'detentions · Northtown', 1, '2020-01-01'), "
            "(2, 'opinion · Gazette', 2, '2020-01-01')"
        )
        conn.execute(
            "INSERT INTO source_stories (source_id, story_id, how) VALUES "
            "(1, 1, 'text'), (2, 1, 'text'), (3, 1, 'copy'), (4, 2, 'text')"
        )
        conn.execute("UPDATE conflicts SET story_id = 1 WHERE id IN ('c-count', 'c-place')")
        conn.execute("UPDATE conflicts SET story_id = 2 WHERE id IN ('c-gone', 'c-empty')")
    conn.close()
    monkeypatch.chdir(review_db.parent)
    return create_app(review_db.name, "alice")


async def test_a_story_with_conflicts_only_below_is_headed_only_below(two_stories_app):
    app = two_stories_app
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert [r.id for r in screen.main_list.rows] == [
            "story-1",
            "c-count",
            "c-place",
            BELOW,
        ]
        await pilot.press("B")
        await settle(app, pilot)
        rows = screen.main_list.rows
        assert [r.id for r in rows[3:]] == [BELOW, "story-2-below", "c-gone", "c-empty"]
        heading = screen._render_row(rows[4], 60).plain
        assert "below in opinion · Gazette" in heading
        assert screen._render_row(rows[-1], 29).plain.endswith("…")  # clipped, and says so


def test_a_story_only_below_the_threshold_opened_160x45(snap_compare, two_stories_app):
    """The row that counts them opened: the story with nothing above the threshold gets a
    heading of its own below it ("below in ..."), the cursor on its conflict."""

    async def opened(pilot) -> None:
        await _settled(pilot)
        await pilot.press("B", "end", "up")
        await _settled(pilot)

    assert snap_compare(two_stories_app, terminal_size=(160, 45), run_before=opened)


def test_a_story_only_below_the_threshold_opened_80x24(snap_compare, two_stories_app):
    async def opened(pilot) -> None:
        await _settled(pilot)
        await pilot.press("B", "end", "up")
        await _settled(pilot)

    assert snap_compare(two_stories_app, terminal_size=(80, 24), run_before=opened)


async def test_a_threshold_of_three_decimals_is_shown_whole(review_db, threshold):
    """The packaged model's 0.075 was shown "score < 0.07" (and "below 0.07"): a
    conflict scoring 0.072 read as at the threshold, yet listed below it."""
    threshold(0.075)
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        with sqlite3.connect(review_db) as db:
            db.execute("UPDATE conflicts SET score = 0.072 WHERE id = 'c-empty'")
        await pilot.press("r")
        await settle(app, pilot)
        below = screen.main_list.rows[-1]
        assert isinstance(below, SectionRow) and below.count == 1
        assert "(score < 0.075)" in screen._render_row(below, 80).plain
        assert screen._render_row(below, 30).plain == "▸ 1 more below 0.075 · B: show"
        assert "1 below 0.075" in str(screen.main_list.border_title)
