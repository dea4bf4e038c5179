"""Pages that are nothing but site furniture (the scraper lost their article) repeat each
other word for word; they are no copies of one another once their text is known to be
furniture, and a real copy stays one."""

from __future__ import annotations

from workbench.ingest import Input, ingest_inputs
from workbench.store import Store
from workbench.stories import group

SIGN_UP = (
    "The {} reader club sends its members a digest of the week's local stories.\n\n"
    "Membership of the club costs nothing, and members may leave it at any time from the "
    "account page, which also keeps the list of stories each member has saved.\n\n"
    "The digest arrives each Friday morning with the most read stories, the letters page "
    "and the photographs that readers sent in during the week."
)
"""A site's box in the third person: known only by its repeats (a box that talks to the
reader is known by its form: `ingest.reader_notice`)."""

HEADLINES = [
    "Flooding forces 300 from homes in Marlow Vale",
    "Fire at Dunmore Textile Works kills two",
    "Bridge closed after lorry strikes Tarn Cross span",
    "Council votes to shut Hollin Lane library",
    "Ferry service to Skerra suspended in gales",
    "Bakery on Quay Row wins county prize",
]

REPORT = (
    "Engineers from the county roads department closed the old stone bridge at Tarn Cross "
    "on Tuesday after a lorry carrying gravel struck its northern parapet at dawn.\n\n"
    "The driver, who was not hurt, told officers that his brakes had failed on the steep "
    "descent from the quarry road and that he steered for the parapet to avoid a bus.\n\n"
    "Diversions through Hollin Lane will add twenty minutes to journeys until the masonry "
    "has been surveyed, the department said in a statement issued on Tuesday evening."
)


TOWNS = ["Marlow", "Dunmore", "Tarn", "Hollin", "Skerra", "Quay", "Kelso"]


def _page(n: int, headline: str, text: str) -> Input:
    text = text.format(f"{TOWNS[n % len(TOWNS)]} Courier")  # names differ, as a site's do
    return Input(
        name=f"{n}.txt",
        data=text.encode(),
        meta={"published": f"2023-{1 + n:02d}-10", "title": headline},  # months apart
    )


def test_pages_of_furniture_alone_are_no_copies_but_a_real_copy_stays_one(tmp_path):
    pages = [_page(n, h, SIGN_UP) for n, h in enumerate(HEADLINES)]
    pages += [_page(7, "Lorry strikes Tarn Cross bridge", REPORT)]
    pages += [_page(8, "Tarn Cross bridge shut after lorry crash", REPORT.replace("dawn", "6am"))]
    with Store(tmp_path / "bare.db") as store:
        ingest_inputs(store, pages, analyze=False)
        before = {s.id: s.copy_of for s in store.sources()}
        group(store)
        after = {s.id: s.copy_of for s in store.sources()}
        stories = store.story_map()
    ids = sorted(after)
    assert sum(before[i] is not None for i in ids[:6]) == 5  # ingest pairs them first
    assert all(after[i] is None for i in ids[:6])
    assert after[ids[7]] == ids[6]
    assert len({stories[i][0] for i in ids[:6]}) == 6  # each its own headline's story


def test_furniture_shared_by_too_few_pages_is_not_known_yet(tmp_path):
    pages = [_page(n, h, SIGN_UP) for n, h in enumerate(HEADLINES[:3])]
    with Store(tmp_path / "few.db") as store:
        ingest_inputs(store, pages, analyze=False)
        group(store)
        copies = [s.copy_of for s in store.sources()]
        ingest_inputs(store, [_page(n, h, SIGN_UP) for n, h in enumerate(HEADLINES[3:], 3)])
        group(store)
        later = [s.copy_of for s in store.sources()]
        how = [r[0] for r in store.db.execute("SELECT how FROM source_stories")]
    assert sum(c is not None for c in copies) == 2
    assert later == [None] * 6
    assert len(how) == 6 and "copy" not in how  # none stays in a story it joined as a copy


