"""Silver figures: the counts read from unlabelled articles against the archive's records.

The hand labels are few (40 dev incidents) and tuning fits them; the archive records
killed and injured for every incident. On dev-corpus incidents outside the labelled
selection (held-out ones included in that exclusion), each article's figure in a role (the
largest count it states in the role) is compared with the record: hit is compared with
killed + injured. A record is final and an article may be early or speak of several
events, so these figures are a check of generalisation, not truth.

    python bench/claims_silver.py [--articles N]   # the first N articles by incident sha1
    python bench/claims_silver.py --skip 1000 --show   # inspect disagreements elsewhere

Measure on the first articles; inspect (--show) a sample further on, so that the measured
sample stays unread.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import gva
from claims_scoring import extract, states

ROLES = ("killed", "injured", "hit")


def sample(n: int, skip: int = 0) -> list[dict]:
    """The first n articles (with text) of unlabelled incidents, ordered by the sha1 of
    the incident id, then by doc id: the same sample on every machine. Unlabelled means
    outside the first 50 of the selection: the second held-out set's articles, chosen after
    the silver figures were first measured, stay in the sample so that its slices are the
    ones measured since, but are never printed (`score(show=True)`, silver_misses.py)."""
    chosen = gva.selection()
    labelled = set(chosen["dev"]) | set(chosen["heldout"])
    records = gva.incidents()
    grouped = gva.by_incident()
    order = sorted(
        (i for i in grouped if i not in labelled and i in records),
        key=lambda i: hashlib.sha1(i.encode()).hexdigest(),
    )
    out: list[dict] = []
    for incident in order:
        for doc in sorted(grouped[incident], key=lambda d: d["doc_id"]):
            if doc["text"].strip():
                out.append(doc)
        if len(out) >= skip + n:
            break
    return out[skip : skip + n]


def recorded(record: dict, role: str) -> int:
    if role == "hit":
        return int(record["killed"]) + int(record["injured"])
    return int(record[role])


def score(docs: list[dict], show: bool = False) -> Counter:
    tally: Counter = Counter()
    records = gva.incidents()
    held = gva.held_out_incidents()
    for doc in docs:
        source, _, claims = extract(doc)
        tally["refused (no article text)"] += source is None  # nothing read: nothing stated
        record = records[doc["incident_id"]]
        counts = [c for c in claims if c.kind == "quantity" and c.role in ROLES]
        counts = [c for c in counts if not (c.group and "part" in c.group and not c.derived)]
        counts = [c for c in counts if not c.value.get("tally")]  # other events' too
        tally["articles"] += 1
        for role in ROLES:
            want = recorded(record, role)
            mine = [c for c in counts if c.role == role]
            if mine:
                tally[f"{role} with"] += 1
                top = max(c.value.get("high") or c.value.get("low") or 0 for c in mine)
                tally[f"{role} top agrees"] += top == want
                tally[f"{role} top above"] += top > want
                if show and top != want and doc["incident_id"] not in held:
                    print(f"{role} record {want} [{doc['doc_id'][:6]}]")
                    for c in mine:
                        print(f"    {c.value.get('low')} {c.text!r} in {c.sentence[:150]!r}")
            if want > 0:
                tally[f"{role} recorded"] += 1
                tally[f"{role} stated"] += any(states(c.value, want) for c in mine)
    return tally


def report(t: Counter) -> list[str]:
    def pct(a: int, b: int) -> str:
        return f"{a}/{b} {a / b:.1%}" if b else "n/a"

    lines = [f"silver: {t['articles']} unlabelled articles against the archive's records"]
    if t["refused (no article text)"]:
        lines.append(f"  {t['refused (no article text)']} refused by ingest (no article text)")
    for role in ROLES:
        lines.append(
            f"  {role:<8} largest = record {pct(t[f'{role} top agrees'], t[f'{role} with'])}"
            f"  (above it {t[f'{role} top above']})"
            f"   record stated {pct(t[f'{role} stated'], t[f'{role} recorded'])}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--skip", type=int, default=0, help="start this far into the order")
    parser.add_argument(
        "--show", action="store_true", help="print the disagreements (inspect a --skip sample)"
    )
    args = parser.parse_args()
    if not gva.available():
        sys.exit(f"the corpus is not at {gva.CORPUS}")
    print("\n".join(report(score(sample(args.articles, args.skip), args.show))))


if __name__ == "__main__":
    main()
