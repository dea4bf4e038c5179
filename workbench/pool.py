"""Both cores: a function mapped over many items in worker processes, results in order.

Extraction is pure (an article's claims depend on its text and date only), so it can run
anywhere; what must stay single is the writer. `ordered_map` yields results in the order
of the items, whatever order the workers finish in, so the one writer downstream stores
them exactly as a serial run would: the database is the same either way.

Workers are forked, so they start at once with the extractor and its caches loaded;
but only from a process with a single thread: a forked copy of a lock another thread
held at that instant would hang the child, so a process with threads (the app's database
threads) gets its workers from a fork server instead. Few items run in the calling
process: starting workers costs more than a handful of articles.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 16
"""Below this many items, no workers are started."""
WORKERS_ENV = "WORKBENCH_WORKERS"
"""Set to a number to choose how many worker processes (1: none)."""
PRELOAD = ["workbench.claims"]
"""Imported once in the fork server, so each worker starts with the extractor loaded."""


def worker_count() -> int:
    """The cores this process may use (or $WORKBENCH_WORKERS)."""
    given = os.environ.get(WORKERS_ENV, "").strip()
    if given.isdigit() and int(given) > 0:
        return int(given)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _context():
    import multiprocessing
    import threading

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        return context
    return multiprocessing.get_context("spawn")  # Windows


@contextmanager
def frozen_heap() -> Iterator[None]:
    """The objects alive now (after an ingest's warm-up: the parser's model, scikit-learn,
    every module, some 150,000) left out of this process's full collections until the
    block ends, as the workers' are (`_start_worker`): an ingest's six full collections
    per 1,000 articles walked them each time (0.57 CPU s of the main process; frozen,
    0.17). Unfrozen at the end, so a process that ingests again and again still collects
    what it let go of meanwhile."""
    import gc

    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _start_worker(parent: int | None) -> None:
    """Runs first in each worker: it ends with its parent (`_follow_parent`), and the
    objects it was forked with are frozen (`gc.freeze`), as Python's documentation advises
    for a fork without exec: a worker's full collections then walk only what it made
    itself, not the parent's whole heap (the parser's model, and what the parent holds in
    proportion to the corpus) again and again, and touch none of the pages it shares with
    the parent. Finding conflicts in 4,000 generated articles: the workers' full
    collections 7.6 -> 4.6 CPU s (the heap a collection walks grew with the corpus, so
    the stage grew faster than it)."""
    import gc

    _follow_parent(parent)
    gc.freeze()


def _follow_parent(parent: int | None) -> None:
    """It ends with the process that started it. Killed
    (`kill -9`, or a plain kill that runs no clean-up), an ingest used to leave its
    workers behind, idle and holding their memory for good. Linux only (prctl); `parent`
    is None when a fork server, not the caller, is the worker's parent."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux
        return
    if parent is not None and os.getppid() != parent:  # it died before the prctl
        os._exit(1)


def _run_chunk(fn: Callable[[T], R], items: list[T]) -> list[R]:
    return [fn(item) for item in items]


def ordered_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    total: int | None = None,
    chunk: int = 8,
    workers: int | None = None,
    min_items: int = MIN_ITEMS,
    warm: Callable[[], None] | None = None,
) -> Iterator[R]:
    """`fn(item)` for each item, in the items' order; in worker processes when there are
    at least `min_items` items (`total`, if the items are an iterator) and more than one
    core. `fn` must be a module-level function. At most a few chunks per worker are in
    flight, so a long iterator is never read ahead into memory.

    `warm` runs in this process just before workers are started (never when none are):
    what it loads (a model, a library) is then loaded once and shared by every forked
    worker, instead of once in each."""
    workers = worker_count() if workers is None else workers
    size = total if total is not None else (len(items) if hasattr(items, "__len__") else None)
    if workers <= 1 or size is None or size < min_items:
        yield from map(fn, items)
        return
    source = iter(items)
    if warm is not None:
        warm()
    pending: deque[Future[list[R]]] = deque()
    context = _context()
    parent = os.getpid() if context.get_start_method() == "fork" else None
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(parent,),
    ) as pool:
        try:
            while True:
                while len(pending) < 2 * workers:
                    batch = list(islice(source, chunk))
                    if not batch:
                        break
                    pending.append(pool.submit(_run_chunk, fn, batch))
                if not pending:
                    return
                yield from pending.popleft().result()
        except BaseException:  # ctrl+c, a failure, or the caller stopped reading
            _stop_workers(pool)
            raise
        finally:
            for future in pending:
                future.cancel()


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """End the workers now, their chunks undone: nobody will read them. Left to finish,
    the chunks already handed to them (a cancel cannot take those back) ran to their end
    before the command could stop: ctrl+c during an upgrade's re-analysis of 3,576 articles
    said it stopped 10-16 s later (four batches of 16 articles in flight; walk45)."""
    workers = list((getattr(pool, "_processes", None) or {}).values())  # gone at shutdown
    pool.shutdown(wait=False, cancel_futures=True)
    for process in workers:
        process.terminate()