def test_a_wire_report_reprinted_by_many_outlets_within_days_stays_their_copy(tmp_path):
    reprints = [
        Input(
            name=f"wire{n}.txt",
            data=REPORT.replace("Tarn Cross", TOWNS[n]).encode(),  # each outlet's edit
            meta={"published": f"2023-06-{10 + n % 2:02d}", "title": headline},
        )
        for n, headline in enumerate(HEADLINES)
    ]
    with Store(tmp_path / "wire.db") as store:
        ingest_inputs(store, reprints, analyze=False)
        group(store)
        marks = [s.copy_of for s in store.sources()]
    assert marks[0] is None and None not in marks[1:]


def test_an_ingest_finds_again_where_a_copy_mark_was_cleared(tmp_path, monkeypatch):
    import workbench.pipeline as pipeline

    real = pipeline.find
    scopes: list[set[int] | None] = []

    def find(store, source_ids=None, progress=pipeline.silent):
        scopes.append(None if source_ids is None else set(source_ids))
        return real(store, source_ids, progress)

    with Store(tmp_path / "later.db") as store:
        ingest_inputs(store, [_page(n, h, SIGN_UP) for n, h in enumerate(HEADLINES[:3])])
        first = {s.id: s.copy_of for s in store.sources()}
        monkeypatch.setattr(pipeline, "find", find)
        ingest_inputs(store, [_page(n, h, SIGN_UP) for n, h in enumerate(HEADLINES[3:], 3)])
    cleared = {i for i, c in first.items() if c is not None}
    originals = {c for c in first.values() if c is not None}
    assert cleared and scopes and scopes[-1] is not None
    assert cleared | originals <= scopes[-1]


def _bare_pages_db(path):
    """Six sign-up pages months apart, a report and its reprint: the pages alone are bare."""
    pages = [_page(n, h, SIGN_UP) for n, h in enumerate(HEADLINES)]
    pages += [_page(7, "Lorry strikes Tarn Cross bridge", REPORT)]
    pages += [_page(8, "Tarn Cross bridge shut after lorry crash", REPORT.replace("dawn", "6am"))]
    with Store(path) as store:
        ingest_inputs(store, pages, analyze=False)
        group(store)
    return path


def test_no_article_text_names_the_pages_of_furniture_alone(tmp_path):
    from workbench.stories import no_article_text

    with Store(_bare_pages_db(tmp_path / "bare.db")) as store:
        ids = [s.id for s in store.sources()]
        assert no_article_text(store) == set(ids[:6])
        some = [(s.id, s.text) for s in store.sources([ids[0], ids[6]])]
        assert no_article_text(store, some) == {ids[0]}


def test_no_article_text_is_not_a_wire_report_nor_furniture_seen_too_few_times(tmp_path):
    from workbench.stories import no_article_text

    reprints = [
        Input(
            name=f"wire{n}.txt",
            data=REPORT.replace("Tarn Cross", TOWNS[n]).encode(),
            meta={"published": f"2023-06-{10 + n % 2:02d}", "title": headline},
        )
        for n, headline in enumerate(HEADLINES)
    ]
    with Store(tmp_path / "wire.db") as store:
        ingest_inputs(store, reprints, analyze=False)
        group(store)
        assert no_article_text(store) == set()
    with Store(tmp_path / "few.db") as store:
        ingest_inputs(store, [_page(n, h, SIGN_UP) for n, h in enumerate(HEADLINES[:3])])
        assert no_article_text(store) == set()


def test_sources_says_which_pages_have_no_article_text(tmp_path):
    import json

    from click.testing import CliRunner

    from workbench.cli import cli

    db = str(_bare_pages_db(tmp_path / "bare.db"))
    listed = CliRunner().invoke(cli, ["sources", "--db", db], catch_exceptions=False).stdout
    lines = listed.splitlines()
    assert lines[0].split()[-1] == "note"
    assert [("no article text" in line) for line in lines[1:9]] == [True] * 6 + [False] * 2
    assert "6 sources with no article text: each page is site furniture only" in listed
    raw = CliRunner().invoke(cli, ["sources", "--db", db, "--json"], catch_exceptions=False)
    assert [r["no_article_text"] for r in json.loads(raw.stdout)] == [True] * 6 + [False] * 2


