"""A newer cleaner reaches articles already stored: `analyze` cleans them again from their
raw bytes, keeps every review, and does it once."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

import workbench.ingest.junk_lines as junk_lines
from workbench.cli import cli
from workbench.ingest import ingest_paths
from workbench.ingest.clean import CLEANER_VERSION
from workbench.ingest.reclean import CLEANER_VERSION_KEY, moved_claims, stored_cleaner
from workbench.models import Claim, Sentence
from workbench.pipeline import analyze, needs_analysis
from workbench.store import Store

NOTICE = "Copyright 2016 WXYZ Television Detroit, a Scripps station. All rights reserved."
RIGHTS = "This material may not be published, broadcast, rewritten or redistributed in any form."
LEAD = "people were killed in a shooting outside a bar on Main Street in Springfield on Saturday"


def _article(folder: Path, name: str, outlet: str, *paragraphs: str) -> None:
    body = "\n\n".join(paragraphs)
    front = f"---\noutlet: {outlet}\npublished: 2016-10-02\ntitle: Shooting in Springfield\n---\n"
    (folder / name).write_text(front + body + "\n", encoding="utf-8")


def _old_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *articles) -> Path:
    """A database as a cleaner that kept copyright notices left it (cleaner 0)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for article in articles:
        _article(folder, *article)
    db = tmp_path / "old.db"
    with monkeypatch.context() as patched:
        patched.setattr(junk_lines, "is_copyright_notice", lambda _paragraph: False)
        with Store(db) as store:
            ingest_paths(store, sorted(folder.iterdir()))
            store.set_meta(CLEANER_VERSION_KEY, "0")
    return db


REPORTS = (
    ("a.md", "WXYZ", f"Three {LEAD} night, police said.", "Officers arrested two men.", NOTICE),
    ("b.md", "The Springfield Times", f"Four {LEAD} night, police said."),
)


def test_analyze_cleans_an_older_cleaners_text_again_and_keeps_the_reviews(tmp_path, monkeypatch):
    db = _old_database(tmp_path, monkeypatch, *REPORTS)
    with Store(db) as store:
        raw = store.raw(1)
        assert "Copyright" in store.source(1).text
        [conflict] = store.conflicts()
        three = next(c for c in store.claims(source_id=1) if c.text.startswith("Three"))
        junk = next(c for c in store.claims(source_id=1) if "Scripps" in c.text)
        store.record_verdict(conflict.id, "right", "ann", right_claim_ids=[three.id])
        store.record_review(junk.id, "disputed", "ann", "a station, not a place")
        assert needs_analysis(store)

        summary = analyze(store)

        assert summary.recleaned is not None and summary.recleaned.changed == [1]
        assert summary.recleaned.summary() == (
            f"re-cleaned 1 of 2 articles (cleaner 0 -> {CLEANER_VERSION})"
        )
        assert store.raw(1) == raw  # the raw bytes stay byte-exact
        source = store.source(1)
        assert "Copyright" not in source.text and source.removed
        assert [s.text for s in store.sentences(1)][-1] == "Officers arrested two men."
        # The claim whose sentence is unchanged keeps its id, its status and its conflict.
        assert store.status_of(three.id) == "verified"
        assert [c.id for c in store.conflicts()] == [conflict.id]
        # The notice's claim is gone; its review stays in the log with its snapshot.
        assert store.claim(junk.id) is None
        [kept] = list(store.reviews(claim_id=junk.id))
        assert kept.status == "disputed" and kept.claim_text == junk.text
        assert stored_cleaner(store) == CLEANER_VERSION and not needs_analysis(store)

        assert analyze(store).recleaned is None  # nothing cleaned the second time
        assert store.status_of(three.id) == "verified"


def test_a_page_that_copied_only_furniture_is_no_copy_once_cleaned_again(tmp_path, monkeypatch):
    db = _old_database(
        tmp_path,
        monkeypatch,
        ("a.md", "WXYZ", f"Three {LEAD} night.", NOTICE, RIGHTS),
        ("b.md", "WXYZ", "Two men were hurt in a crash on the interstate.", NOTICE, RIGHTS),
    )
    with Store(db) as store:
        assert store.source(2).copy_of == 1  # the old texts share only the notices
        how = "SELECT how FROM source_stories WHERE source_id = 2"
        assert store.db.execute(how).fetchone()[0] == "copy"
        analyze(store)
        assert store.source(2).copy_of is None
        assert store.db.execute(how).fetchone()[0] != "copy"  # grouped on its own terms


