"""The benchmark's app child: the review app on a database, driven by its Pilot, timed per press."""

from __future__ import annotations

import asyncio
import statistics
from pathlib import Path
from time import perf_counter, process_time
from typing import Any

# --- child: the app -----------------------------------------------------------------------


async def _drive_app(db: Path, presses: int) -> dict:
    """Time the app as a reviewer meets it: open; on each conflict a verdict (side 1 is
    right), a tag on the claim under focus, then `n` to the next conflict to do; each
    until it is saved (committed) and painted.

    Keys are posted as events (not through `pilot.press`, whose own settling costs ~50 ms),
    and "shown" is the first frame the app paints after the state changed: `_display`
    is wrapped to timestamp every frame (headless, it paints to nowhere, but it paints).
    """
    from textual import events

    from workbench.app import app as app_module
    from workbench.app.data import Finding

    start, start_cpu = perf_counter(), process_time()
    application = app_module.create_app(db, "bench")
    frames: list[float] = []
    probe: list[Any] = [None]
    """The condition being waited for: tested as each frame is painted."""
    painted: list[float] = []
    """Frames painted while the probe held."""
    paint = application._display

    firsts: dict[str, float] = {}
    firsts_cpu: dict[str, float] = {}
    """When the first frame was painted with each of `milestones` holding."""

    def display(screen: Any, renderable: Any) -> None:
        if renderable is not None:
            frames.append(perf_counter())
            if probe[0] is not None and probe[0]():
                painted.append(frames[-1])
            for name, holds in milestones.items():
                if name not in firsts and holds():
                    firsts[name] = frames[-1]
                    firsts_cpu[name] = process_time()
        paint(screen, renderable)

    def main() -> Any:
        return _main_screen(application)

    milestones = {
        "first_conflict": lambda: (s := main()) is not None and s.loaded,
        "first_articles": lambda: (
            (s := main()) is not None and s.loaded and _panes_show(s, s.main_list.current)
        ),
        "whole_list": lambda: (
            (s := main()) is not None and s.loaded and not getattr(s, "paged", False)
        ),
    }
    """Tested on every frame from the start: the app may paint its first screen before
    this driver's loop looks (the screen waits a moment for its first read)."""

    application._display = display  # type: ignore[method-assign]

    async def shown(condition: Any, timeout: float = 10) -> float | None:
        """When the first frame was painted with `condition` holding. The condition is
        tested as each frame is painted: a frame painted between the change and this
        loop's next look at it counts (the app may paint nothing after it)."""
        painted.clear()
        probe[0] = condition
        try:
            if not await _wait(lambda: painted or condition(), timeout):
                return None
            ready = perf_counter()
            if not await _wait(lambda: painted or (frames and frames[-1] >= ready), timeout):
                return None
            return painted[0] if painted else next(f for f in frames if f >= ready)
        finally:
            probe[0] = None

    cpu_ms: dict[str, list[float]] = {}
    poll_cpu = [0.0]
    """CPU seconds of one poll of an idle app, measured before the presses."""

    queued_ms: dict[str, list[float]] = {}
    """Per press: ms the process's threads spent runnable but waiting for a core."""
    unqueued_ms: dict[str, list[float]] = {}
    """Per press: wall ms less that wait (what an idle machine would show, roughly)."""

    async def press(key: str, condition: Any) -> float | None:
        """Wall ms until saved and painted; the process's CPU ms (the app, its database
        thread, and this driver's polling) is kept apart: under load, wall is the queue,
        and the threads' own run-queue wait (the kernel's schedstat) says how much."""
        t0, c0, p0, q0 = perf_counter(), process_time(), POLLS[0], run_queue_wait()
        application.post_message(events.Key(key, key))
        done = await shown(condition)
        queued = (run_queue_wait() - q0) * 1000
        polling = (POLLS[0] - p0) * poll_cpu[0]
        cpu_ms.setdefault(key, []).append(max(0.0, process_time() - c0 - polling) * 1000)
        if done is None:
            return None
        wall = (done - t0) * 1000
        queued_ms.setdefault(key, []).append(queued)
        unqueued_ms.setdefault(key, []).append(max(0.0, wall - queued))
        return wall

    result: dict[str, Any] = {}
    async with application.run_test(size=(160, 45)) as pilot:
        screen = await _wait(lambda: _main_screen(application), 30)
        if screen is None:
            result["error"] = "the main screen did not appear within 30 s"
            return result
        if not await _wait(lambda: "first_conflict" in firsts, 30):
            result["error"] = "the conflict list did not load within 30 s"
            return result
        result["first_conflict_cpu_s"] = round(firsts_cpu["first_conflict"] - start_cpu, 3)
        if not screen.main_list.rows:
            result["error"] = "the database has no conflicts to show"
            return result
        # A large list shows its first page, then reads the rest: the presses are timed
        # on the whole list.
        await _wait(lambda: len(firsts) == len(milestones), 30)
        for name in milestones:
            at = firsts.get(name)
            result[f"{name}_s"] = round(at - start, 3) if at is not None else None
        await pilot.pause()
        c0, p0 = process_time(), POLLS[0]
        await _wait(lambda: False, 0.5)
        poll_cpu[0] = (process_time() - c0) / max(1, POLLS[0] - p0)
        result["poll_cpu_us"] = round(poll_cpu[0] * 1e6, 1)
        screen.advance = False  # the verdict and the move are timed apart
        if not isinstance(screen.main_list.current, Finding):
            # Every conflict scores below the model's threshold (a database scored by an
            # older model): the list opens on the heading that hides them. Open it and go
            # to the first, as a reviewer would (B, then n); said in the result.
            screen.action_toggle_below()
            screen.action_next_undecided()
            await _wait(lambda: _panes_show(screen, screen.main_list.current), 30)
            await pilot.pause()
            result["opened_below_threshold"] = True
        verdict_ms, tag_ms, next_ms = [], [], []
        statuses = {"v": "verified", "d": "disputed", "u": "unresolved"}
        for i in range(presses):
            finding = screen.main_list.current
            if not isinstance(finding, Finding):
                break
            verdict_ms.append(
                await press(
                    "1",
                    lambda key=finding.key: (
                        screen.saving == 0
                        and any(
                            v.reviewer == "bench" for v in screen.decisions.verdicts.get(key, [])
                        )
                    ),
                )
            )
            await pilot.pause()
            targets = screen._targets()
            key = "vdu"[i % 3]
            tag_ms.append(
                await press(
                    key,
                    lambda ids=targets, key=key: (
                        screen.saving == 0
                        and all(screen.statuses.get(c) == statuses[key] for c in ids)
                    ),
                )
            )
            await pilot.pause()
            before = screen.main_list.cursor
            next_ms.append(
                await press(
                    "n",
                    lambda before=before: (
                        screen.main_list.cursor != before
                        and isinstance(screen.main_list.current, Finding)
                        and _panes_show(screen, screen.main_list.current)
                    ),
                )
            )
            await pilot.pause()
            if next_ms[-1] is None:
                break
        if presses and not verdict_ms:
            result["error"] = "no conflict to press on: nothing was timed"
        result["timeouts"] = verdict_ms.count(None) + tag_ms.count(None) + next_ms.count(None)
        result["verdict_ms"] = _spread([t for t in verdict_ms if t is not None])
        result["tag_ms"] = _spread([t for t in tag_ms if t is not None])
        result["next_ms"] = _spread([t for t in next_ms if t is not None])
        result["cpu_ms"] = {
            kind: _spread(cpu_ms.get(k, [])) for kind, k in (("verdict", "1"), ("next", "n"))
        } | {"tag": _spread([t for k in "vdu" for t in cpu_ms.get(k, [])])}
        for name, kept in (("run_queue_ms", queued_ms), ("wall_less_queue_ms", unqueued_ms)):
            result[name] = {
                kind: _spread(kept.get(k, [])) for kind, k in (("verdict", "1"), ("next", "n"))
            } | {"tag": _spread([t for k in "vdu" for t in kept.get(k, [])])}
        result["conflicts_listed"] = len(screen.conflicts)
    return result


