"""Choose a fresh set of incidents to label by hand, by a rule stated before any is read.

Each session's untuned measure is a set labelled before the tool runs on it; the set must be
chosen by a rule (not by reading articles, nor by the extractor) so that another person gets
the same incidents. This is dev_h's rule (tests/labelled/gva/README.md): incidents with three
or more articles, in the sha1 order of the incident id from its start, in the development
split of bench/bench_stories.py, neither in the flag pool's first 450 nor named in
flags_judged.jsonl or pairs_pool.jsonl, in no labelled split, none of whose articles is at
lines 900-2400 or 3000-3600 of documents.jsonl (app walks) or at positions 1500-2200,
2400-2900 or 3000-3600 of the claims silver sample (read per article).

    python bench/select_fresh.py              # the chosen ids, then why the others were not
    python bench/select_fresh.py --replay dev_h   # choose again as if dev_h were not taken
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

import gva  # noqa: E402
from bench_stories import HELD_OUT_SHARE, held_out  # noqa: E402
from claims_silver import sample  # noqa: E402
from flag_pool import POOL_INCIDENTS, pool_incidents  # noqa: E402

WALKED_LINES = ((900, 2400), (3000, 3600))
"""Lines of documents.jsonl (1-based, ends included, one line of margin each side) read in
the app walks of the thirteenth to seventeenth sessions or in the silver sample's slice."""
SILVER_READ = ((1500, 2200), (2400, 2900), (3000, 3600))
"""Positions of the claims silver sample whose articles were read one by one
(claims_silver.py --show, silver_misses.py)."""


def _within(position: int, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(low - 1 <= position <= high + 1 for low, high in spans)


def _untouched(incident: str, replayed: set[str]) -> bool:
    """In the stories bench's untouched split as it was when the incident was chosen: a
    replayed split is fresh (`gva.FRESH`) now, and fresh incidents are untouched."""
    if incident in replayed:
        return int(hashlib.sha1(incident.encode()).hexdigest(), 16) % HELD_OUT_SHARE == 0
    return held_out(incident)


def named_in_judged() -> set[str]:
    """Incidents that flags_judged.jsonl or pairs_pool.jsonl name, by id or by an article."""
    incident_of = {doc_id: d["incident_id"] for doc_id, d in gva.documents().items()}
    named: set[str] = set()
    for name in ("flags_judged.jsonl", "pairs_pool.jsonl"):
        text = (gva.LABELS / name).read_text(encoding="utf-8")
        named |= set(re.findall(r'"incident_id": "(\d+)"', text))
        named |= {incident_of[h] for h in re.findall(r"[0-9a-f]{32}", text) if h in incident_of}
    return named


def reasons_against(min_articles: int = 3, replay: str | None = None) -> dict[str, list[str]]:
    """Every incident with enough articles, in the sha1 order, with why it may not be taken
    (an empty list: it may); `replay` names a split chosen so, left out of the labelled ones
    so that its choice can be made again."""
    line = {doc_id: n for n, doc_id in enumerate(gva.documents(), start=1)}
    silver = {d["doc_id"]: n for n, d in enumerate(sample(3700))}
    chosen = gva.selection()
    replayed = set(chosen.get(replay, ())) if replay else set()
    taken = {i for split, ids in chosen.items() if split != replay for i in ids}
    pool = set(pool_incidents(POOL_INCIDENTS))
    named = named_in_judged()
    out: dict[str, list[str]] = {}
    grouped = gva.by_incident()
    for incident in sorted(grouped, key=lambda i: hashlib.sha1(i.encode()).hexdigest()):
        docs = grouped[incident]
        if len(docs) < min_articles:
            continue
        tests = {
            "labelled": incident in taken,
            "flag pool": incident in pool,
            "judged": incident in named,
            "untouched split": _untouched(incident, replayed),
            "walked lines": any(_within(line[d["doc_id"]], WALKED_LINES) for d in docs),
            "silver read": any(
                d["doc_id"] in silver and _within(silver[d["doc_id"]], SILVER_READ) for d in docs
            ),
        }
        out[incident] = [why for why, failed in tests.items() if failed]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=15)
    parser.add_argument("--min-articles", type=int, default=3)
    parser.add_argument("--replay", help="a split chosen by this rule, to choose again")
    args = parser.parse_args()
    reasons = reasons_against(args.min_articles, args.replay)
    chosen = [i for i, why in reasons.items() if not why][: args.count]
    grouped = gva.by_incident()
    print(
        json.dumps(
            [{"incident_id": i, "doc_ids": sorted(d["doc_id"] for d in grouped[i])} for i in chosen]
        )
    )
    passed = Counter(why for whys in reasons.values() for why in whys if whys)
    print(f"{len(chosen)} chosen of {len(reasons)}; passed over for: {dict(passed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
