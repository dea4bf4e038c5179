"""Prepared articles kept on disk between the check pass and the load.

An ingest reads every input twice: first to check it (nothing is written before every
input is good), then to store it. When the check runs in a forked child while this
process loads the parser (`check_aside`), the child prepares each article in full
(cleaned, split, fingerprinted: 1.2 CPU s per 1,000 real articles) on a core that would
otherwise idle, and writes it here; the load then reads the articles back (0.14 CPU s)
instead of preparing them again while the extraction workers want both cores. An
anonymous temporary file, so memory does not grow with the input and nothing is left
behind.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Iterator

from workbench.ingest.prepare import Prepared


class Spool:
    """A file of prepared articles, written by one process (a forked child may) and read
    back in order by another once `ready`."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by `close`)
        self.ready = False
        """Set by the reader's side once the writer told it every article is written."""

    def keep(self, article: Prepared) -> None:
        pickle.dump(article, self._file, protocol=pickle.HIGHEST_PROTOCOL)

    def flush(self) -> None:
        """The writer's last call: what it buffered is in the file."""
        self._file.flush()

    def articles(self) -> Iterator[Prepared]:
        """The articles in the order they were kept, read one at a time."""
        # A file of its own, from the start: the writer may have been a forked child,
        # whose writes moved the offset this process's file object does not know of.
        with open(os.dup(self._file.fileno()), "rb") as read:
            read.seek(0)
            while True:
                try:
                    yield pickle.load(read)
                except EOFError:
                    return

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