def test_the_ingest_report_says_the_copies_that_stand_after_grouping(tmp_path):
    """Walk of gva records 2101-2400: ingest said "a copy of source 31" and "12 marked as
    copies" for sign-up boxes that grouping then found no copies, as `sources` lists them."""
    pages = [_page(n, h, SIGN_UP) for n, h in enumerate(HEADLINES)]
    pages += [_page(7, "Lorry strikes Tarn Cross bridge", REPORT)]
    pages += [_page(8, "Tarn Cross bridge shut after lorry crash", REPORT.replace("dawn", "6am"))]
    with Store(tmp_path / "bare.db") as store:
        report = ingest_inputs(store, pages)
        stored = {s.id: s.copy_of for s in store.sources()}
    said = {a.source_id: a.copy_of for a in report.added}
    assert said == stored
    assert [a.copy_of is not None for a in report.added] == [False] * 7 + [True]
    # The six boxes are furniture by their repeats: the report says so, as `sources` does.
    assert [a.no_article_text for a in report.added] == [True] * 6 + [False] * 2


def test_ingest_says_which_pages_have_no_article_text(tmp_path):
    """Walk of gva records 1-200: ingest said "5 sentences" of a verification notice that
    `sources` then called site furniture only."""
    from click.testing import CliRunner

    from workbench.cli import cli

    notice = "Just One More Thing...\n\nWe have sent you an email. Please click its link."
    for name, text in (("report.txt", REPORT), ("notice.txt", notice)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "said.db")
    args = ["ingest", "--db", db, "--published", "2023-06-10"]
    result = CliRunner().invoke(
        cli, [*args, str(tmp_path / "report.txt"), str(tmp_path / "notice.txt")]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "no article text" not in lines[0]
    assert lines[1].startswith("added notice.txt") and "no article text" in lines[1]
    assert lines[2].startswith("2 added, 0 already present, 1 with no article text;")


def test_a_video_playlist_page_has_no_article_text_however_few_pages_there_are(tmp_path):
    """A playlist's form tells it alone: the furniture counts need many pages of a site."""
    from workbench.stories import no_article_text

    pages = [
        _page(1, "Lorry strikes Tarn Cross bridge", REPORT),
        _page(
            2,
            "Ferry service to Skerra suspended in gales",
            "1:19 Bakery wins prize Pause\n\n"
            "2:51 Council votes to shut Hollin Lane library\n\n0:50 Who won the spelling bee?",
        ),
    ]
    with Store(tmp_path / "playlist.db") as store:
        ingest_inputs(store, pages, analyze=False)
        ids = [s.id for s in store.sources()]
        assert no_article_text(store) == {ids[1]}


def test_a_page_that_only_talks_to_its_reader_has_no_article_text_however_few(tmp_path):
    """A verification notice on a database of two pages: known by its form alone, while a
    report that closes with an appeal to the reader stays an article."""
    from workbench.stories import no_article_text

    notice = (
        "Just One More Thing...\n\nWe have sent you a verification email. Please check your "
        "email and click on the link to activate your profile.\n\nIf you do not receive it "
        "within a few minutes, look in your spam folder."
    )
    appeal = REPORT + "\n\nIf you saw the lorry before the crash, call the county on 555 0100."
    pages = [_page(1, "Lorry strikes Tarn Cross bridge", appeal), _page(2, HEADLINES[0], notice)]
    with Store(tmp_path / "notice.db") as store:
        ingest_inputs(store, pages, analyze=False)
        ids = [s.id for s in store.sources()]
        assert no_article_text(store) == {ids[1]}
