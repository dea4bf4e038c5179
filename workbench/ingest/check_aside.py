"""The check pass on the other core while this process loads the parser.

Before its workers are forked, an ingest of many articles loads what they share (spaCy's
model, scikit-learn for grouping's terms: about 2.3 CPU s), and before that it checks
every input (0.4 s per 1,000 articles), each with the other core idle. Checking in a
forked child while this process loads overlaps the two; nothing else changes: the child
only reads the inputs, the parent still writes nothing before every input is good, and
the child's verdict (the count, the warnings, the bad records, or the first bad input)
is the one the check pass would have made here.

Given a `Spool`, the child also keeps each article it checked, prepared in full, so the
load reads them back instead of preparing them again (`spool`); `spool.ready` says it did.

Only when it pays and is safe: a process with one thread (a fork copies no other
thread's locks), and a check that is still running after `PATIENCE_S` (a few articles
are checked sooner, and then nothing is loaded ahead: a re-ingest of known articles
parses nothing). If the child fails in any other way, the check runs here again.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import threading
import time
from collections.abc import Callable
from typing import Any

from workbench.ingest.prepare import IngestError
from workbench.ingest.spool import Spool

PATIENCE_S = 0.05
"""How long the check may run before the parser is loaded beside it."""
TELL_EVERY_S = 0.1
"""The child's count is sent at most this often (the parent draws the bar from it)."""

Check = Callable[..., int]
"""Runs the check pass: given a `counted(n)` callback and lists to fill with warnings and
bad records (file, reason), returns how many articles it found; raises `IngestError`.
Called with `keep=` too when a spool is given: each good article, prepared in full, is
handed to it."""


def check_beside(
    check: Check,
    warm: Callable[[], Any] | None,
    counted: Callable[[int], None],
    warnings: list[str],
    bad: list[tuple[str, str]],
    spool: Spool | None = None,
) -> int:
    """`check(...)` in a forked child while `warm()` runs here (when it pays: see the
    module), keeping the prepared articles in `spool` if one is given; else (or with no
    `warm`) simply `check(...)` here, and the spool stays not ready."""
    if warm is None or not hasattr(os, "fork") or threading.active_count() != 1:
        return check(counted, warnings, bad)
    import multiprocessing

    receive, send = multiprocessing.Pipe(duplex=False)
    pid = os.fork()
    if pid == 0:  # the child: check, tell, and leave without running the parent's exits
        receive.close()
        code = 0
        try:
            _child(check, send, spool)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    send.close()
    try:
        verdict = _parent(receive, warm, counted)
    except BaseException:  # interrupted while loading: the child's check is not waited for
        os.kill(pid, signal.SIGKILL)
        raise
    finally:
        receive.close()
        os.waitpid(pid, 0)
    if verdict is None:  # the child failed otherwise: the check runs here, as it would have
        return check(counted, warnings, bad)
    kind, value, told, refused = verdict
    warnings.extend(told)
    bad.extend(refused)
    if kind == "bad input":
        raise IngestError(*value)
    if spool is not None:
        spool.ready = True
    return value


def _child(check: Check, send: Any, spool: Spool | None) -> None:
    told: list[str] = []
    refused: list[tuple[str, str]] = []
    last = [0.0]

    def counted(n: int) -> None:
        now = time.monotonic()
        if now - last[0] >= TELL_EVERY_S:
            last[0] = now
            send.send(("count", n))

    try:
        if spool is None:
            total = check(counted, told, refused)
        else:
            total = check(counted, told, refused, keep=spool.keep)
            spool.flush()
    except IngestError as exc:
        send.send(("bad input", (exc.file, exc.reason), told, refused))
        return
    send.send(("done", total, told, refused))


def _parent(receive: Any, warm: Callable[[], Any], counted: Callable[[int], None]):
    """Warm unless the check ends within PATIENCE_S; then relay the child's counts until
    its verdict. None when the child ended without one."""
    try:
        first = receive.recv() if receive.poll(PATIENCE_S) else None
        if first is not None and first[0] != "count":
            return first  # checked at once: a few articles, nothing to load ahead
        if first is not None:
            counted(first[1])
        with contextlib.suppress(Exception):  # met again, and told, where it is used
            warm()
        while True:
            message = receive.recv()
            if message[0] != "count":
                return message
            counted(message[1])
    except (EOFError, OSError, pickle.UnpicklingError):
        return None
