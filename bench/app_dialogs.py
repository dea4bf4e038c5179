"""The review app's dialogs and lists on a big database: the stories dialog (`t`), a key
press and End in it, the filter dialog (`f`) and its Source field opened, then the claims
and the corroborations lists (`c`): until each shows its rows, then until its first row's
articles are in the panes; wall and CPU seconds each.

The conflict list's own costs (first conflict, a verdict, the next conflict) are
`scale.py --child app`; this times what that run never opens. On the stories bench's
kept database (`bench_stories.py --analyze --sizes all --keep DIR`, 2,257 stories):

    PYTHONPATH=. python bench/app_dialogs.py DIR/stories.db   # on a copy: nothing written
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import tempfile
from pathlib import Path
from time import perf_counter, process_time
from typing import Any


async def _until(pilot: Any, holds: Any, timeout: float = 30) -> None:
    start = perf_counter()
    while not holds() and perf_counter() - start < timeout:
        await pilot.pause(0.01)


async def _measure(db: Path) -> dict[str, tuple[float, float]]:
    from workbench.app import create_app
    from workbench.app.screens.filter import FilterDialog
    from workbench.app.screens.stories import StoriesScreen

    app = create_app(db, "bench")
    times: dict[str, tuple[float, float]] = {}

    async def timed(name: str, *keys: str, holds: Any = None) -> None:
        wall, cpu = perf_counter(), process_time()
        await pilot.press(*keys)
        if holds is not None:
            await _until(pilot, holds)
        await pilot.pause()
        times[name] = (perf_counter() - wall, process_time() - cpu)

    async with app.run_test(size=(160, 45)) as pilot:
        await _until(pilot, lambda: getattr(app.screen, "loaded", False))
        await pilot.pause(0.5)
        main = app.screen
        await timed(
            "stories dialog",
            "t",
            holds=lambda: isinstance(app.screen, StoriesScreen) and app.screen.stories,
        )
        await timed("10 presses of down", *["down"] * 10)
        await timed("end", "end")
        await pilot.press("escape")
        await pilot.pause(0.5)
        await timed("filter dialog", "f", holds=lambda: isinstance(app.screen, FilterDialog))
        await pilot.press("tab", "tab")
        await timed("its Source field", "enter")
        while app.screen is not main:  # the Source field's picker, then the filter dialog
            await pilot.press("escape")
            await pilot.pause(0.2)
        for view in ("claims", "corroborations"):
            await timed(f"{view} list", "c", holds=lambda v=view: _listed(main, v))
            await timed(f"{view} panes", holds=lambda: _panes_follow(main))
    return times


def _listed(screen: Any, view: str) -> bool:
    return screen.view == view and getattr(screen, view) is not None


def _panes_follow(screen: Any) -> bool:
    """The first pane shows an article of the row under the cursor."""
    row = screen.main_list.current
    wanted = {c.source_id for c in getattr(row, "claims", [])} or {getattr(row, "source_id", -1)}
    article = screen.panes[0].article
    return article is not None and article.info.id in wanted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path, help="a workbench database (a copy is opened)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        copy = Path(work) / "copy.db"
        shutil.copy(args.db, copy)
        times = asyncio.run(_measure(copy))
    for name, (wall, cpu) in times.items():
        print(f"{name:<20} {wall:6.3f} s wall  {cpu:6.3f} s CPU")


if __name__ == "__main__":
    main()
