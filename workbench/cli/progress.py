"""The progress bar of long commands: stage, articles done, articles per second, time left.

Drawn with rich (it comes with Textual) on standard error, and only when standard error
is a terminal: piped or redirected output stays free of bar frames, and `--quiet`
silences it. The core reports through a plain `progress(stage, done, total)` callback.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from workbench.progress import Progress, silent

REDRAW_S = 0.1
"""The bar is redrawn at most this often (and at each stage's end)."""


QUIET_HELP = "No progress bar (it shows only on a terminal)."


def quiet_option(fn: Callable | None = None, *, help: str = QUIET_HELP) -> Callable:
    """`--quiet`/`-q`; a command that prints more than its bar says what else it silences."""
    option = click.option("--quiet", "-q", is_flag=True, help=help)
    return option(fn) if fn is not None else option


def wanted(quiet: bool) -> bool:
    """A bar is drawn only on a terminal, and never when asked to be quiet."""
    return not quiet and sys.stderr.isatty()


def rate_text(done: float, total: float | None, speed: float | None) -> str:
    """Articles per second, or "starting" before the first article of a stage is done
    (ingesting sat at "0/199 articles -/s" for 15 s while the parser loaded: it looked hung)."""
    if not done and total:
        return "starting"
    return f"{speed:6.1f}/s" if speed else "     -/s"


def unit_of(stage: str) -> str:
    """What a stage counts: stories when titling them, else articles."""
    from workbench.pipeline import TITLING

    return "stories" if stage == TITLING else "articles"


@contextmanager
def progress_bar(quiet: bool = False) -> Iterator[Progress]:
    """A `Progress` callback drawing one bar per stage, or a silent one."""
    if not wanted(quiet):
        yield silent
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        ProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.progress import Progress as Bars
    from rich.text import Text

    class RateColumn(ProgressColumn):
        """Articles per second over the stage so far."""

        def render(self, task: Any) -> Text:
            speed = task.finished_speed or task.speed
            return Text(rate_text(task.completed, task.total, speed), style="progress.data.speed")

    bars = Bars(
        TextColumn("{task.description:<18}", markup=False),
        BarColumn(bar_width=30),
        MofNCompleteColumn(),
        TextColumn("{task.fields[unit]}", markup=False),
        RateColumn(),
        TimeRemainingColumn(),
        TextColumn("left"),
        console=Console(stderr=True),
        transient=False,
        auto_refresh=False,  # no drawing thread: workers can then be forked safely
    )
    tasks: dict[str, Any] = {}
    drawn = [0.0]

    def report(stage: str, done: int, total: int | None) -> None:
        task = tasks.get(stage)
        if task is None:
            task = tasks[stage] = bars.add_task(stage, total=total, unit=unit_of(stage))
        bars.update(task, completed=done, total=total)
        now = time.monotonic()
        if now - drawn[0] >= REDRAW_S or done == total:
            drawn[0] = now
            bars.refresh()

    with bars:
        yield report
