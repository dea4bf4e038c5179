"""An unknown story id is one line, the same words from every command that takes one, exit
1, and the database as it was: `report` said "no story 999 in this database" where
`stories` and `conflicts` say "no story with id 999" (walk40)."""

from __future__ import annotations

import hashlib
import shutil

import pytest
from click.testing import CliRunner

from workbench.cli import cli


@pytest.mark.parametrize(
    "args",
    [
        ["stories", "merge", "1", "999"],
        ["stories", "rename", "999", "a title"],
        ["conflicts", "--story", "999"],
        ["report", "--story", "999"],
    ],
)
def test_an_unknown_story_is_one_line_and_changes_nothing(args, sample_db_file, tmp_path):
    path = tmp_path / "s.db"
    shutil.copy(sample_db_file, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = CliRunner().invoke(cli, [*args, "--db", str(path)])
    assert result.exit_code == 1
    assert result.stderr == "error: no story with id 999\n"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
