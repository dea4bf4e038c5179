"""The review app's dialogs on a big database: the stories dialog (`t`), a key press and End
in it, the filter dialog (`f`) and its Source field opened; wall and CPU seconds each.

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
    return times


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
