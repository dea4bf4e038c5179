"""The app's one writer thread and one reader thread, each with its own connection.

sqlite connections belong to the thread that opened them, and a write may wait on
another terminal's lock for seconds; so every query and every decision goes through
`Database` (Datasette's one-writer pattern). The UI thread only ever awaits futures.
This module never imports Textual.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from workbench.store import Store

T = TypeVar("T")


class Database:
    """One writer thread, one reader thread, each with its own connection.

    Writes (and the reads that must see them in order: the overview, the statuses) go
    through the writer in the order they were asked for. Reads that only need committed
    data (an article, a claim's detail, a search, reading ahead) go through the reader,
    so they never queue behind a decision waiting on another terminal's lock, and a
    decision never queues behind them.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="workbench-db")
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="workbench-read")
        self._local = threading.local()

    def _call(self, fn: Callable[[Store], T]) -> T:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = Store(self.path)
        return fn(store)

    def submit(self, fn: Callable[[Store], T]) -> Future[T]:
        """Queue `fn(store)` on the writer thread; the queue order is the write order."""
        return self._executor.submit(self._call, fn)

    async def run(self, fn: Callable[[Store], T]) -> T:
        return await asyncio.wrap_future(self.submit(fn))

    async def read(self, fn: Callable[[Store], T]) -> T:
        """Run a read-only `fn(store)` on the reader thread (committed data only)."""
        return await asyncio.wrap_future(self._reader.submit(self._call, fn))

    async def drained(self) -> None:
        """Return once every call queued before this one has returned (each thread runs
        its queue in order): what a test waits for before it reads the screen."""
        for executor in (self._executor, self._reader):
            try:
                waited = executor.submit(lambda: None)
            except RuntimeError:  # closed: nothing is queued
                continue
            await asyncio.wrap_future(waited)

    def close(self) -> None:
        """Finish every queued call (pending decisions included), then close."""

        def _close() -> None:
            store = getattr(self._local, "store", None)
            if store is not None:
                store.close()
                self._local.store = None

        for executor in (self._reader, self._executor):
            try:
                executor.submit(_close)
            except RuntimeError:  # already closed
                continue
            executor.shutdown(wait=True)
