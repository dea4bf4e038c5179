"""The silver disagreements printed for classifying by hand: each article whose figure in a
role disagrees with the archive's record (or never states it), with its count claims and
every sentence that has a count or a word of harm.

    python bench/silver_misses.py --skip 2000 --articles 200 [--except dev_p]

Read a part of the order the measure (`claims_silver.py`, the first 600) never reads.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import gva
from claims_scoring import extract, states
from claims_silver import ROLES, recorded, sample

HARM = re.compile(
    r"\b(shot|shoot|kill|dead|die|death|wound|injur|hurt|fatal|hospital|victim|struck|"
    r"stabb|murder|homicide|slain|life)",
    re.IGNORECASE,
)


def disagreements(claims, record: dict) -> list[str]:
    out = []
    for role in ROLES:
        want = recorded(record, role)
        mine = [c for c in claims if c.role == role]
        top = max((c.value.get("high") or c.value.get("low") or 0 for c in mine), default=None)
        stated = any(states(c.value, want) for c in mine)
        if (want > 0 and not stated) or (mine and top != want):
            out.append(f"{role}: record {want}, largest {top}, stated {stated}")
    return out


def show(doc: dict, record: dict, number: int) -> list[str]:
    _, sentences, claims = extract(doc)
    counts = [c for c in claims if c.kind == "quantity" and c.role in ROLES]
    counts = [c for c in counts if not (c.group and "part" in c.group and not c.derived)]
    bad = disagreements(counts, record)
    if not bad:
        return []
    lines = [
        f"=== #{number} [{doc['doc_id'][:6]}] record killed {record['killed']} injured "
        f"{record['injured']} :: {doc['title'][:100]!r}",
        *(f"   {b}" for b in bad),
    ]

    def told(c) -> str:
        marks = (" implicit" if c.implicit else "") + (" derived" if c.derived else "")
        return f"{c.role} {c.value.get('low')}-{c.value.get('high')} {c.text!r}{marks}"

    lines += [f"   title: {told(c)}" for c in counts if c.headline]
    for s in sentences:
        mine = [c for c in counts if c.sentence_id == s.id and not c.headline]
        if mine or HARM.search(s.text):
            lines.append(f"   S{s.id}: {s.text[:260]!r}")
            lines += [f"      -> {told(c)}" for c in mine]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip", type=int, default=2000)
    parser.add_argument("--articles", type=int, default=200)
    gva.add_except_option(
        parser, "a labelled set whose incidents are not shown (a validation set; repeat for more)"
    )
    args = parser.parse_args()
    if not gva.available():
        sys.exit(f"the corpus is not at {gva.CORPUS}")
    records = gva.incidents()
    held = gva.held_out_incidents()  # in the sample (see claims_silver.sample), never shown
    chosen = gva.selection()
    held |= {i for split in args.unlisted for i in chosen.get(split, [])}
    number = 0
    for doc in sample(args.articles, args.skip):
        if doc["incident_id"] in held:
            continue
        lines = show(doc, records[doc["incident_id"]], number + 1)
        if lines:
            number += 1
            print("\n".join(lines))


if __name__ == "__main__":
    main()
