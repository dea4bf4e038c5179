"""What a new user met walking the app in tmux at 160x45, 120x30 and 80x24, fixed.

Each test names what was seen: a story's date printed twice and its title pushed off a
narrow list, a header whose database path hid the progress, wrapped detail lines that ran
back under their labels, "over 60" shown as "61 country (over)", a help screen whose key
column took half its width and listed "side N is right" seven times.
"""

from __future__ import annotations

import shutil

from conftest import settle
from notices import heard, said
from rich.console import Console
from rich.style import Style
from rich.text import Text
from screen_text import screen_text

from workbench.app import create_app
from workbench.app.data import Decisions, StoryInfo, StoryRow
from workbench.app.screens.help import key_table
from workbench.app.story_rows import story_choice, story_row
from workbench.app.values import format_value
from workbench.app.widgets.scrolling import TextView, wrap_hanging
from workbench.app.widgets.status_line import short_path


def _style(_name: str) -> Style:
    return Style()


def _row(title: str, first: str | None, last: str | None, width: int) -> str:
    story = StoryInfo(1, title, first, last, 4)
    return story_row(StoryRow(story, []), Decisions(), _style, width).plain


def test_a_story_heading_gives_its_date_once_and_its_title_first():
    row = _row("uprising · Caracas · 2019-01-21", "2019-01-21", "2019-01-21", 60)
    assert row.count("2019-01-21") == 1 and "uprising" in row
    later = _row("uprising · Caracas · 2019-01-21", "2019-01-21", "2019-04-30", 70)
    assert later.endswith("until 2019-04-30")
    renamed = _row("Caracas mutiny", "2019-01-21", "2019-04-30", 70)
    assert renamed.endswith("Caracas mutiny · 2019-01-21 – 2019-04-30")


def test_a_story_heading_keeps_its_title_in_a_narrow_list():
    """At 80x24 the list is 29 cells wide: the dates took all of it before."""
    row = _row("Caracas mutiny, 21 Jan", "2019-01-21", "2019-04-30", 27)
    assert "Caracas mutiny" in row and "2019" not in row


def test_the_story_picker_gives_a_date_its_title_lacks():
    same = StoryInfo(1, "shooting · Dayton · 2019-01-21", "2019-01-21", "2019-01-21", 2)
    assert story_choice(same).plain == "shooting · Dayton · 2019-01-21"
    renamed = StoryInfo(2, "Dayton", "2019-01-21", None, 1)
    assert story_choice(renamed).plain == "2019-01-21 · Dayton"


def test_an_open_ended_count_reads_as_a_bound():
    over = {"low": 61, "high": None, "counted": "country", "hedge": "over"}
    assert format_value("quantity", over) == "≥ 61 countries (over)"


def test_the_database_path_gives_way_by_whole_folders():
    path = "/srv/desk/cases/2019/venezuela/story.db"
    assert short_path(path, 80) == path
    assert short_path(path, 22) == "…/venezuela/story.db"
    assert short_path(path, 5) == "story.db"  # never less than the file's name


def test_a_wrapped_detail_line_stays_right_of_its_label():
    body = Text("sentence On Monday, 27 people were detained after security forces came.\n")
    lines = [line.plain for line in wrap_hanging(body, Console(), 30, 9)]
    assert lines[0].startswith("sentence On Monday")
    assert all(line.startswith(" " * 9) for line in lines[1:] if line.strip())
    assert " ".join(" ".join(lines).split()) == " ".join(body.plain.split())


def test_the_help_lists_keys_in_a_narrow_column_and_digit_runs_once():
    from workbench.app.keys import MAIN_BINDINGS

    console = Console(width=100, record=True)
    console.print(key_table([("Reviewing (every verdict)", MAIN_BINDINGS)]))
    text = console.export_text()
    run = next(line for line in text.splitlines() if line.startswith("3 … 9"))
    assert "side N" in run and "side 5" not in text
    what_at = text.splitlines()[1].index("Verdict")
    assert what_at < 20  # the key column is as wide as its keys, not half the screen


