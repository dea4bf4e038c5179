"""`workbench stories | head -1`: a reader that goes away ends the command as it ends git.

`git log | head -1` is ended by SIGPIPE with no line of its own (status 141 in the shell);
every workbench command exited 1 silently instead (click's handler, walk42). A real pipe
is needed: the CLI runner writes to memory, which never breaks.
"""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest


def _run_into_closed_pipe(args: list[str]) -> tuple[int, str]:
    """Run `workbench ARGS` with its stdout a pipe whose reader has gone before the first
    line: its exit status (negative: the signal that ended it) and its stderr."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "workbench", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    proc.stdout.close()  # the reader is gone before the child has started
    err = proc.stderr.read()
    return proc.wait(timeout=120), err


@pytest.mark.parametrize(
    "args",
    [
        ["stories"],
        ["conflicts", "--all"],
        ["claims"],
        ["sources", "--json"],
        ["export", "--format", "md"],
        ["report"],
    ],
    ids=lambda a: " ".join(a),
)
def test_a_listing_whose_reader_went_ends_as_git_log_does(sample_db_file, args):
    code, err = _run_into_closed_pipe([*args, "--db", str(sample_db_file)])
    assert code == -signal.SIGPIPE
    assert err == ""


def test_help_whose_reader_went_ends_the_same_way():
    code, err = _run_into_closed_pipe(["--help"])
    assert code == -signal.SIGPIPE
    assert err == ""


def test_a_reader_that_reads_everything_sees_exit_zero(sample_db_file):
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "stories", "--db", str(sample_db_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.strip()
    assert done.stderr == ""


def test_a_broken_pipe_is_not_mistaken_for_another_write_error():
    from workbench.cli.pipes import is_reader_gone

    assert is_reader_gone(BrokenPipeError(32, "Broken pipe"))
    assert not is_reader_gone(OSError(28, "No space left on device"))
    assert not is_reader_gone(ValueError("closed file"))
