"""The pool tail's untuned measure in one command: totals only, never an item.

The flag pool's last 34 incidents (`flag_pool.py` order, positions 740 on when they were chosen)
were read by hand before the finder ran on them: their real disagreements and look-alikes are in
`tests/labelled/gva/pairs_pool_tail.jsonl` (split `pool_tail`, `gva.FRESH_POOL`), and the flags
of the finder of that day were judged in `flags_judged.jsonl`. This loads the tail's own
incidents into one database (by id: sets labelled since from the pool shift its positions) and
prints: the flags, how many a verdict calls real or false and how many no verdict names yet (new
flags, for the lead to judge by hand), the Brier score of the packaged score on the judged ones,
the real count pairs and date disagreements found, and the look-alikes flagged. Nothing per flag
is printed: the tail is fresh.

    python bench/pool_tail.py --build --db /tmp/tail.db   # build with this finder, then totals
    python bench/pool_tail.py --db /tmp/tail.db           # a database built before
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

import flag_pool  # noqa: E402
import gva  # noqa: E402
from conflict_judging import REAL, adjacent_days, matches  # noqa: E402

SPLIT = "pool_tail"


def flag_totals(found: list, verdicts: dict) -> dict:
    """Flags by verdict, and the Brier score of their scores against the verdicts given."""
    said = Counter(
        verdicts[key]["verdict"] if key in verdicts else "unjudged" for _, key, _ in found
    )
    judged = [
        (c.score, verdicts[key]["verdict"] == "real") for c, key, _ in found if key in verdicts
    ]
    out: dict = {"flags": len(found), **{v: said[v] for v in ("real", "false", "unjudged")}}
    if judged:
        share = sum(real for _, real in judged) / len(judged)
        out["brier"] = round(sum((s - real) ** 2 for s, real in judged) / len(judged), 3)
        out["brier_constant"] = round(
            sum((share - real) ** 2 for _, real in judged) / len(judged), 3
        )
    return out


def date_disagreements(incident: dict) -> list[tuple[str, str]]:
    """Pairs of articles whose labelled event days differ, but for one night told as two
    days (the labels' night rule)."""
    dated = [a for a in incident["articles"] if a.get("event_date")]
    out = []
    for a, b in combinations(dated, 2):
        days = {a["event_date"], b["event_date"]}
        if len(days) == 2 and not ((a.get("night") or b.get("night")) and adjacent_days(days)):
            out.append((a["doc_id"], b["doc_id"]))
    return out


def pair_totals(found: list, docs: dict[int, str]) -> dict:
    """The listed pairs the flags find: real count pairs, date disagreements, look-alikes."""
    by_incident: dict[str, list] = {}
    for conflict, _, incidents in found:  # a flag joining two incidents counts for each
        for incident_id in incidents.split(","):
            by_incident.setdefault(incident_id, []).append(conflict)
    tally: Counter = Counter()
    for incident in gva.labels(SPLIT):
        conflicts = by_incident.get(incident["incident_id"], [])
        grouped = [(c.role, _by_doc(c, docs)) for c in conflicts if c.kind == "quantity"]
        for pair in incident.get("pairs", []):
            kind = "real" if pair["relation"] in REAL else "lookalike"
            tally[f"{kind}_labelled"] += 1
            tally[f"{kind}_found"] += any(matches(pair, g, role) for role, g in grouped)
        dated = [set(_by_doc(c, docs)) for c in conflicts if c.kind == "date"]
        for a, b in date_disagreements(incident):
            tally["date_labelled"] += 1
            tally["date_found"] += any({a, b} <= sides for sides in dated)
    return {
        "real_pairs_found": f"{tally['real_found']}/{tally['real_labelled']}",
        "date_disagreements_found": f"{tally['date_found']}/{tally['date_labelled']}",
        "lookalikes_flagged": f"{tally['lookalike_found']}/{tally['lookalike_labelled']}",
    }


def _by_doc(conflict, docs: dict[int, str]) -> dict[str, list]:
    out: dict[str, list] = {}
    for claim in conflict.claims:
        out.setdefault(docs.get(claim.source_id, "?"), []).append(claim)
    return out


def measure(db_path: str) -> dict:
    """The tail's totals from a database of it."""
    docs = flag_pool.doc_map(db_path)
    tail = {r["incident_id"] for r in gva.labels(SPLIT)}
    loaded = {gva.documents()[d]["incident_id"] for d in docs.values()}
    found = [f for f in flag_pool.listed(db_path) if set(f[2].split(",")) <= tail]
    return {
        "incidents": f"{len(loaded & tail)}/{len(tail)}",
        "other_incidents_loaded": len(loaded - tail),
        **flag_totals(found, flag_pool.judged()),
        **pair_totals(found, docs),
    }


def build(db_path: str) -> gva.Loaded:
    """The tail's incidents, by id, in one database. By position they moved: dev_ae and dev_ag
    were chosen from the pool, so the tail sat 20 places earlier and positions 740 on held 14
    of its 34 incidents."""
    tail = {r["incident_id"] for r in gva.labels(SPLIT)}
    ordered = [i for i in flag_pool.pool_incidents(len(gva.by_incident())) if i in tail]
    return gva.load([d for i in ordered for d in gva.by_incident()[i]], db_path=db_path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--build", action="store_true", help="build the tail's database first")
    args = parser.parse_args()
    if not gva.available():
        print(f"no corpus at {gva.CORPUS}", file=sys.stderr)
        return 1
    if args.build:
        build(args.db)
    print(SPLIT, json.dumps(measure(args.db)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