def test_analyze_says_what_it_cleaned_again(tmp_path, monkeypatch):
    db = _old_database(tmp_path, monkeypatch, *REPORTS)
    runner = CliRunner()
    first = runner.invoke(cli, ["analyze", "--db", str(db)], catch_exceptions=False)
    assert first.exit_code == 0
    assert f"re-cleaned 1 of 2 articles (cleaner 0 -> {CLEANER_VERSION})" in first.output
    again = runner.invoke(cli, ["analyze", "--db", str(db)], catch_exceptions=False)
    assert again.exit_code == 0 and "re-cleaned" not in again.output


def test_a_text_the_splitter_now_cuts_otherwise_gets_its_new_sentences(tmp_path, monkeypatch):
    import workbench.ingest.prepare as preparing
    from workbench.ingest.sentences import split_sentences

    def old_splitter(text):  # a splitter that ended a sentence at "Det."
        cut = text.index("Det.") + len("Det.")
        pieces = split_sentences(text[:cut]) + split_sentences(text[cut:])
        moved = [replace(s, start=s.start + cut, end=s.end + cut) for s in pieces[1:]]
        return [replace(s, index=i) for i, s in enumerate([pieces[0], *moved])]

    folder = tmp_path / "in"
    folder.mkdir()
    _article(folder, "a.md", "WXYZ", f"Three {LEAD} night, Det. Ana Ruiz said.")
    db = tmp_path / "old.db"
    with monkeypatch.context() as patched:
        patched.setattr(preparing, "split_sentences", old_splitter)
        with Store(db) as store:
            ingest_paths(store, [folder])
            store.set_meta(CLEANER_VERSION_KEY, "0")
    with Store(db) as store:
        assert len(store.sentences(1)) == 2
        assert analyze(store).recleaned.changed == [1]
        assert [s.text for s in store.sentences(1)] == [f"Three {LEAD} night, Det. Ana Ruiz said."]


