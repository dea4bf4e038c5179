"""Two reviewers press at the same instant on one database, while a third writer (an
ingest, say) holds the write lock now and then: every decision must land, none may be
reported "Not saved" (issue 12's two terminals; bench/bench_two_apps.py does it in tmux)."""

from __future__ import annotations

import asyncio
import sqlite3
import threading

from conftest import settle
from notices import said

from workbench.app import create_app
from workbench.store import Store

SIZE = (120, 30)
ROUNDS = 6


def _hold_write_lock(db, seconds: float, held: threading.Event) -> None:
    """What a long writer does: take the write lock (`held` says it has it) and keep it a
    while."""
    conn = sqlite3.connect(db, isolation_level=None, timeout=10)
    try:
        conn.execute("BEGIN IMMEDIATE")
        held.set()
        threading.Event().wait(seconds)
        conn.execute("COMMIT")
    finally:
        conn.close()


async def test_two_apps_pressing_together_lose_nothing(review_db):
    one = create_app(review_db, "alice")
    two = create_app(review_db, "bob")
    async with one.run_test(size=SIZE) as p1, two.run_test(size=SIZE) as p2:
        await settle(one, p1)
        await settle(two, p2)
        for turn in range(ROUNDS):
            holder = None
            if turn % 2:
                held = threading.Event()
                holder = threading.Thread(target=_hold_write_lock, args=(review_db, 0.3, held))
                holder.start()
                # the lock is held when the keys arrive (a sleep of 0.05 s was not, at load 20)
                await asyncio.to_thread(held.wait, 60)
            key = "vdu"[turn % 3]
            await asyncio.gather(p1.press(key), p2.press(key))
            if holder is not None:
                holder.join()
            await settle(one, p1)
            await settle(two, p2)
        for app in (one, two):
            failed = [m for m in said(app) if "Not saved" in m]
            assert failed == []
    with sqlite3.connect(review_db) as conn:
        rows = dict(conn.execute("SELECT reviewer, count(*) FROM reviews GROUP BY reviewer"))
    assert rows == {"alice": ROUNDS, "bob": ROUNDS}
    with Store(review_db) as store:
        assert store.verify_log().ok
