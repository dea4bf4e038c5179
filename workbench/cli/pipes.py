"""A reader that goes away: `workbench stories | head -1`.

`git log | head -1`, `ls | head -1` and `seq 1 1000000 | head -1` print nothing of their own
when `head` has read its line and closed the pipe: the kernel ends them with SIGPIPE at their
next write, and the shell reads that as status 141 (128 + 13), which `set -o pipefail`
scripts know. Every workbench command that writes to stdout now ends the same way; before,
click caught the broken pipe and exited 1 with no word (walk42: "exits 1 silently"), a
failure to a script that asked the tools' usual question.

The command is not killed mid-work: the broken pipe is raised as an exception at the write,
so every `finally` (a store's close, a transaction's end) runs first, and only then is the
signal sent to the process itself.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import sys
from collections.abc import Iterator
from typing import Any, NoReturn

import click


class ReaderGone(Exception):
    """The pipe on stdout (or stderr) was closed by its reader. Not an `OSError`, so that
    click's own handler (a silent exit 1) does not take it before `main` does."""


def is_reader_gone(exc: BaseException) -> bool:
    """Whether `exc` is a write to a pipe nobody reads any more (EPIPE)."""
    return isinstance(exc, OSError) and exc.errno == errno.EPIPE


class Group(click.Group):
    """The command group: a broken pipe in any command (or in `--help`, printed while the
    arguments are read) is raised as `ReaderGone`."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        with _reader_gone_raised():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        with _reader_gone_raised():
            return super().invoke(ctx)


@contextlib.contextmanager
def _reader_gone_raised() -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        if is_reader_gone(exc):
            raise ReaderGone from exc
        raise


def silence_stdout() -> None:
    """Output still buffered for a closed pipe goes to /dev/null, so the interpreter's last
    flush does not say "Exception ignored ... BrokenPipeError"."""
    # no real file (a test's stand-in): nothing to silence
    with contextlib.suppress(AttributeError, OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def end_quietly() -> NoReturn:
    """End as `git log | head -1` ends: no line, killed by SIGPIPE (where there is one;
    else exit 1)."""
    silence_stdout()
    pipe_signal = getattr(signal, "SIGPIPE", None)
    if pipe_signal is not None:
        signal.signal(pipe_signal, signal.SIG_DFL)
        os.kill(os.getpid(), pipe_signal)
    sys.exit(1)