def test_a_new_database_is_marked_as_this_cleaners(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _article(folder, *REPORTS[1])
    with Store(tmp_path / "new.db") as store:
        ingest_paths(store, [folder])
        assert stored_cleaner(store) == CLEANER_VERSION
        assert analyze(store).recleaned is None


def _claim(sentence_id: int, start: int, end: int, headline: bool = False) -> Claim:
    return Claim(
        id="c",
        source_id=1,
        sentence_id=sentence_id,
        kind="quantity",
        text="x",
        sentence="",
        start=start,
        end=end,
        headline=headline,
    )


def test_old_claims_move_with_their_sentence_and_lose_their_place_when_it_changed():
    old = [
        Sentence(id=10, source_id=1, index=0, paragraph=0, start=0, end=6, text="Junk."),
        Sentence(id=11, source_id=1, index=1, paragraph=1, start=8, end=20, text="Two died."),
        Sentence(id=12, source_id=1, index=2, paragraph=2, start=22, end=30, text="Old one."),
    ]
    new = [
        Sentence(id=0, source_id=1, index=0, paragraph=0, start=0, end=9, text="Two died."),
        Sentence(id=1, source_id=1, index=1, paragraph=1, start=11, end=20, text="New one."),
    ]
    moved = moved_claims(
        [_claim(11, 8, 11), _claim(12, 22, 25), _claim(10, 3, 5, headline=True)], old, new
    )
    assert [(c.start, c.end) for c in moved] == [(0, 3), (-1, -1), (3, 5)]


def test_a_page_left_with_no_text_is_marked_and_leaves_the_comparison(tmp_path, monkeypatch):
    db = _old_database(tmp_path, monkeypatch, *REPORTS, ("c.md", "WXYZ", NOTICE))
    with Store(db) as store:
        assert store.claims(source_id=3)  # "Scripps station" read as a place
        analyze(store)
        assert store.source(3).text == "" and not store.claims(source_id=3)
    listed = CliRunner().invoke(cli, ["sources", "--db", str(db), "--json"])
    assert listed.exit_code == 0
    bare = {s["id"]: s["no_article_text"] for s in json.loads(listed.output)}
    assert bare == {1: False, 2: False, 3: True}


def test_the_app_start_cleans_a_stale_database_again(tmp_path, monkeypatch, capsys):
    from workbench.cli import refresh_if_stale

    db = _old_database(tmp_path, monkeypatch, *REPORTS)
    with Store(db) as store:  # analysed by this extractor: only the cleaner is stale
        assert needs_analysis(store)
    refresh_if_stale(db)
    assert f"re-cleaned 1 of 2 articles (cleaner 0 -> {CLEANER_VERSION})" in capsys.readouterr().err
    with Store(db) as store:
        assert "Copyright" not in store.source(1).text and not needs_analysis(store)


def test_a_story_a_reviewer_renamed_keeps_its_title_and_articles_through_the_regrouping(
    tmp_path, monkeypatch
):
    db = _old_database(tmp_path, monkeypatch, *REPORTS)
    with Store(db) as store:
        story = store.story_of(1)
        members = store.story_source_ids(story)
        store.rename_story(story, "Springfield bar shooting", "ann")
        analyze(store)  # cleans again, and grouping starts over
        assert store.story(story).title == "Springfield bar shooting"
        assert store.story_source_ids(story) == members


def test_the_progress_shows_the_cleaning_and_the_changed_articles_extraction(tmp_path, monkeypatch):
    from workbench.ingest.reclean import COPYING_AGAIN, RE_EXTRACTING, RECLEANING
    from workbench.pipeline import GROUPING

    db = _old_database(tmp_path, monkeypatch, *REPORTS)
    heard: list[tuple[str, int, int | None]] = []
    with Store(db) as store:
        analyze(store, progress=lambda stage, done, total: heard.append((stage, done, total)))
    assert (RECLEANING, 2, 2) in heard
    assert [h for h in heard if h[0] == COPYING_AGAIN] == [
        (COPYING_AGAIN, 0, 2),
        (COPYING_AGAIN, 2, 2),
    ]
    grouping = [h for h in heard if h[0] == GROUPING]  # shown before the words are counted
    assert grouping[0] == (GROUPING, 0, None) and grouping[-1] == (GROUPING, 2, 2)
    assert [h for h in heard if h[0] == RE_EXTRACTING] == [
        (RE_EXTRACTING, 0, 1),
        (RE_EXTRACTING, 1, 1),
    ]


def test_a_recleaning_cut_short_after_storing_the_texts_still_finds_copies_again(
    tmp_path, monkeypatch
):
    import workbench.ingest.reclean as recleaning

    db = _old_database(
        tmp_path,
        monkeypatch,
        ("a.md", "WXYZ", f"Three {LEAD} night.", NOTICE, RIGHTS),
        ("b.md", "WXYZ", "Two men were hurt in a crash on the interstate.", NOTICE, RIGHTS),
    )

    def killed(_store, _first, _progress=None):
        raise KeyboardInterrupt

    with Store(db) as store, monkeypatch.context() as patched:
        patched.setattr(recleaning, "_find_copies_again", killed)
        with pytest.raises(KeyboardInterrupt):
            analyze(store)
        assert "Copyright" not in store.source(2).text  # the texts were stored
        assert store.source(2).copy_of == 1 and needs_analysis(store)
    with Store(db) as store:
        assert analyze(store).recleaned.changed == []  # nothing left to change ...
        assert store.source(2).copy_of is None  # ... but the copies were found again
        assert not needs_analysis(store)


def test_conflicts_says_when_only_the_cleaner_is_older(tmp_path, monkeypatch):
    db = _old_database(tmp_path, monkeypatch, *REPORTS)
    listed = CliRunner().invoke(cli, ["conflicts", "--db", str(db)])
    assert listed.exit_code == 0
    assert "cleaned by an older cleaner" in listed.stderr
    assert "older analysis" not in listed.stderr


@pytest.mark.parametrize("command", ["stories", "claims", "sources", "corroborations"])
def test_every_reading_command_says_when_the_database_named_is_older(
    tmp_path, monkeypatch, command
):
    """A command that only reads never re-analyses a database named with --db: it says
    so, naming the command that does, rather than pass old output for this version's."""
    db = _old_database(tmp_path, monkeypatch, *REPORTS)
    before = db.read_bytes()
    listed = CliRunner().invoke(cli, [command, "--db", str(db)])
    assert listed.exit_code == 0
    assert "cleaned by an older cleaner" in listed.stderr
    assert f"workbench analyze --db {db}" in listed.stderr
    assert db.read_bytes() == before


def test_verify_reads_only_the_log_and_says_nothing_of_the_analysis(tmp_path, monkeypatch):
    db = _old_database(tmp_path, monkeypatch, *REPORTS)
    checked = CliRunner().invoke(cli, ["verify", "--db", str(db)])
    assert checked.exit_code == 0
    assert "older" not in checked.stderr


def test_a_reading_command_says_when_only_the_titles_are_older(tmp_path):
    from workbench.stories import TITLES_VERSION_KEY

    db = tmp_path / "titled.db"
    folder = tmp_path / "in"
    folder.mkdir()
    for article in REPORTS:
        _article(folder, *article)
    with Store(db) as store:
        ingest_paths(store, sorted(folder.iterdir()))
        store.set_meta(TITLES_VERSION_KEY, "older/older")
    listed = CliRunner().invoke(cli, ["stories", "--db", str(db)])
    assert listed.exit_code == 0
    assert "titles are an older version's" in listed.stderr


def _old_html_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pages: dict) -> Path:
    """A database of saved pages as a reader that kept each page's <title> as the text's
    first paragraph left it (cleaner 28 and before)."""
    import workbench.ingest.formats as formats
    from workbench.ingest.html_page import read_html

    def title_kept(text: str, raw: bytes):
        parsed = read_html(text, raw)
        return replace(parsed, text=f"{parsed.meta['title']}\n\n{parsed.text}")

    folder = tmp_path / "in"
    folder.mkdir()
    for name, (title, *paragraphs) in pages.items():
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        page = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
        (folder / name).write_text(page, encoding="utf-8")
    db = tmp_path / "old.db"
    with monkeypatch.context() as patched:
        patched.setattr(formats, "read_html", title_kept)
        with Store(db) as store:
            ingest_paths(store, sorted(folder.iterdir()), published="2016-10-02")
            store.set_meta(CLEANER_VERSION_KEY, "28")
    return db


