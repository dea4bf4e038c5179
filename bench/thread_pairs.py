"""Do threads join one situation's stories? Story pairs that share a thread, counted by truth.

A thread should hold the stories of one ongoing situation (issue #10): two stories of one
incident (a later report the grouping kept apart) are a right pair, two of different
incidents a wrong one. Reads a grouped database (`bench_stories.py --keep` or the copy a
`--reuse` run leaves) and the `truth.json` beside the kept one; counts pairs over stories
with no untouched article (`bench_stories.held_out`) and over all (totals only). `--show N`
prints N multi-story threads at random, untouched ones left out, each story with its
incidents, for reading by hand.

    python bench/thread_pairs.py /tmp/regrouped/stories.db --truth /tmp/kept/truth.json
    python bench/thread_pairs.py DB --truth TRUTH --show 12 --seed 29
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
from itertools import combinations
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

from bench_stories import held_out  # noqa: E402


def threads_of(db: sqlite3.Connection, truth: dict[str, str]) -> dict[int, list[tuple]]:
    """Each thread's stories: (story id, title, the incidents of its articles)."""
    members: dict[int, set[str]] = {}
    for source_id, story_id in db.execute("SELECT source_id, story_id FROM source_stories"):
        members.setdefault(story_id, set()).add(truth[str(source_id)])
    threads: dict[int, list[tuple]] = {}
    for story_id, title, thread in db.execute("SELECT id, title, thread_id FROM stories"):
        if story_id in members:
            threads.setdefault(thread, []).append((story_id, title, members[story_id]))
    return threads


def pairs(threads: dict[int, list[tuple]]) -> dict:
    """Story pairs in one thread: [of one incident, of others], development and all."""
    found = {"dev": [0, 0], "all": [0, 0]}
    for stories in threads.values():
        for (_, _, a), (_, _, b) in combinations(stories, 2):
            wrong = 0 if a & b else 1
            found["all"][wrong] += 1
            if not any(held_out(i) for i in a | b):
                found["dev"][wrong] += 1
    sizes = sorted((len(s) for s in threads.values()), reverse=True)
    return found | {
        "threads": len(threads),
        "of_two_or_more": sum(n > 1 for n in sizes),
        "largest": sizes[:4],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--truth", type=Path, required=True)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--seed", type=int, default=29)
    args = parser.parse_args()
    truth = json.loads(args.truth.read_text())
    threads = threads_of(sqlite3.connect(f"file:{args.db}?mode=ro", uri=True), truth)
    print(json.dumps(pairs(threads)))
    readable = [
        t
        for t in threads.values()
        if len(t) > 1 and not any(held_out(i) for _, _, found in t for i in found)
    ]
    random.seed(args.seed)
    for thread in random.sample(readable, min(args.show, len(readable))):
        print("--", len(thread), "stories")
        for story_id, title, found in sorted(thread)[:8]:
            print("   ", story_id, title, sorted(found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
