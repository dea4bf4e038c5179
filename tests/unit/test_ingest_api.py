"""The ingest entry point: what goes in, what is skipped, and that bad input changes nothing."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from workbench.ingest import IngestError, ingest_paths

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
SAMPLE = Path(__file__).resolve().parent.parent.parent / "sample_db"


def _snapshot(store) -> tuple:
    """Everything ingest may write, to prove a failed command wrote nothing."""
    db = store.db
    return tuple(
        tuple(db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall())
        for t in ("sources", "sentences", "claims", "conflicts", "meta")
    )


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    (folder / "nested").mkdir(parents=True)
    (folder / "a.txt").write_text("Police said 27 people were detained. The mayor disagreed.\n")
    (folder / "nested" / "b.md").write_text("---\noutlet: Paper\n---\nThe river rose two metres.\n")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not an article")
    (folder / ".hidden.txt").write_text("Never read.")
    return folder


def test_ingests_a_folder_recursively_with_sentences(store, articles):
    report = ingest_paths(store, [articles])
    assert [a.file for a in report.added] == ["a.txt", "b.md"]
    assert report.ignored == [str(articles / "photo.jpg")]
    first, second = store.sources()
    assert (first.format, second.format, second.outlet) == ("text", "markdown", "Paper")
    assert [s.text for s in store.sentences(first.id)] == [
        "Police said 27 people were detained.",
        "The mayor disagreed.",
    ]
    assert store.raw(first.id) == (articles / "a.txt").read_bytes()
    assert report.claims is not None  # the analysis ran


def test_reingesting_the_same_content_is_a_no_op_that_says_so(store, articles):
    ingest_paths(store, [articles])
    before = _snapshot(store)
    copy = articles.parent / "renamed.txt"
    shutil.copy(articles / "a.txt", copy)
    report = ingest_paths(store, [articles, copy])
    assert report.added == []
    assert [s.file for s in report.skipped] == ["a.txt", "b.md", "renamed.txt"]
    assert "already in the database as a.txt" in report.skipped[-1].reason
    assert _snapshot(store) == before


def test_duplicates_within_one_command_go_in_once(store, tmp_path):
    (tmp_path / "x.txt").write_text("Same words here.")
    (tmp_path / "y.txt").write_text("Same words here.")
    report = ingest_paths(store, [tmp_path / "x.txt", tmp_path / "y.txt"])
    assert len(report.added) == 1 and report.skipped[0].reason == "already in the database as x.txt"


def test_given_metadata_overrides_the_file_and_dates_become_iso(store, articles):
    ingest_paths(
        store,
        [articles / "nested" / "b.md"],
        outlet="Other",
        published="21 January 2019",
        url="https://x.example/1",
        title="T",
    )
    [source] = store.sources()
    assert (source.outlet, source.published, source.url, source.title) == (
        "Other",
        "2019-01-21",
        "https://x.example/1",
        "T",
    )


def test_json_records_and_stdin(store):
    report = ingest_paths(
        store, [FIXTURES / "records.json", "-"], stdin=io.BytesIO(b"From a pipe.")
    )
    files = [a.file for a in report.added]
    assert files[:2] == ["records.json#1", "records.json#2"]
    assert files[2].startswith("stdin 20")  # "stdin" and the minute it was read
    sources = store.sources()
    assert sources[1].published == "2022-02-15" and sources[1].outlet == "City Paper"
    assert store.raw(sources[2].id) == b"From a pipe."


def test_html_page_keeps_its_furniture_log(store):
    ingest_paths(store, [FIXTURES / "page.html"])
    [source] = store.sources()
    assert source.published == "2021-05-07" and source.outlet == "Example News"
    assert "Home World Sport" not in source.text
    assert any(r.text == "Home World Sport" for r in source.removed)


def test_copy_of_is_recorded(store, tmp_path):
    for name in ("000", "001", "003"):
        [path] = SAMPLE.glob(f"{name}_*.txt")
        shutil.copy(path, tmp_path / path.name)
    report = ingest_paths(store, [tmp_path])
    by_file = {a.file[:3]: a for a in report.added}
    assert by_file["001"].copy_of == by_file["000"].source_id
    assert by_file["000"].copy_of is None and by_file["003"].copy_of is None
    assert store.source(by_file["001"].source_id).copy_score >= 0.9


def test_copy_found_against_sources_from_an_earlier_command(store):
    [original] = SAMPLE.glob("000_*.txt")
    [copy] = SAMPLE.glob("001_*.txt")
    ingest_paths(store, [original])
    report = ingest_paths(store, [copy])
    assert report.added[0].copy_of == store.sources()[0].id


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[list, dict, str]]:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "nothing").mkdir()
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "a.png").write_bytes(b"\x89PNG")
    (tmp_path / "good.txt").write_text("A perfectly good sentence.")
    (tmp_path / "bad.json").write_text('{"title": "no text"}')
    good = tmp_path / "good.txt"
    return {
        "empty": ([good, tmp_path / "empty.txt"], {}, "empty.txt: empty file"),
        "binary": ([good, tmp_path / "binary.txt"], {}, "binary.txt: binary file"),
        "empty folder": ([good, tmp_path / "nothing"], {}, "nothing: no readable articles"),
        "folder of pictures": ([tmp_path / "pictures"], {}, "pictures: no readable articles"),
        "missing": ([good, tmp_path / "gone.txt"], {}, "gone.txt: no such file"),
        "bad date": ([good], {"published": "the day after"}, "--published: cannot read the date"),
        "bad record": ([good, tmp_path / "bad.json"], {}, "bad.json: the JSON object: no `text`"),
    }


@pytest.mark.parametrize(
    "case",
    ["empty", "binary", "empty folder", "folder of pictures", "missing", "bad date", "bad record"],
)
def test_bad_input_is_one_clear_error_and_changes_nothing(store, articles, tmp_path, case):
    ingest_paths(store, [articles])
    before = _snapshot(store)
    paths, options, message = _bad_inputs(tmp_path)[case]
    with pytest.raises(IngestError) as caught:
        ingest_paths(store, paths, **options)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
    assert _snapshot(store) == before


def test_unreadable_file_is_named(store, tmp_path, monkeypatch):
    target = tmp_path / "locked.txt"
    target.write_text("Secret.")
    real = Path.read_bytes

    def deny(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    with pytest.raises(IngestError, match=r"locked\.txt: permission denied"):
        ingest_paths(store, [target])
    assert store.sources() == []


def test_bad_date_inside_a_file_is_an_error_naming_the_record(store, tmp_path):
    (tmp_path / "r.jsonl").write_text('{"text": "Fine.", "published": "someday"}\n')
    with pytest.raises(IngestError, match=r"r.jsonl:1: cannot read the date 'someday'"):
        ingest_paths(store, [tmp_path / "r.jsonl"])
