"""Standard input's article was named "-" in `conflicts` and the app ("Stdin Daily · -",
walk38): a reader could not tell what it was. It now goes by its headline, else "stdin"
and the minute it was read, and `--name` names it."""

from __future__ import annotations

import io
import json
from datetime import datetime

from click.testing import CliRunner

from workbench.cli import cli
from workbench.ingest.api import ingest_paths, stdin_label

REPORT = b"Police said three people were killed in a shooting in Dayton on Sunday night.\n"
WITH_TITLE = b"---\ntitle: Three dead in Dayton shooting\n---\n" + REPORT
RECORDS = (
    b'{"text": "Two men were hurt in Dayton, police said.", "title": "Two hurt"}\n'
    b'{"text": "Police arrested a man in Dayton on Monday."}\n'
)


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_stdin_label_says_stdin_and_the_minute():
    assert stdin_label(datetime(2026, 12, 7, 4, 31, 12)) == "stdin 2026-12-07 04:31"


def test_stdin_goes_by_its_headline_else_stdin_and_the_time(store):
    report = ingest_paths(store, ["-"], stdin=io.BytesIO(WITH_TITLE))
    assert [a.file for a in report.added] == ["Three dead in Dayton shooting"]
    report = ingest_paths(store, ["-"], stdin=io.BytesIO(REPORT))
    [untitled] = report.added
    assert untitled.file.startswith("stdin 20") and len(untitled.file) == len("stdin ") + 16
    report = ingest_paths(store, ["-"], stdin=io.BytesIO(RECORDS))
    first, second = (a.file for a in report.added)
    assert first == "Two hurt" and second.startswith("stdin 20") and second.endswith("#2")
    assert "-" not in {s.file for s in store.sources()}


def test_name_names_stdins_article_and_is_refused_without_it(tmp_path):
    db = str(tmp_path / "x.db")
    result = run("ingest", "--db", db, "--name", "AP wire, 5 Aug", "-", input=WITH_TITLE)
    assert result.exit_code == 0 and "added AP wire, 5 Aug as source 1" in result.stdout
    [row] = json.loads(run("sources", "--db", db, "--json").stdout)
    assert row["file"] == "AP wire, 5 Aug" and row["title"] == "Three dead in Dayton shooting"
    (tmp_path / "a.txt").write_bytes(REPORT)
    refused = run("ingest", "--db", db, "--name", "x", str(tmp_path / "a.txt"))
    assert refused.exit_code != 0 and "--name names the article read from -" in refused.stderr


def test_an_error_still_names_stdin_as_typed(tmp_path):
    result = run("ingest", "--db", str(tmp_path / "x.db"), "-", input=b"")
    assert result.exit_code != 0 and "error: stdin: empty file" in result.stderr
