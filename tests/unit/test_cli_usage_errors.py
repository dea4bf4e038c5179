"""A mistyped command or option is one line on stderr and a non-zero exit, like every
other error the command reports; help still prints and exits 0."""

from __future__ import annotations

import sqlite3
import sys

import pytest

from workbench.cli import main
from workbench.extraction import BATCH_SOURCES
from workbench.ingest import loader


def run(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["workbench", *args])
    monkeypatch.delenv("WORKBENCH_DEBUG", raising=False)
    with pytest.raises(SystemExit) as stopped:
        main()
    out = capsys.readouterr()
    return stopped.value.code, out.out, out.err


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["ingest", "--max-bytes", "-5", "x.txt"], "invalid value for '--max-bytes'"),
        (["claims", "--no-such-option"], "no such option '--no-such-option'"),
        (["no-such-command"], "no such command 'no-such-command'"),
        (["ingest"], "missing argument 'PATHS...' (see 'workbench ingest --help')"),
    ],
)
def test_a_usage_mistake_is_one_line(monkeypatch, capsys, tmp_path, args, says):
    code, out, err = run(monkeypatch, capsys, "--db", str(tmp_path / "w.db"), *args)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("error: ") and says in err and "--help'" in err
    assert not (tmp_path / "w.db").exists()  # nothing was created for a mistyped command


def test_help_still_prints_and_exits_zero(monkeypatch, capsys):
    code, out, err = run(monkeypatch, capsys, "claims", "--help")
    assert code == 0
    assert "Usage:" in out and err == ""


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["sources", "--db", "{tmp}"], "{tmp}: is a folder, not a database"),
        (["calibrate", "--db", "{tmp}/none.db", "-o", "{tmp}/m.json"], "{tmp}/none.db: no such"),
        (["calibrate", "--db", "{tmp}", "-o", "{tmp}/m.json"], "{tmp}: is a folder, not a"),
    ],
)
def test_every_command_words_a_bad_database_alike(monkeypatch, capsys, tmp_path, args, says):
    """Click's checks said "Invalid value for '--db': File 'x' does not exist." for one
    command and "x: no such database" for the rest."""
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code, out, err = run(monkeypatch, capsys, *args)
    assert code == 1 and out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"error: {says.replace('{tmp}', str(tmp_path))}")


def test_a_database_in_a_missing_folder_is_one_line(monkeypatch, capsys, tmp_path):
    """SQLite said only "unable to open database file", shown as an unexpected error."""
    note = tmp_path / "note.txt"
    note.write_text("A note.", encoding="utf-8")
    db = tmp_path / "no" / "such" / "w.db"
    code, out, err = run(monkeypatch, capsys, "ingest", "--db", str(db), str(note))
    assert code == 1 and out == ""
    assert err == f"error: {db}: no folder {db.parent} to create the database in\n"
    assert not (tmp_path / "no").exists()


def test_a_new_database_in_a_read_only_folder_is_one_line(monkeypatch, capsys, tmp_path):
    """An ingest into a folder the user may not write said "unexpected OperationalError:
    unable to open database file" and exited 2 (walk41, as an ordinary user); the store's
    own check (`can_write`) is patched here, since the tests may run as root."""
    import workbench.store.read_only

    note = tmp_path / "note.txt"
    note.write_text("A note.", encoding="utf-8")
    folder = tmp_path / "shared"
    folder.mkdir()
    db = folder / "w.db"
    monkeypatch.setattr(workbench.store.read_only, "can_write", lambda path: False)
    code, out, err = run(monkeypatch, capsys, "ingest", "--db", str(db), str(note))
    assert code == 1 and out == ""
    assert err == f"error: {db}: cannot create the database: the folder {folder} is read-only\n"
    assert list(folder.iterdir()) == []


def test_a_full_disk_is_one_line_and_keeps_what_was_stored(monkeypatch, capsys, tmp_path):
    """SQLite's "database or disk is full" in an ingest was an "unexpected OperationalError"
    (exit 2, "set WORKBENCH_DEBUG=1"): it is the disk, not a bug. The batch stored before it
    stays, and the same ingest again adds the rest."""
    for i in range(BATCH_SOURCES + 2):
        text = f"Police said {i + 2} people were hurt on Oak Street on Tuesday evening."
        (tmp_path / f"{i:02d}.md").write_text(f"---\npublished: 2016-11-15\n---\n{text}\n")
    db = str(tmp_path / "x.db")
    store_article = loader._store_article
    stored: list[int] = []

    def full_in_the_second_batch(*args, **kwargs):
        if len(stored) == BATCH_SOURCES + 1:
            raise sqlite3.OperationalError("database or disk is full")
        stored.append(store_article(*args, **kwargs))
        return stored[-1]

    monkeypatch.setattr(loader, "_store_article", full_in_the_second_batch)
    code, out, err = run(monkeypatch, capsys, "ingest", "-q", "--db", db, str(tmp_path))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("error: no space left on the disk")
    assert "unexpected" not in err
    monkeypatch.setattr(loader, "_store_article", store_article)
    code, out, err = run(monkeypatch, capsys, "ingest", "-q", "--db", db, str(tmp_path))
    assert code == 0
    assert f"2 added, {BATCH_SOURCES} already present" in out + err


@pytest.mark.parametrize("made", ["zero bytes", "sqlite, no tables"])
@pytest.mark.parametrize("args", [["conflicts"], ["stories"], ["export", "--format", "md"]])
def test_a_read_command_on_an_empty_file_says_so_and_leaves_it(
    monkeypatch, capsys, tmp_path, made, args
):
    """`conflicts --db empty.db` made the empty file a workbench database and said its
    analysis was "older (or none)" (walk42): one line, exit 1, the file as it was."""
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    if made == "sqlite, no tables":
        sqlite3.connect(path).execute("VACUUM").connection.close()
    before = path.read_bytes()
    code, out, err = run(monkeypatch, capsys, *args, "--db", str(path))
    assert (code, out) == (1, "")
    assert err == (
        f"error: {path}: empty, no workbench database in it (`workbench ingest --db {path} "
        "FILES` makes one)\n"
    )
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.db"]
