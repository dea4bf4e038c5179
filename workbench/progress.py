"""Progress of a long stage, reported by the core and drawn (or not) by a face.

The core only calls a plain function with the stage's name, how many articles are done
and how many there are; the command line draws it as a bar, the benchmark ignores it.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[str, int, int | None], None]
"""`progress(stage, done, total)`: called as articles are done, `done == total` at the end;
`total` is None while it is not known yet (the check pass counts the articles)."""


def silent(stage: str, done: int, total: int | None) -> None:
    """The progress of a caller that does not want to know."""
