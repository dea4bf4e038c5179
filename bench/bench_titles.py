"""How long titling takes: every story of an analysed database titled again, in CPU seconds.

Titles are made per story (`stories.title_of`) from the articles' headings and openings,
their place and date claims, and the kinds of event their parses tell. This times that for
every story of a copy of a kept database (`bench_stories.py --keep`, or any database
`workbench analyze` wrote) after one story titled to warm the caches, and writes the
titles in story order to OUT, so two trees' titles compare with `cmp`. Nothing is written
to the database unless `--retitle`: then `stories.retitle` runs on the copy, as an upgrade
of the titles does (its writes included), and is timed the same way. `--forget-repairs`
first drops the claims' kept repairs from the copy's parse cache (a database extracted
before they were kept, as speed31's notes call one), and `--twice` titles again after, so
what the first titling kept is measured by the second.

    python bench/bench_titles.py /tmp/corpus/stories.db /tmp/titles.txt
    python bench/bench_titles.py DB OUT --retitle --forget-repairs --twice
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent)]

from workbench.store import Store  # noqa: E402
from workbench.stories import retitle, title_of  # noqa: E402
from workbench.stories.settings import default  # noqa: E402
from workbench.stories.title_towns import town_names, typed_town_names  # noqa: E402


def forget_repairs(store: Store) -> int:
    """Drop the kept repairs of every parse titling reads (their keys recorded while every
    story is titled once); returns how many rows went."""
    from workbench.stories import repaired_parses as kept

    keys: set[str] = set()
    keyed = kept.repaired_key

    def recorded(text: str, mark: str) -> str:
        keys.add(key := keyed(text, mark))
        return key

    kept.repaired_key = recorded
    try:
        titled(store)
    finally:
        kept.repaired_key = keyed
    wanted = sorted(keys)
    gone = 0
    with store.transaction():
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            sql = f"DELETE FROM parses WHERE key IN ({','.join('?' * len(chunk))})"
            gone += store.db.execute(sql, chunk).rowcount
    return gone


def titled(store: Store) -> tuple[list[tuple[int, str]], float]:
    """Every story's title as `title_of` makes it, and the CPU seconds it took."""
    settings = default()
    ids = [r[0] for r in store.db.execute("SELECT id FROM stories ORDER BY id")]
    rows = store.place_names()
    towns, typed = town_names(rows), typed_town_names(rows)
    title_of(store, ids[0], settings, towns, typed)  # warm: the tables, the imports
    start = time.process_time()
    out = [(i, title_of(store, i, settings, towns, typed)) for i in ids]
    return out, time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", help="an analysed database (copied first, never changed)")
    parser.add_argument("out", help="where the titles go, one a line, in story order")
    parser.add_argument("--retitle", action="store_true", help="stories.retitle, writing")
    parser.add_argument("--forget-repairs", action="store_true")
    parser.add_argument("--twice", action="store_true", help="then the same again")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wb-titles-") as tmp:
        copy = Path(tmp) / "titles.db"
        shutil.copy(args.db, copy)
        with Store(copy) as store:
            if args.forget_repairs:
                print(f"kept repairs dropped: {forget_repairs(store)}")
            for run in range(2 if args.twice else 1):
                if args.retitle:
                    ids = [r[0] for r in store.db.execute("SELECT id FROM stories")]
                    start = time.process_time()
                    retitle(store, ids)
                    seconds = time.process_time() - start
                    titles = list(store.db.execute("SELECT id, title FROM stories ORDER BY id"))
                else:
                    titles, seconds = titled(store)
                print(f"run {run + 1}: {len(titles)} stories titled in {seconds:.2f} CPU s")
            Path(args.out).write_text("".join(f"{i}\t{t}\n" for i, t in titles))


if __name__ == "__main__":
    main()