async def test_at_80x24_the_header_keeps_the_progress(sample_db_file, tmp_path):
    deep = tmp_path / "a-long-folder-name" / "another-long-folder" / "cases"
    deep.mkdir(parents=True)
    shutil.copy(sample_db_file, deep / "story.db")
    app = create_app(deep / "story.db", "alice")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        header = screen_text(app).splitlines()[0]
        assert "story.db" in header and "conflicts done" in header


async def test_the_detail_indents_its_wrapped_lines(sample_app):
    async with sample_app.run_test(size=(120, 30)) as pilot:
        await settle(sample_app, pilot)
        body = sample_app.screen.query_one("#detail-body", TextView)
        lines = [strip.text for strip in body._strips]
        at = next(i for i, line in enumerate(lines) if line.startswith("sentence "))
        assert lines[at + 1].startswith(" " * 9) and lines[at + 1].strip()


async def _stories_lines(app, pilot) -> list[str]:
    await settle(app, pilot)
    await pilot.press("t")  # opens at the first conflict's story, its articles shown
    await settle(app, pilot)
    return [" ".join(line.split()) for line in screen_text(app).splitlines()]


async def test_the_stories_dialog_names_ids_counts_and_outlets(sample_app):
    """With 150 stories the figures stood wherever each title ended, every story said
    "thread N" (a thread of one), none gave the id `workbench stories merge` takes, and an
    article went by its scraped headline alone."""
    async with sample_app.run_test(size=(160, 45)) as pilot:
        lines = await _stories_lines(sample_app, pilot)
        assert any("Stories · 2 (earliest first)" in line for line in lines)
        story = next(line for line in lines if "#1 " in line)
        assert "2019-01-21 · thread 1 (2 stories)" in story
        assert "4 articles · 3 open, 0 decided" in story
        assert any("#2 " in line and "1 article · no conflicts" in line for line in lines)
        assert any("• The Telegraph" in line for line in lines)


async def test_the_stories_dialog_keeps_titles_at_80x24(sample_app):
    async with sample_app.run_test(size=(80, 24)) as pilot:
        lines = await _stories_lines(sample_app, pilot)
        story = next(line for line in lines if "#1 " in line)
        assert "uprising · Caracas · 2019-01-21" in story and "4 articles · 3 open" in story


def test_a_count_in_a_role_is_one_side_per_figure():
    """A real update read "No arrests → Coachella teen → A 16-year-old boy → he": four
    sides, keys 1 to 4, for two figures (0 and 1 arrested)."""
    from workbench.app.data import ClaimRef, Finding, SourceInfo
    from workbench.app.format import finding_sides

    def count(cid, source, text, low, counted):
        value = {"low": low, "high": low, "counted": counted}
        return ClaimRef(cid, source, "quantity", text, value)

    claims = [
        count("a", 1, "No arrests", 0, None),
        count("b", 2, "Coachella teen", 1, "teen"),
        count("c", 2, "A 16-year-old boy", 1, "boy"),
        count("d", 2, "he", 1, None),
    ]
    finding = Finding("u", "conflict", "quantity", 0.8, "", False, [], claims)
    finding.relation, finding.role = "update", "arrested"
    sources = {
        n: SourceInfo(n, f"{n}.txt", f"outlet {n}", None, None, None, None, 1) for n in (1, 2)
    }
    sides = finding_sides(finding, sources)
    assert [s.written for s in sides] == ["No arrests", "Coachella teen"]
    assert [len(s.claims) for s in sides] == [1, 3]


async def test_a_search_result_shows_the_words_it_was_found_by(sample_app):
    """At 80x24 a result whose match lay past the cut read "RT: The first group then
    forces the soldiers to disembark from their ve…", without the word searched for."""
    async with sample_app.run_test(size=(80, 24)) as pilot:
        await settle(sample_app, pilot)
        await pilot.press("slash", *"detained")
        await settle(sample_app, pilot)
        dialog = sample_app.screen
        rows = dialog.query_one("#search-results").rows
        assert len(rows) >= 5
        for sentence in rows:  # each result as the 74-cell list draws it
            assert "detain" in dialog._row(sentence, 74).plain.casefold()


