"""An article ingested without a publication date is said so once, with how to give one:
its text's dates cannot be resolved and it joins a story only on close text, which a new
user pointing the tool at a folder of bare .txt files would otherwise never learn."""

from __future__ import annotations

from click.testing import CliRunner

from workbench.cli import cli

TEXT = "Two men were shot in Dayton on Friday, police said. One of them died.\n"


def ingest(tmp_path, *args: str):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT.replace("Two", "Three"), encoding="utf-8")
    db = tmp_path / "w.db"
    command = ["ingest", "--db", str(db), "--quiet", *args]
    return CliRunner().invoke(cli, [*command, str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])


def test_undated_articles_are_counted_and_the_ways_to_date_them_named(tmp_path):
    result = ingest(tmp_path)
    assert result.exit_code == 0, result.output
    notes = [line for line in result.stderr.splitlines() if line.startswith("note: ")]
    assert len(notes) == 1
    assert notes[0].startswith("note: 2 articles without a publication date")
    assert "--published" in notes[0] and "front-matter" in notes[0]


def test_dated_articles_get_no_note(tmp_path):
    result = ingest(tmp_path, "--published", "2016-06-05")
    assert result.exit_code == 0, result.output
    assert "note:" not in result.stderr
