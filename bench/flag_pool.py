"""A pool of real incidents outside the labelled selection, for judging flags by hand.

The labelled incidents yield a handful of flags: too few to fit a score on. This pool takes
incidents with two or more articles that are neither development nor held-out incidents of
the labelled selection (ordered by the sha1 of the incident id, as the selection is), loads
them into one database, and lists every conflict the finder finds there. A person judges
each by reading the articles, as a reviewer would, and writes the verdict to
`tests/labelled/gva/flags_judged.jsonl` (ids, roles, values and a short why; never the
articles' text). `bench/calibrate.py` fits the score on those verdicts too.

    python bench/flag_pool.py --build --db /tmp/pool.db    # build, then list
    python bench/flag_pool.py --build --first 300 --count 450 --db /tmp/fresh.db  # a part
    python bench/flag_pool.py --db /tmp/pool.db --refind --summary  # the current finder's
    python bench/flag_pool.py --db /tmp/pool.db --unjudged          # flags still to judge
    python bench/flag_pool.py --build --leave-out fresh_ids.txt --db /tmp/pool.db  # not these
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

import gva  # noqa: E402

JUDGED = gva.LABELS / "flags_judged.jsonl"
POOL_INCIDENTS = 450
"""The pool the verdicts were given on: the first 450 such incidents (300 judged first, then
150 more, fresh to the finder's tuning, to enlarge the labels before refitting)."""
VERDICTS = ("real", "false")


def pool_incidents(count: int) -> list[str]:
    """The first `count` incidents with two or more articles outside the selection."""
    chosen = {i for ids in gva.selection().values() for i in ids}
    multi = [i for i, docs in gva.by_incident().items() if len(docs) >= 2 and i not in chosen]
    return sorted(multi, key=lambda i: hashlib.sha1(i.encode()).hexdigest())[:count]


@dataclass(slots=True, frozen=True)
class FlagKey:
    """What a judged flag is, independent of claim ids: its role, the articles on either
    side and the values they give (so a verdict outlives a change of claim ids)."""

    role: str
    """The role of a figure, else the kind ('place', 'date', 'quantity')."""
    docs: frozenset[str]
    values: frozenset[str]
    """A figure's low value; a place's or a date's words."""

    @classmethod
    def of(cls, role: str, sides) -> FlagKey:
        return cls(role, frozenset(d for d, _ in sides), frozenset(str(v) for _, v in sides))


def _value(claim) -> str:
    low = claim.value.get("low")
    if claim.kind == "quantity" and low is not None:
        return f"{float(low):g}"
    return " ".join(claim.text.casefold().split())


def key_of(conflict, doc_of_source: dict[int, str]) -> FlagKey:
    """A listed conflict's key: the values, each with the articles giving it."""
    sides = {
        (doc_of_source[c.source_id], _value(c))
        for c in conflict.claims
        if c.source_id in doc_of_source
    }
    return FlagKey.of(conflict.role or conflict.kind, sides)


def judged() -> dict[FlagKey, dict]:
    """The verdicts given so far, by flag key."""
    if not JUDGED.is_file():
        return {}
    out = {}
    with JUDGED.open(encoding="utf-8") as f:
        for record in map(json.loads, f):
            out[FlagKey.of(record["role"], record["sides"])] = record
    return out


def load_pool(
    count: int, db_path: str, first: int = 0, leave_out: frozenset[str] = frozenset()
) -> gva.Loaded:
    """The pool's incidents `first` to `count` (in pool order) in one database, but those in
    `leave_out` (a fresh set chosen from the pool and not yet labelled: nobody reads its flags)."""
    chosen = [i for i in pool_incidents(count)[first:] if i not in leave_out]
    docs = [d for i in chosen for d in gva.by_incident()[i]]
    return gva.load(docs, db_path=db_path)


def doc_map(db_path: str) -> dict[int, str]:
    """Source id -> doc id of a pool database, read back by url (each article has one)."""
    from workbench.store import Store

    by_url = {d["url"]: d["doc_id"] for d in gva.documents().values()}
    with Store(db_path) as store:
        return {s.id: by_url[s.url] for s in store.sources() if s.url in by_url}


def listed(db_path: str) -> list[tuple[object, FlagKey, str]]:
    """(conflict, key, incident) of every conflict in a pool database that touches no labelled
    incident: a database kept from before a set was labelled still holds its incidents (dev_x
    took 12 of the first 450), which are the selection's now, never the pool's (a fresh set's
    are read as totals only)."""
    from workbench.store import Store

    docs = doc_map(db_path)
    incident_of = {d: r["incident_id"] for d, r in gva.documents().items()}
    labelled = {i for ids in gva.selection().values() for i in ids}
    with Store(db_path) as store:
        conflicts = store.conflicts()
    out = []
    for conflict in conflicts:
        key = key_of(conflict, docs)
        incidents = {incident_of[docs[c.source_id]] for c in conflict.claims if c.source_id in docs}
        if incidents & labelled:
            continue
        out.append((conflict, key, ",".join(sorted(incidents))))
    return out


def listable(found: list, hidden: set[str]) -> list:
    """The flags a listing may show: none touching a held-out or fresh incident (`hidden`,
    `gva.held_out_incidents()`: the pool's fresh tail among them), which are only counted."""
    return [f for f in found if not set(f[2].split(",")) & hidden]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--build", action="store_true", help="build the pool first")
    parser.add_argument("--first", type=int, default=0, help="with --build: skip this many")
    parser.add_argument("--count", type=int, default=POOL_INCIDENTS, help="with --build")
    parser.add_argument(
        "--leave-out", type=Path, help="with --build: a file of incident ids to leave out"
    )
    parser.add_argument("--unjudged", action="store_true")
    parser.add_argument("--refind", action="store_true", help="find again with this finder")
    parser.add_argument("--summary", action="store_true", help="only the counts")
    args = parser.parse_args()
    if args.build:
        leave_out = frozenset(args.leave_out.read_text().split()) if args.leave_out else frozenset()
        load_pool(args.count, args.db, args.first, leave_out)
    elif args.refind:
        from workbench import pipeline
        from workbench.store import Store

        with Store(args.db) as store:
            pipeline.find(store)
    verdicts = judged()
    found = listed(args.db)
    if args.summary:
        said = Counter(verdicts[k]["verdict"] if k in verdicts else "unjudged" for _, k, _ in found)
        across = sum("," in incidents for _, _, incidents in found)
        print(f"flags {len(found)}: {dict(said)}; across incidents {across}")
        return 0
    shown = listable(found, gva.held_out_incidents())
    if len(shown) < len(found):
        print(f"({len(found) - len(shown)} flags of fresh or held-out incidents not listed)")
    for conflict, key, incidents in shown:
        verdict = verdicts.get(key)
        if args.unjudged and verdict is not None:
            continue
        sides = (sorted(key.docs), sorted(key.values))
        print(
            f"[{verdict['verdict'] if verdict else '?':5}] {conflict.score:.2f} "
            f"{conflict.relation} {incidents} {conflict.role} {sides}\n    {conflict.reason}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
