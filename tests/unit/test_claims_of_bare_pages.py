"""A page marked "no article text" (its article lost, only site furniture kept) gives the
claims of its headline alone: its body is other stories' headlines and boxes, so it never
enters a conflict or a corroboration. Invented articles only."""

from __future__ import annotations

import json

from click.testing import CliRunner

from workbench.cli import cli
from workbench.ingest import Input, ingest_inputs
from workbench.pipeline import headline_claims_only
from workbench.store import Store
from workbench.stories import no_article_text

REPORT = (
    "Four people were killed in a shooting at a warehouse in Millbrook on Saturday night, "
    "police said. Officers found the victims inside the building shortly after 11 p.m.\n\n"
    "Police Chief Dana Ortiz said four people were killed and that detectives were still "
    "searching for the gunman. The names of the victims have not been released."
)
PLAYLIST = (
    "1:19 Two people killed in Millbrook warehouse shooting, police say\n\n"
    "2:51 Council votes to shut Hollin Lane library\n\n"
    "0:50 Who won the county spelling bee?"
)
TITLE = "Four killed in Millbrook warehouse shooting"
VIDEO_TITLE = "Police name the Millbrook warehouse shooting victims"  # no count of its own

# A site's box that names another story's count: furniture once enough pages hold it.
BOX = (
    "Most read today: seven people were hurt when a bus left the road near Tarn Cross on "
    "Monday morning.\n\n"
    "Sign up for the daily newsletter to get the stories everyone is reading sent to your "
    "inbox before breakfast."
)


def _page(name: str, text: str, title: str, published: str = "2024-03-10") -> Input:
    return Input(name=name, data=text.encode(), meta={"published": published, "title": title})


def _box_pages() -> list[Input]:
    """`furniture_min` pages of one site, each its own headline and the site's box, months
    apart (as a site's pages are): the box is furniture once the last is in."""
    from workbench.stories.settings import default

    titles = [f"Ferry to Skerra suspended on day {n}" for n in range(default().furniture_min)]
    return [
        _page(f"{n}.txt", f"{t}\n\n{BOX}", t, f"2024-{n + 1:02d}-10") for n, t in enumerate(titles)
    ]


def _body_claims(store: Store, source_id: int) -> list:
    return [c for c in store.claims(source_id=source_id) if not c.headline]


def test_a_playlist_page_keeps_its_headline_claims_and_none_of_its_body(tmp_path):
    with Store(tmp_path / "p.db") as store:
        ingest_inputs(store, [_page("r.txt", REPORT, TITLE), _page("p.txt", PLAYLIST, TITLE)])
        report, playlist = [s.id for s in store.sources()]
        assert no_article_text(store) == {playlist}
        assert _body_claims(store, playlist) == []
        kept = [(c.role, c.value["low"]) for c in store.claims(source_id=playlist)]
        assert kept == [("killed", 4)]
        assert _body_claims(store, report)  # a page with its article keeps its body
        assert headline_claims_only(store) == []  # nothing left to take


def test_a_page_found_furniture_later_loses_its_body_claims_then(tmp_path):
    """The counts mark a site's furniture only once `furniture_min` pages hold it: the
    first page's body claims stand until then, and go when the last page arrives."""
    pages = _box_pages()
    with Store(tmp_path / "b.db") as store:
        ingest_inputs(store, pages[:-1])
        first = store.sources()[0].id
        assert no_article_text(store) == set()
        assert _body_claims(store, first)
        ingest_inputs(store, pages[-1:])
        assert first in no_article_text(store)
        assert _body_claims(store, first) == []


def test_conflicts_list_nothing_from_a_furniture_body(tmp_path):
    rows = [
        {"outlet": "ledger.example", "published": "2024-03-10", "title": TITLE, "text": REPORT},
        {"outlet": "video.example", "published": "2024-03-10", "title": VIDEO_TITLE}
        | {"text": PLAYLIST},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = str(tmp_path / "e2e.db")
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", "-q", "--db", db, str(feed)])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(cli, ["conflicts", "--db", db, "--json"], catch_exceptions=False)
    assert json.loads(listed.stdout) == []
    with Store(tmp_path / "e2e.db") as store:
        stories = {story for story, _thread in store.story_map().values()}
    assert len(stories) == 1  # one story: the two were compared


def test_one_article_in_reads_only_its_own_text_for_the_mark_unless_it_makes_furniture(
    tmp_path, monkeypatch
):
    """Incremental: a new article that brings no paragraph to `furniture_min` pages can mark
    no stored page, so only its own text is judged; the one that does reads every page."""
    pages = _box_pages()
    read_all: list[int] = []
    every = Store.source_texts

    def counted(self, *args, **kwargs):
        read_all.append(1)
        return every(self, *args, **kwargs)

    monkeypatch.setattr(Store, "source_texts", counted)
    with Store(tmp_path / "i.db") as store:
        ingest_inputs(store, pages[:-2])
        read_all.clear()
        ingest_inputs(store, [_page("r.txt", REPORT, TITLE)])  # nothing of the box
        assert read_all == []
        ingest_inputs(store, pages[-2:-1])  # the box in one page fewer than the mark needs
        assert read_all == []
        ingest_inputs(store, pages[-1:])  # the box reaches `furniture_min` pages
        assert read_all
        assert store.sources()[0].id in no_article_text(store)


def test_a_paywall_counter_page_keeps_its_headline_claims_only(tmp_path):
    counter = _page("meter.txt", "3 of 3 Premium Stories read this month", TITLE)
    with Store(tmp_path / "m.db") as store:
        ingest_inputs(store, [counter, _page("r.txt", REPORT, TITLE)])
        meter = store.sources()[0].id
        assert no_article_text(store) == {meter}
        assert store.claims(source_id=meter)  # the headline's
        assert _body_claims(store, meter) == []


def test_a_stripped_page_s_story_is_titled_from_the_claims_it_keeps(tmp_path):
    """Grouping titles a story before the page's body claims are dropped: the title is
    made again from those kept, as a new titles version alone would make it."""
    from workbench.stories import default, title_of
    from workbench.stories.title_towns import town_names

    playlist = "1:19 Man hurt in Dorsey shooting, police say\n\n0:50 Who won the spelling bee?"
    with Store(tmp_path / "t.db") as store:
        ingest_inputs(store, [_page("p.txt", playlist, "Police name the warehouse victims")])
        (page,) = [s.id for s in store.sources()]
        assert no_article_text(store) == {page}
        (story,) = store.stories()
        towns = town_names(store.place_names())
        assert "Dorsey" not in story.title
        assert story.title == title_of(store, story.id, default(), towns)
