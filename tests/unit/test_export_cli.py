"""`workbench export` and atomic file output: stdout, -o, --force, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import threading

import pytest
from click.testing import CliRunner

import workbench.export
from workbench.cli import cli
from workbench.export import ExportError, write_export
from workbench.models import Claim
from workbench.store import Store

SENTENCE = 'He said, "27 people were detained."'


@pytest.fixture
def log_db(db_path):
    with Store(db_path) as store:
        with store.transaction():
            sid = store.add_source(
                file="a.txt", raw=SENTENCE.encode(), text=SENTENCE, content_hash="h", outlet="News"
            )
            store.replace_claims(sid, [Claim("c1", sid, "quantity", "27 people", 10, 19, SENTENCE)])
        store.record_review("c1", "disputed", "ann", 'two, "quoted"\nlines')
        store.record_review("c1", "verified", "bob")
    return db_path


def invoke(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_writes_each_format_to_stdout(log_db):
    result = invoke("export", "--db", str(log_db), "--format", "jsonl")
    assert result.exit_code == 0
    assert [json.loads(line)["reviewer"] for line in result.output.splitlines()] == ["ann", "bob"]
    result = invoke("export", "--db", str(log_db), "--format", "csv", "--reviewer", "ann")
    rows = list(csv.DictReader(io.StringIO(result.output, newline="")))
    assert [r["note"] for r in rows] == ['two, "quoted"\nlines']
    result = invoke("export", "--db", str(log_db), "--format", "claimreview", "--latest")
    assert [i["reviewRating"]["alternateName"] for i in json.loads(result.output)] == ["Verified"]
    result = invoke("export", "--db", str(log_db), "--format", "md", "--status", "verified")
    assert result.output.startswith("# Fact-check report\n")


def test_dash_as_the_output_is_stdout_for_export_and_report(log_db, tmp_path, monkeypatch):
    """`-o -` wrote a file named "-" (walk of gva records 201-300), where `-` is stdin to
    `ingest` and stdout to most tools."""
    monkeypatch.chdir(tmp_path)
    result = invoke("export", "--db", str(log_db), "--format", "jsonl", "-o", "-")
    assert result.exit_code == 0
    assert [json.loads(line)["reviewer"] for line in result.stdout.splitlines()] == ["ann", "bob"]
    result = invoke("report", "--db", str(log_db), "-o", "-")
    assert result.exit_code == 0 and result.stdout.startswith("# ")
    assert not (tmp_path / "-").exists()


def _read_pipe(path) -> tuple[threading.Thread, list[str]]:
    """A reader on a named pipe, as a shell's `| tool` or a `<(...)` would be."""
    got: list[str] = []

    def read() -> None:
        with open(path, encoding="utf-8") as pipe:
            got.append(pipe.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader, got


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_or_device_as_the_output_is_written_in_place_not_replaced(log_db, tmp_path):
    """A rename onto a device replaces it with a file (as root, `export -o /dev/null
    --force` once turned /dev/null into a plain file): devices and pipes are written to,
    with no --force needed, and stay what they were."""
    fifo = tmp_path / "pipe"
    for command in (("export", "--format", "csv"), ("report", "--format", "md")):
        os.mkfifo(fifo)
        reader, got = _read_pipe(fifo)
        result = invoke(*command, "--db", str(log_db), "-o", str(fifo))
        reader.join(timeout=20)
        assert result.exit_code == 0, result.output
        assert got and got[0].strip(), command
        assert stat.S_ISFIFO(fifo.stat().st_mode)
        fifo.unlink()


def test_writes_a_file_and_refuses_to_overwrite_without_force(log_db, tmp_path):
    out = tmp_path / "log.jsonl"
    result = invoke("export", "--db", str(log_db), "--format", "jsonl", "-o", str(out))
    assert result.exit_code == 0 and "wrote 2 log rows" in result.stderr  # as the app says
    first = out.read_bytes()
    assert first.count(b"\n") == 2
    result = invoke("export", "--db", str(log_db), "--format", "csv", "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"error: {out}: already exists (use --force to overwrite it)"
    ]
    assert out.read_bytes() == first
    result = invoke("export", "--db", str(log_db), "--format", "csv", "-o", str(out), "--force")
    assert result.exit_code == 0 and out.read_text().startswith("id,claim_id,")
    assert sorted(os.listdir(tmp_path)) == sorted(["log.jsonl", log_db.name, *_wal(log_db)])


def _wal(db_path):
    return [p.name for p in db_path.parent.iterdir() if p.name.startswith(db_path.name + "-")]


def test_an_error_while_writing_leaves_no_file_and_keeps_the_old_one(log_db, tmp_path, monkeypatch):
    real = workbench.export._write_jsonl

    def failing(store, filters, out):
        real(store, filters, out)
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(workbench.export, "_write_jsonl", failing)
    target = tmp_path / "out" / "log.jsonl"
    target.parent.mkdir()
    with Store(log_db) as store:
        with pytest.raises(RuntimeError):
            write_export(store, "jsonl", target)
        assert list(target.parent.iterdir()) == []
        target.write_text("keep me")
        with pytest.raises(RuntimeError):
            write_export(store, "jsonl", target, force=True)
        assert target.read_text() == "keep me"
        assert list(target.parent.iterdir()) == [target]


def test_write_errors_are_export_errors(log_db, tmp_path):
    with Store(log_db) as store:
        with pytest.raises(ExportError, match="cannot write"):
            write_export(store, "jsonl", tmp_path / "missing" / "log.jsonl")
        with pytest.raises(ExportError, match="is a directory"):
            write_export(store, "jsonl", tmp_path)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "jsonl", "--since", "someday"], "error: cannot read 'someday' as a date"),
        (["--format", "claimreview", "--base-url", "example.org"], "error: --base-url must be"),
        (["--format", "jsonl", "--status", "maybe"], "Invalid value for '--status'"),
        (["--format", "xml"], "Invalid value for '--format'"),
    ],
)
def test_bad_options_give_a_one_line_error_and_no_output(log_db, tmp_path, args, message):
    out = tmp_path / "x.out"
    result = invoke("export", "--db", str(log_db), *args, "-o", str(out))
    assert result.exit_code != 0 and result.stdout == ""
    assert message in result.stderr
    assert [line for line in result.stderr.splitlines() if "rror" in line] != []
    if message.startswith("error:"):
        assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_a_missing_database_is_a_one_line_error(tmp_path):
    result = invoke("export", "--db", str(tmp_path / "none.db"), "--format", "jsonl")
    assert result.exit_code == 1 and result.stderr.startswith("error: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_org_and_base_url_come_from_the_environment(log_db, monkeypatch):
    monkeypatch.setenv("WORKBENCH_ORG", "Example Checks")
    monkeypatch.setenv("WORKBENCH_BASE_URL", "https://checks.example/s")
    result = invoke("export", "--db", str(log_db), "--format", "claimreview")
    [item] = json.loads(result.output)
    assert item["author"] == {"@type": "Organization", "name": "Example Checks"}
    assert item["url"] == "https://checks.example/s#claim-c1"


def test_help_ends_with_an_example():
    result = invoke("export", "--help")
    assert "Example:" in result.output
    assert "workbench export --format claimreview" in result.output


def test_a_reviewer_with_no_decision_in_the_log_is_warned_of(log_db):
    """Walk of gva records 1201-1300: `--reviewer bob` of a log with none of bob's wrote
    the header alone and "wrote 0 records", no word of why."""
    result = invoke("export", "--db", str(log_db), "--format", "csv", "--reviewer", "carol")
    assert result.exit_code == 0
    assert "warning: no decision by carol in this log (its reviewers: ann, bob)" in result.output
    result = invoke("export", "--db", str(log_db), "--format", "csv", "--reviewer", "bob")
    assert "warning" not in result.output
