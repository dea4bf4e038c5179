"""A kept database for bench_stories: grouped again from scratch, or one article placed
again, without ingesting or extracting anything.

An analysed ingest of every GVA article takes half an hour on the shared machine; its
claims (the event facts grouping reads) do not change while grouping is tuned, so
`bench_stories.py --keep DIR` saves the database once and `--reuse DIR` groups a copy.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path


def count_candidates(store) -> list[int]:
    """Wrap the store's candidate lookup: each call appends how many stories it offered."""
    calls: list[int] = []
    real = store.candidates

    def counted(terms, limit):
        found = real(terms, limit)
        calls.append(len({m.story_id for m in found}))
        return found

    store.candidates = counted
    return calls


def keep(path: str, truth: dict[int, str], folder: Path) -> None:
    """Save a database and its sources' incidents for `--reuse`."""
    from workbench.store import Store

    folder.mkdir(parents=True, exist_ok=True)
    with Store(path) as store:  # one file: the write-ahead log checkpointed into it
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(path, folder / "stories.db")
    (folder / "truth.json").write_text(json.dumps({str(k): v for k, v in truth.items()}))


def reused(folder: Path, into: Path) -> tuple[str, dict[int, str]]:
    """A copy of a kept database with its grouping forgotten, and its sources' incidents."""
    from workbench.store import Store
    from workbench.stories import GROUPING_VERSION_KEY

    path = into / "stories.db"
    shutil.copyfile(folder / "stories.db", path)
    with Store(path) as store, store.transaction():
        store.set_meta(GROUPING_VERSION_KEY, "forgotten")  # the next grouping starts over
    truth = json.loads((folder / "truth.json").read_text())
    return str(path), {int(k): v for k, v in truth.items()}


def placed_last(path: str, settings=None) -> dict:
    """The last article published, taken out of its story and placed again into the
    grouped database: the time to place it (with its claims' event facts, as an analysed
    ingest places it; its terms are already counted) and how many stories it was
    compared with."""
    from workbench.store import Store
    from workbench.stories import group

    with Store(path) as store:
        last = store.db.execute(
            "SELECT id FROM sources ORDER BY published DESC, id DESC LIMIT 1"
        ).fetchone()[0]
        with store.transaction():
            store.db.execute("DELETE FROM source_stories WHERE source_id = ?", [last])
        calls = count_candidates(store)
        started, cpu = time.perf_counter(), time.process_time()
        changed = group(store, settings)
        return {
            "database_articles": store.document_count() - 1,
            "place_seconds": round(time.perf_counter() - started, 3),
            "place_cpu_seconds": round(time.process_time() - cpu, 3),
            "stories_compared": sum(calls),
            "stories_changed": len(changed),
        }
