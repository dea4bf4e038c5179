"""`ingest --skip-bad`: a feed with a few broken records still goes in, each broken one
named `file:line: reason`; without the flag one bad record still refuses the batch."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.ingest import IngestError, ingest_paths

FEED = "\n".join(
    [
        '{"text": "Two men were shot in Dayton on Friday, police said."}',
        '{"text": ""}',
        "not json",
        "[1]",
        '{"title": "a record with no text"}',
        "",
        '{"text": "A fire in Akron on Monday.", "published": "someday"}',
        '{"text": "Three people were hurt in Toledo on Sunday."}',
    ]
)
BAD_LINES = {
    "feed.jsonl:2": "no article text",
    "feed.jsonl:3": "invalid JSON",
    "feed.jsonl:4": "expected an object",
    "feed.jsonl:5": "no `text` field",
    "feed.jsonl:7": "cannot read the date 'someday'",
}


@pytest.fixture
def feed(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(FEED + "\n", encoding="utf-8")
    return path


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_the_default_still_refuses_the_batch_and_names_the_line(store, feed):
    with pytest.raises(IngestError, match=r"^feed\.jsonl:2: no article text"):
        ingest_paths(store, [feed], analyze=False)
    assert store.db["sources"].count == 0


def test_good_records_go_in_and_each_bad_one_is_listed_once(store, feed):
    report = ingest_paths(store, [feed], analyze=False, skip_bad=True)
    assert [a.file for a in report.added] == ["feed.jsonl#1", "feed.jsonl#8"]
    assert [b.file for b in report.bad] == list(BAD_LINES)  # read twice, told once
    for bad in report.bad:
        assert BAD_LINES[bad.file] in bad.reason
    assert store.db["sources"].count == 2


def test_a_json_array_names_the_line_its_bad_record_starts_on(store, tmp_path):
    array = '[{"text": "One."},\n\n {"title": "none"},\n {"text": "Two."}]'
    (tmp_path / "a.json").write_text(array)
    report = ingest_paths(store, [tmp_path / "a.json"], analyze=False, skip_bad=True)
    assert [a.file for a in report.added] == ["a.json#1", "a.json#3"]
    assert [(b.file, b.reason) for b in report.bad] == [("a.json:3 (record 2)", "no `text` field")]


def test_the_bad_records_of_a_one_line_array_are_told_apart(store, tmp_path):
    """Every record of a one-line array starts on line 1: "a.json:1; 1 more refused too:
    a.json:1" named neither (walk38). Each is named by its number too."""
    (tmp_path / "a.json").write_text('[{"text": "One."}, {"title": "x"}, {"title": "y"}]')
    with pytest.raises(IngestError) as refused:
        ingest_paths(store, [tmp_path / "a.json"], analyze=False)
    assert str(refused.value) == (
        "a.json:1 (record 2): no `text` field; 1 more refused too: a.json:1 (record 3)"
    )
    assert store.db["sources"].count == 0


def test_a_bad_file_among_good_ones_is_passed_over_whole(store, tmp_path, feed):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01 binary")
    (tmp_path / "big.txt").write_text("A long article. " * 20)
    (tmp_path / "good.txt").write_text("Four people were arrested in Erie.")
    names = [tmp_path / n for n in ("bin.txt", "big.txt", "good.txt")]
    report = ingest_paths(store, names, analyze=False, skip_bad=True, max_bytes=100)
    assert [a.file for a in report.added] == ["good.txt"]
    assert [b.file for b in report.bad] == ["bin.txt", "big.txt"]
    assert "binary file" in report.bad[0].reason and "over the limit" in report.bad[1].reason


def test_the_command_prints_one_line_per_bad_record_and_exits_zero(tmp_path, feed):
    db = tmp_path / "w.db"
    result = run("ingest", "--db", str(db), "--quiet", "--skip-bad", str(feed))
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if ": skipped: " in line]
    assert [line.split(": skipped: ")[0] for line in lines] == list(BAD_LINES)
    assert "2 added, 0 already present, 5 bad skipped" in result.stdout


def test_the_command_exits_one_when_no_record_was_good(tmp_path):
    db = tmp_path / "w.db"
    (tmp_path / "bad.jsonl").write_text('{"text": ""}\nnope\n')
    result = run("ingest", "--db", str(db), "--quiet", "--skip-bad", str(tmp_path / "bad.jsonl"))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "bad.jsonl:1: skipped: no article text (its text is empty)",
        "bad.jsonl:2: skipped: invalid JSON (Expecting value at column 1)",
        "error: nothing ingested: 2 bad records, none good",
    ]
    assert not db.exists()  # a database it would have created stays uncreated


def test_an_empty_record_is_not_blamed_on_the_cleaning(tmp_path):
    """Real scrapes hold records with a title and an empty text (lines 1507, 1513 and
    1757 of documents.jsonl): they read "nothing left once page furniture is removed", as if the
    cleaning had eaten an article."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"title": "Shooting in Erie", "text": " \\n "}\n', encoding="utf-8")
    result = run("ingest", "--db", str(tmp_path / "w.db"), "--quiet", str(feed))
    assert result.exit_code == 1
    assert "feed.jsonl:1: no article text (its text is empty)" in result.stderr


def test_help_names_the_flag():
    assert "--skip-bad" in run("ingest", "--help").stdout


def test_a_line_cut_short_says_the_file_may_be_truncated(tmp_path):
    """A download cut mid-record read "invalid JSON (Unterminated string starting at)"."""
    feed = tmp_path / "cut.jsonl"
    feed.write_text('{"text": "One man was hurt."}\n{"text": "Two men were', encoding="utf-8")
    result = run("ingest", "--db", str(tmp_path / "w.db"), "--quiet", str(feed))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "error: cut.jsonl:2: invalid JSON (the record stops after column 22: a truncated file?); "
        "nothing loaded: --skip-bad passes over bad records, loads the rest"
    ]
    assert not (tmp_path / "w.db").exists()


def test_quiet_keeps_the_totals_and_drops_the_line_per_article(tmp_path, feed):
    """Re-ingesting a 300-article feed printed 300 'skipped ...: already present' lines
    again, with --quiet too (walk of gva records 1801-2100)."""
    db = str(tmp_path / "w.db")
    loud = run("ingest", "--db", db, "--skip-bad", str(feed))
    assert [line for line in loud.stdout.splitlines() if line.startswith("added ")] == [
        line for line in loud.stdout.splitlines() if "feed.jsonl#" in line
    ]
    assert len([line for line in loud.stdout.splitlines() if line.startswith("added ")]) == 2
    again = run("ingest", "--db", db, "--quiet", "--skip-bad", str(feed))
    assert again.exit_code == 0, again.output
    assert again.stdout.splitlines() == ["0 added, 2 already present, 5 bad skipped"]
    assert len([line for line in again.stderr.splitlines() if ": skipped: " in line]) == 5


def test_the_refusal_counts_and_names_the_other_bad_records(store, feed):
    """A feed refused at its first bad line, fixed and refused at the next, and again:
    the refusal now says how many more there are and where (walk of gva records
    1001-1100)."""
    with pytest.raises(IngestError) as refused:
        ingest_paths(store, [feed], analyze=False)
    assert str(refused.value).startswith("feed.jsonl:2: no article text")
    assert str(refused.value).endswith(
        "; 4 more refused too: feed.jsonl:3, feed.jsonl:4, feed.jsonl:5, ..."
    )
    assert store.db["sources"].count == 0
    result = CliRunner().invoke(cli, ["ingest", "--db", str(store.path), str(feed)])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "4 more refused too" in result.output