def run_queue_wait() -> float:
    """Seconds this process's threads (live ones) have spent runnable but waiting for a
    core, from /proc's schedstat; 0 where the kernel does not keep it. On a shared
    machine this is the part of a press's wall time that the neighbours cost."""
    total = 0
    try:
        tasks = list(Path("/proc/self/task").iterdir())
    except OSError:
        return 0.0
    for task in tasks:
        try:
            total += int((task / "schedstat").read_text().split()[1])
        except (OSError, IndexError, ValueError):
            continue  # a thread that ended meanwhile
    return total / 1e9


POLLS = [0]
"""Polls made by `_wait` so far: their CPU is the driver's, not the app's."""


async def _wait(condition: Any, timeout: float) -> Any:
    """Poll a condition on the app's own loop; its value, or None at the timeout."""
    deadline = perf_counter() + timeout
    while perf_counter() < deadline:
        value = condition()
        if value:
            return value
        POLLS[0] += 1
        await asyncio.sleep(0.0005)
    return None


def _main_screen(application: Any) -> Any:
    from workbench.app.screens.main import MainScreen

    screen = application.screen
    return screen if isinstance(screen, MainScreen) else None


def _panes_show(screen: Any, row: Any) -> bool:
    """The first pane holds one of the selected conflict's sources."""
    if row is None or not getattr(row, "claims", None):
        return True
    pane = screen.panes[0]
    wanted = {c.source_id for c in row.claims}
    return pane.article is not None and pane.article.info.id in wanted


def _spread(values: list[float]) -> dict:
    if not values:
        return {}
    return {
        "median": round(statistics.median(values), 2),
        "worst": round(max(values), 2),
        "n": len(values),
    }


def child_app(db: Path, presses: int) -> dict:
    """The app on `db`, migrated first (a one-time cost that is not the app's start)."""
    from workbench.store import Store

    with Store(db):
        pass
    return asyncio.run(_drive_app(db, presses))
