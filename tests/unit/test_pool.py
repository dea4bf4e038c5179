"""Both cores: extraction in worker processes gives exactly the serial result, in order."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from workbench.ingest.api import ingest_paths
from workbench.pipeline import analyze
from workbench.pool import MIN_ITEMS, WORKERS_ENV, ordered_map
from workbench.store import Store

CORPORA = Path(__file__).resolve().parents[1] / "corpora"


def tagged(item: int) -> tuple[int, int]:
    return item, os.getpid()


def test_ordered_map_keeps_the_order_and_uses_workers_only_for_many_items():
    few = list(ordered_map(tagged, range(MIN_ITEMS - 1), workers=2))
    assert [i for i, _ in few] == list(range(MIN_ITEMS - 1))
    assert {pid for _, pid in few} == {os.getpid()}
    many = list(ordered_map(tagged, iter(range(50)), total=50, workers=2, chunk=3))
    assert [i for i, _ in many] == list(range(50))
    assert os.getpid() not in {pid for _, pid in many}


def frozen(item: int) -> tuple[int, int, int]:
    import gc

    return item, os.getpid(), gc.get_freeze_count()


def test_workers_freeze_what_they_were_started_with():
    many = list(ordered_map(frozen, iter(range(20)), total=20, workers=2, chunk=3))
    assert os.getpid() not in {pid for _, pid, _ in many}
    assert all(count > 0 for _, _, count in many)


WARMED: list[int] = []


def _warm() -> None:
    WARMED.append(os.getpid())


def warmed(item: int) -> tuple[int, list[int]]:
    return item, list(WARMED)


def test_warm_runs_once_before_workers_start_and_not_without_them():
    WARMED.clear()
    few = list(ordered_map(warmed, range(3), workers=2, warm=_warm))
    assert few == [(0, []), (1, []), (2, [])] and WARMED == []
    many = list(ordered_map(warmed, iter(range(20)), total=20, workers=2, warm=_warm))
    assert [os.getpid()] == WARMED
    assert [i for i, _ in many] == list(range(20))
    # Forked workers start with what was loaded (a fork server's do not: threads here).
    if threading.active_count() == 1:
        assert all(seen == [os.getpid()] for _, seen in many)


def _snapshot(store: Store) -> tuple:
    claims = [(c.id, c.source_id, c.kind, c.start, c.end, c.value) for c in store.claims()]
    conflicts = sorted((c.id, c.reason, tuple(c.claim_ids)) for c in store.conflicts())
    return claims, conflicts


def test_workers_store_what_one_process_stores(tmp_path, monkeypatch):
    files = sorted(CORPORA.glob("*/*.txt"))
    assert len(files) >= MIN_ITEMS
    found = {}
    for workers in ("1", "2"):
        monkeypatch.setenv(WORKERS_ENV, workers)
        with Store(tmp_path / f"{workers}.db") as store:
            ingest_paths(store, files)
            ingested = _snapshot(store)
            analyze(store)
            assert _snapshot(store) == ingested
            found[workers] = ingested
    assert found["1"] == found["2"]
    assert found["1"][0] and found["1"][1]


def test_a_frozen_heap_leaves_what_lives_now_out_of_collections_until_it_ends():
    import gc

    from workbench.pool import frozen_heap

    gc.unfreeze()
    with frozen_heap():
        assert gc.get_freeze_count() > 0
        made_now = [[]]
        assert gc.get_freeze_count() > 0 and gc.is_tracked(made_now)
    assert gc.get_freeze_count() == 0


def slow_mark(item: tuple[int, str]) -> int:
    """Marks its item done in a folder after a fifth of a second."""
    import time

    number, folder = item
    time.sleep(0.2)
    Path(folder, str(number)).touch()
    return number


def test_a_caller_that_stops_leaves_no_chunk_running(tmp_path):
    """walk45: ctrl+c during a re-analysis said it stopped 10-16 s later: the chunks already
    handed to the workers ran to their end first. Stopped, the workers end now."""
    import time

    items = [(n, str(tmp_path)) for n in range(64)]
    results = ordered_map(slow_mark, iter(items), total=64, workers=2, chunk=8)
    assert next(results) == 0  # the first chunk is done; three more are in flight
    results.close()  # the caller stops reading, as ctrl+c leaves it
    time.sleep(2)  # a chunk left running would have ended meanwhile (1.6 s)
    assert len(list(tmp_path.iterdir())) < 32, sorted(p.name for p in tmp_path.iterdir())
