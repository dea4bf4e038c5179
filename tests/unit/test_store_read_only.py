"""Commands that only read open a database they may not write (file mode 0444, a
read-only folder) read-only: nothing written beside it, and one line when its schema
would need migrating. Tests run as root, who may write anything, so "may not write" is
the store's own check (`can_write`), patched; the walk checked it as an ordinary user."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from click.testing import CliRunner

import workbench.store.schema
from workbench.cli import cli
from workbench.store import SCHEMA_VERSION, Store
from workbench.store.read_only import can_write

READERS = [
    ["conflicts"],
    ["conflicts", "--all", "--json"],
    ["corroborations"],
    ["stories"],
    ["claims", "--kind", "quantity"],
    ["sources"],
    ["export", "--format", "md"],
    ["export", "--format", "jsonl"],
    ["report"],
    ["verify"],
]


def _folder_state(folder):
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}


@pytest.fixture
def shared(sample_db_file, tmp_path):
    """The sample, closed cleanly (no -wal, no -shm beside it), in a folder of its own."""
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "s.db"
    shutil.copy(sample_db_file, path)
    with Store(path) as store:  # a decision, so the exports have a row to write
        claim = store.conflicts()[0].claim_ids[0]
        store.record_review(claim, "verified", "ann")
    return path


@pytest.mark.parametrize("args", READERS, ids=" ".join)
def test_a_reading_command_reads_a_database_it_may_not_write(shared, monkeypatch, args):
    runner = CliRunner()
    wanted = runner.invoke(cli, [*args, "--db", str(shared)], catch_exceptions=False)
    assert wanted.exit_code == 0
    before = _folder_state(shared.parent)
    monkeypatch.setattr(workbench.store.schema, "can_write", lambda path: False)
    result = runner.invoke(cli, [*args, "--db", str(shared)], catch_exceptions=False)
    assert (result.exit_code, result.stdout) == (0, wanted.stdout)
    assert _folder_state(shared.parent) == before  # not a byte, not a -shm or -writer


def test_an_old_schema_is_one_line_and_nothing_written(shared, monkeypatch):
    conn = sqlite3.connect(shared)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.close()
    before = _folder_state(shared.parent)
    monkeypatch.setattr(workbench.store.schema, "can_write", lambda path: False)
    result = CliRunner().invoke(cli, ["conflicts", "--db", str(shared)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "error:" in result.stderr
    assert "read-only" in result.stderr and f"version {SCHEMA_VERSION}" in result.stderr
    assert _folder_state(shared.parent) == before


def test_a_writable_database_still_opens_as_before(shared):
    assert can_write(shared)
    with Store(shared, read_only=True) as store:  # may write: the ordinary open
        assert store.db.execute("PRAGMA query_only").fetchone()[0] == 0


def test_the_read_only_store_refuses_writes(shared, monkeypatch):
    monkeypatch.setattr(workbench.store.schema, "can_write", lambda path: False)
    with Store(shared, read_only=True) as store:
        claim = store.conflicts()[0].claim_ids[0]
        with pytest.raises(sqlite3.OperationalError):
            store.record_review(claim, "disputed", "ann")
        assert store.status_of(claim) == "verified"


@pytest.mark.parametrize("args", [["analyze"], ["stories", "rename", "1", "x"]], ids=" ".join)
def test_a_writing_command_says_read_only_in_one_line(shared, monkeypatch, args):
    before = _folder_state(shared.parent)
    monkeypatch.setattr(workbench.store.schema, "can_write", lambda path: False)
    result = CliRunner().invoke(cli, [*args, "--db", str(shared)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {shared}: read-only (this command writes to it)\n"
    assert _folder_state(shared.parent) == before


def test_the_app_on_a_read_only_database_says_what_reads_it(shared, monkeypatch):
    """The app said only "read-only (this command writes to it)" (walk31)."""
    before = _folder_state(shared.parent)
    monkeypatch.setattr(workbench.store.schema, "can_write", lambda path: False)
    result = CliRunner().invoke(cli, ["--db", str(shared), "--reviewer", "ann"])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"error: {shared}: read-only, and the app saves")
    assert f"workbench conflicts --db {shared}" in result.stderr
    assert _folder_state(shared.parent) == before


def test_a_read_command_says_it_brought_an_older_writable_schema_up(shared):
    """A read command migrated an older database it may write and said nothing (walk41):
    the upgrade stays (decided, README "The database"), said in one note."""
    assert SCHEMA_VERSION == 18, "made older by undoing step 18 (page_facts): say the next"
    conn = sqlite3.connect(shared)
    conn.execute("DROP TABLE page_facts")
    conn.execute("DELETE FROM schema_migrations WHERE version = 18")
    conn.execute("PRAGMA user_version = 17")
    conn.commit()
    conn.close()
    result = CliRunner().invoke(cli, ["conflicts", "--db", str(shared)])
    assert result.exit_code == 0, result.stderr
    said = [line for line in result.stderr.splitlines() if "schema" in line]
    assert said == [
        f"note: {shared}: brought from schema {SCHEMA_VERSION - 1} to {SCHEMA_VERSION}, "
        "this version's, to be read (every decision kept); a workbench older than this one "
        "cannot open it now"
    ]
    again = CliRunner().invoke(cli, ["conflicts", "--db", str(shared)])
    assert "schema" not in again.stderr