async def test_at_80x24_the_list_title_counts_those_below_in_its_room(review_db, monkeypatch):
    """ "Conflicts 4 · 8 below 0.…" was cut in the 29-cell list at 80x24."""
    from workbench.app import data

    monkeypatch.setattr(data, "default_threshold", lambda: 0.85)
    app = create_app(review_db, "alice")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        title = str(app.screen.main_list.border_title)
        assert title == "Conflicts 1 +3 below"


async def test_an_empty_pane_says_its_whole_message_when_narrow(sample_app):
    """At 120x30 the claim list's second pane read "(not part of this selection:" and
    stopped: the key that fills it was cut off."""
    async with sample_app.run_test(size=(120, 30)) as pilot:
        await settle(sample_app, pilot)
        await pilot.press("c")
        await settle(sample_app, pilot)
        assert "press s to choose" in screen_text(sample_app)  # on a line of its own


def test_the_pictures_count_in_words_that_agree_with_the_number():
    from types import SimpleNamespace

    from workbench.app.screens.pictures import PicturesScreen

    scope = SimpleNamespace(
        title="shooting · Fort Hood", sources=[1, 2], conflicts=[1], corroborations=[], statuses={}
    )
    line = PicturesScreen._scope_line(scope).plain
    assert line.endswith("2 articles · 1 conflict · 0 agreements · 0 claims decided")
    # On a narrow screen the counts break between counts, never inside one.
    narrow = PicturesScreen._scope_line(scope, 60).plain
    assert narrow.splitlines()[-1] == "0 claims decided"


async def test_the_export_says_which_folder_it_wrote_in(review_db, tmp_path, monkeypatch):
    """ "Exported 0 records to review-log.jsonl": in the folder the app was started from,
    which nothing on screen shows."""
    monkeypatch.chdir(tmp_path)
    app = create_app(review_db, "alice")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("x")
        await settle(app, pilot)
        assert "a name without a folder goes in" in screen_text(app)
        await pilot.press("enter")
        await settle(app, pilot)
        written = str(tmp_path.resolve() / "review-log.jsonl")
        assert await heard(pilot, lambda m: m.endswith(written)), said(app)


async def test_the_stories_dialog_finds_stories_by_words(sample_app):
    """Merging two of 150 stories meant scrolling between them; `/` narrows the list."""
    async with sample_app.run_test(size=(120, 30)) as pilot:
        await settle(sample_app, pilot)
        await pilot.press("t")
        await settle(sample_app, pilot)
        await pilot.press("slash", *"telegraph", "enter")
        await settle(sample_app, pilot)
        screen = sample_app.screen
        stories = [r for r in screen.query_one("#stories-list").rows if hasattr(r, "title")]
        assert [s.id for s in stories] == [1]
        assert "1 of 2 with “telegraph”" in screen_text(sample_app)
        await pilot.press("slash", "ctrl+u", "enter")  # empty: every story again
        await settle(sample_app, pilot)
        assert len([r for r in screen.query_one("#stories-list").rows if hasattr(r, "title")]) == 2


async def test_a_story_heading_says_what_it_counts(sample_app):
    """The sample's story heads its contradictions (0/2) and again its update (0/1) while
    the header said "this story 0/3": each heading now says which it holds."""
    async with sample_app.run_test(size=(160, 45)) as pilot:
        await settle(sample_app, pilot)
        screen = sample_app.screen
        heads = [i for i, r in enumerate(screen.main_list.rows) if type(r).__name__ == "StoryRow"]
        said = []
        for index in heads:
            screen.main_list.cursor = index
            await settle(sample_app, pilot)
            said.append(screen.detail.query_one("#detail-body").render().plain)
        assert said[0].startswith("2 contradictions under this heading, done 0/2")
        assert said[1].startswith("1 update under this heading, done 0/1")