def test_a_saved_pages_title_leaves_its_text_and_the_reviews_stay(tmp_path, monkeypatch):
    title = "Three dead in Springfield bar shooting"
    db = _old_html_database(
        tmp_path,
        monkeypatch,
        {
            "a.html": (title, f"Three {LEAD} night, police said.", "Officers arrested two men."),
            "b.html": ("Four dead in Springfield", f"Four {LEAD} night, police said."),
        },
    )
    with Store(db) as store:
        before = store.source(1)
        assert before.text.startswith(f"{title}\n\n")  # the headline read twice
        [conflict] = store.conflicts()
        three = next(c for c in store.claims(source_id=1) if c.text == "Three people")
        arrested = next(c for c in store.claims(source_id=1) if c.role == "arrested")
        twice = next(c for c in store.claims(source_id=1) if c.kind == "place" and not c.headline)
        store.record_verdict(conflict.id, "right", "ann", right_claim_ids=[three.id])
        store.record_review(arrested.id, "verified", "ann", "the police statement")
        store.record_review(twice.id, "verified", "ann", "the headline's place")

        summary = analyze(store)

        assert summary.recleaned.changed == [1, 2]
        assert (
            summary.recleaned.summary()
            == f"re-cleaned 2 of 2 articles (cleaner 28 -> {CLEANER_VERSION})"
        )
        after = store.source(1)
        assert after.text.startswith("Three ") and title not in after.text
        assert (after.id, after.content_hash, after.title) == (1, before.content_hash, title)
        assert store.status_of(three.id) == "verified"
        assert store.status_of(arrested.id) == "verified"
        assert [c.id for c in store.conflicts()] == [conflict.id]
        # The place read from the title's copy is gone; its review stays in the log.
        assert store.claim(twice.id) is None
        [kept] = list(store.reviews(claim_id=twice.id))
        assert kept.status == "verified" and kept.claim_text == "Springfield"
        assert analyze(store).recleaned is None
