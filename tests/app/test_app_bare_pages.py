"""A page with no article text (site furniture only, its article lost by the scraper) says
so wherever the app lists or shows sources: the pane's title, the source picker, the
stories dialog. Which pages are bare is the core's (tested in test_stories_bare_pages)."""

from __future__ import annotations

import shutil

from conftest import settle
from screen_text import screen_text

from workbench.app import create_app
from workbench.app.screens import loading
from workbench.app.screens.sources import PickSourceDialog
from workbench.app.screens.stories import StoriesScreen
from workbench.ingest.page_form import FURNITURE_ONLY, NOT_ENGLISH

SIZE = (160, 45)


def _app_marking(sample_db_file, tmp_path, monkeypatch):
    """The app on a copy of the sample, and the set of sources it takes as bare pages."""
    shutil.copy(sample_db_file, tmp_path / "sample.db")
    monkeypatch.chdir(tmp_path)
    marked: set[int] = set()
    monkeypatch.setattr(
        loading, "no_article_marks", lambda store: (dict.fromkeys(marked, FURNITURE_ONLY), None)
    )
    return create_app("sample.db", "alice"), marked


async def test_a_page_without_article_text_says_so_in_pane_picker_and_stories(
    sample_db_file, tmp_path, monkeypatch
):
    app, marked = _app_marking(sample_db_file, tmp_path, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        pane = screen.panes[0]
        assert "NO ARTICLE TEXT" not in str(pane.border_title)
        marked.add(pane.article.info.id)
        screen.load_later()
        await settle(app, pilot)
        assert "NO ARTICLE TEXT · " in str(pane.border_title)

        await pilot.press("s")
        await settle(app, pilot)
        assert isinstance(app.screen, PickSourceDialog)
        rows = [line for line in screen_text(app).splitlines() if "no article text" in line]
        assert len(rows) == 1 and pane.article.info.label[:20] in rows[0]
        row = app.screen._row(screen.sources[pane.article.info.id], 60).plain
        assert row.endswith(" · no article text") and len(row) <= 60  # the title gives way
        await pilot.press("escape")
        await settle(app, pilot)

        await pilot.press("t")
        await settle(app, pilot)
        assert isinstance(app.screen, StoriesScreen)  # at the conflict's story, opened
        listing = app.screen.query_one("#stories-list")
        flagged = [r for r in listing.rows if getattr(r, "source_id", None) in marked]
        assert flagged and "no article text" in screen_text(app)


async def test_a_page_in_another_language_says_not_english(sample_db_file, tmp_path, monkeypatch):
    """A short page in another language was called "no article text" as a sign-up box is
    (walk38): a user who gave a Spanish article read the tool as wrong about their file."""
    shutil.copy(sample_db_file, tmp_path / "sample.db")
    monkeypatch.chdir(tmp_path)
    marked: dict[int, str] = {}
    monkeypatch.setattr(loading, "no_article_marks", lambda store: (marked, None))
    app = create_app("sample.db", "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        pane = screen.panes[0]
        marked[pane.article.info.id] = NOT_ENGLISH
        screen.load_later()
        await settle(app, pilot)
        assert "NOT ENGLISH · " in str(pane.border_title)
        assert "NO ARTICLE TEXT" not in str(pane.border_title)
        await pilot.press("s")
        await settle(app, pilot)
        row = app.screen._row(screen.sources[pane.article.info.id], 70).plain
        assert row.endswith(" · not English"), row


def test_at_80_columns_a_page_without_article_text_keeps_its_headline_in_the_stories():
    """Walk of gva records 2401-2700 at 80x24: "fresnobee.com · …  2016-10-01 · source 3 ·
    no article text": the headline, all such a page tells, was cut to nothing."""
    from workbench.app.story_rows import fitted_label

    label = "www.fresnobee.example · Shooting in central Fresno lands four men in hospital"
    fitted = fitted_label(label, 28)
    assert len(fitted) == 28 and fitted.count(" · ") == 1
    assert fitted.split(" · ")[1].startswith("Shooting in")
    assert fitted_label("cbs.example · Man held", 28) == "cbs.example · Man held"
    assert fitted_label("a headline alone, with no outlet before it at all", 20).endswith("…")


async def test_the_stories_dialog_row_of_a_bare_page_at_80_columns(
    sample_db_file, tmp_path, monkeypatch
):
    app, marked = _app_marking(sample_db_file, tmp_path, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        marked.add(app.screen.panes[0].article.info.id)
        app.screen.load_later()
        await settle(app, pilot)
        await pilot.press("t")
        await settle(app, pilot)
        assert isinstance(app.screen, StoriesScreen)
        listing = app.screen.query_one("#stories-list")
        row = next(r for r in listing.rows if getattr(r, "source_id", None) in marked)
        shown = app.screen._row(row, listing.size.width).plain
        assert len(shown) <= listing.size.width
        headline = row.label.split(" · ")[-1]
        assert headline[:10] in shown and shown.endswith(" · no text")


def test_a_picker_row_of_a_bare_copy_keeps_its_marks_whole_at_80_columns():
    """Walk of gva records 1-200: at 80x24 the source picker showed "· 3 claims · copy · no
    article tex": the title's floor of 8 cells pushed the row past its width. Now the name
    gives way first, and the row fits from a dialog's width at 80 columns up."""
    from workbench.app.data import SourceInfo
    from workbench.app.screens.sources import PickSourceDialog

    title = "Police: man killed in southwest Atlanta shooting"
    page = SourceInfo(
        6, "feed.jsonl#187", "www.ajc.com", "2014-10-14", title, 5, None, 3, None, True
    )
    dialog = PickSourceDialog({6: page}, 0)
    for width in range(66, 101):
        row = dialog._row(page, width).plain
        assert len(row) <= width and row.endswith("· 3 claims · copy · no article text"), width
    assert "Police" in dialog._row(page, 71).plain
