"""`workbench --db X COMMAND` works on X, as `workbench COMMAND --db X` does."""

from __future__ import annotations

import json

from click.testing import CliRunner

from workbench.cli import cli


def test_db_before_the_command_is_the_commands_database(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_DB", str(tmp_path / "default.db"))
    db = tmp_path / "story.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["sample", "--db", str(db)]).exit_code == 0
    before = runner.invoke(cli, ["--db", str(db), "stories", "--json"])
    after = runner.invoke(cli, ["stories", "--db", str(db), "--json"])
    assert before.exit_code == 0, before.stderr
    assert json.loads(before.stdout) == json.loads(after.stdout) != []
    assert not (tmp_path / "default.db").exists()


def test_a_nested_command_takes_it_too(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_DB", str(tmp_path / "default.db"))
    db = tmp_path / "story.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["sample", "--db", str(db)]).exit_code == 0
    result = runner.invoke(cli, ["--db", str(db), "stories", "rename", "1", "A new title"])
    assert result.exit_code == 0, result.stderr
    listed = json.loads(runner.invoke(cli, ["stories", "--db", str(db), "--json"]).stdout)
    assert "A new title" in [s["title"] for s in listed]
    assert not (tmp_path / "default.db").exists()
