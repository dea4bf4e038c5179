"""An update that follows a figure from one story into a later story of its thread (the
sample's countries: the January report, then April's) is headed by both stories; its
heading named the earlier story only (walk34's leftover), as if April's report were in it."""

from __future__ import annotations

from conftest import settle
from rich.style import Style

from workbench.app.data import Decisions, Finding, StoryInfo, StoryRow
from workbench.app.queue import group_by_story
from workbench.app.story_rows import story_row, thread_title

JANUARY = StoryInfo(1, "uprising · Caracas · 2019-01-21", "2019-01-21", "2019-01-22", 4)
APRIL = StoryInfo(2, "uprising · Caracas · 2019-04-30", "2019-04-30", "2019-04-30", 1)
ARREST = StoryInfo(3, "arrest · Caracas · 2019-05-02", "2019-05-02", "2019-05-02", 1)


def _style(_name: str) -> Style:
    return Style()


def _update(fid: str, story_ids: list[int]) -> Finding:
    return Finding(
        fid,
        "conflict",
        "quantity",
        0.9,
        "",
        False,
        [],
        story_id=1,
        story_ids=story_ids,
        relation="update",
    )


def test_an_update_across_the_thread_has_a_heading_of_its_own_naming_both_stories():
    stories = {s.id: s for s in (JANUARY, APRIL)}
    rows = group_by_story([_update("a", [1]), _update("b", [2, 1])], stories, set(), "updates")
    headings = [r for r in rows if isinstance(r, StoryRow)]
    assert [[s.id for s in h.named] for h in headings] == [[1], [1, 2]]
    assert len({h.id for h in headings}) == 2  # each opens and shuts on its own
    said = story_row(headings[1], Decisions(), _style, 80).plain
    assert said.endswith("update in uprising · Caracas · 2019-01-21 → 2019-04-30"), said
    alone = story_row(headings[0], Decisions(), _style, 80).plain
    assert "→" not in alone and "2019-04-30" not in alone


def test_a_later_story_with_another_title_is_named_whole_and_both_fit_a_narrow_list():
    assert thread_title([JANUARY, ARREST], 80) == (
        "uprising · Caracas · 2019-01-21 → arrest · Caracas · 2019-05-02"
    )
    narrow = thread_title([JANUARY, ARREST], 30)
    assert len(narrow) == 30 and " → arrest" in narrow, narrow
    # the earlier story first, whichever has the lower number
    assert thread_title([APRIL, JANUARY][::-1], 80).startswith("uprising · Caracas · 2019-01")


def test_a_story_outside_the_list_is_not_named():
    """The first page of a large database holds only the stories it shows."""
    rows = group_by_story([_update("b", [2, 1])], {1: JANUARY}, set(), "updates")
    assert [[s.id for s in r.named] for r in rows if isinstance(r, StoryRow)] == [[1]]


def test_a_conflict_whose_articles_all_left_its_story_names_no_other():
    """A reviewer's move before the next analysis: the conflict still says story 1."""
    stories = {s.id: s for s in (JANUARY, APRIL)}
    rows = group_by_story([_update("b", [2])], stories, set(), "updates")
    assert [[s.id for s in r.named] for r in rows if isinstance(r, StoryRow)] == [[1]]


async def test_in_the_app_the_samples_update_is_headed_by_january_and_april(sample_app):
    async with sample_app.run_test(size=(160, 45)) as pilot:
        await settle(sample_app, pilot)
        screen = sample_app.screen
        rows = [r for r in screen.main_list.rows if isinstance(r, StoryRow)]
        lines = [screen._render_row(r, 70).plain for r in rows]
        assert any(
            line.endswith("update in uprising · Caracas · 2019-01-21 → 2019-04-30")
            for line in lines
        ), lines
