"""The search (`/`) on real scraped pages (walk35, 1,000 articles): a page that keeps one
sentence two or three times (a summary box, a caption) gave as many results reading the
same, and two articles of one outlet could not be told apart; now a sentence is one result
per article, and a wide row gives each article's date."""

from __future__ import annotations

from app_builders import Doc, add_doc
from conftest import settle

from workbench.app import create_app, data
from workbench.app.screens.search import SearchDialog
from workbench.store import Store

RULED = "Police ruled the deaths a murder-suicide."
PAGE = f"Two found dead in a home.\n\n{RULED}\n\nNeighbours heard a shot.\n\n{RULED}"


def _build(path) -> None:
    with Store(path) as store, store.transaction():
        add_doc(store, Doc("a.txt", PAGE, outlet="Gazette", published="2017-01-10"))
        add_doc(store, Doc("b.txt", f"{RULED} A vigil was held.", "Gazette", "2017-01-12"))


def test_a_sentence_a_page_repeats_is_one_result_and_each_article_keeps_its_own(tmp_path):
    path = tmp_path / "search.db"
    _build(path)
    with Store(path) as store:
        assert len(store.search_sentences("murder-suicide")) == 3
        found = data.search(store, "murder-suicide")
    assert sorted(s.source_id for s in found) == [1, 2]


async def test_two_articles_of_one_outlet_read_apart_by_their_dates(tmp_path):
    path = tmp_path / "search.db"
    _build(path)
    app = create_app(path, "ann")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"suicide")
        await settle(app, pilot)
        assert isinstance(app.screen, SearchDialog)
        results = app.screen.query_one("#search-results")
        lines = [app.screen._row(row, 100).plain for row in results.rows]
        assert sorted(line.split(":")[0] for line in lines) == [
            "Gazette 2017-01-10",
            "Gazette 2017-01-12",
        ], lines
        narrow = app.screen._row(results.rows[0], 60).plain
        assert narrow.startswith("Gazette: ")  # no room: the sentence keeps it
