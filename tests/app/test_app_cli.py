"""`workbench` with no subcommand opens the app, or says in one line why it cannot."""

from __future__ import annotations

from click.testing import CliRunner

import workbench.app
from workbench.cli import cli


class FakeApp:
    def __init__(self, log):
        self.log = log

    def run(self):
        self.log.append("ran")


def test_opens_the_app_on_the_database_as_the_reviewer(review_db, monkeypatch):
    opened = []
    monkeypatch.setattr(
        workbench.app, "create_app", lambda p, r: opened.append((p, r)) or FakeApp(opened)
    )
    result = CliRunner().invoke(cli, ["--db", str(review_db), "--reviewer", "bob"])
    assert result.exit_code == 0, result.output
    assert opened == [(review_db, "bob"), "ran"]


def test_reviewer_defaults_to_the_environment(review_db, monkeypatch):
    opened = []
    monkeypatch.setattr(workbench.app, "create_app", lambda p, r: opened.append(r) or FakeApp([]))
    monkeypatch.setenv("WORKBENCH_REVIEWER", "carol")
    result = CliRunner().invoke(cli, ["--db", str(review_db)])
    assert result.exit_code == 0, result.output
    assert opened == ["carol"]


def test_a_missing_or_foreign_file_is_one_line_on_stderr(tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0
    assert "no such database" in result.output
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not sqlite at all" * 100)
    result = runner.invoke(cli, ["--db", str(junk)])
    assert result.exit_code == 1
    assert result.output.startswith("error:") and "not a SQLite database" in result.output
    assert junk.read_bytes() == b"not sqlite at all" * 100
