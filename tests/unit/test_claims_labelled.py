"""Precision and recall of the extractor on a labelled set it was not written against.

`tests/labelled/claims.jsonl` holds 176 sentences of wire-style copy (protests, disasters,
elections, economy, sport, crime, conflict, health) with the claims a reviewer would mark.
A predicted claim matches a gold one of the same kind whose span it overlaps; its value is
right when the interval, the place name or the start date agrees. The file is the table:
edit it directly, one sentence per line. Run this file directly to print the figures:
`python tests/unit/test_claims_labelled.py`.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

from workbench.claims import extract_claims
from workbench.claims.entities import normalize_name
from workbench.models import Claim, Sentence, Source

LABELLED = Path(__file__).resolve().parent.parent / "labelled" / "claims.jsonl"
KINDS = ("quantity", "place", "date")

# Floors a change must not fall below (measured figures are reported in the issue note).
FLOORS = {
    "quantity": {"precision": 0.90, "recall": 0.90, "value": 0.85},
    "place": {"precision": 0.90, "recall": 0.80, "value": 0.90},
    "date": {"precision": 0.90, "recall": 0.90, "value": 0.85},
}


def _rows() -> list[dict]:
    return [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]


def _extract(row: dict, n: int) -> list[Claim]:
    text = row["text"]
    source = Source(
        id=n, file=f"labelled-{n}", text=text, content_hash=str(n), published=row["published"]
    )
    sentence = Sentence(id=n, source_id=n, index=0, paragraph=0, start=0, end=len(text), text=text)
    return extract_claims(source, [sentence])


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=0.02, abs_tol=1.0)


def _value_ok(claim: Claim, gold: dict) -> bool:
    v = claim.value
    if gold["kind"] == "quantity":
        return _close(v.get("low"), gold["low"]) and _close(v.get("high"), gold["high"])
    if gold["kind"] == "place":
        got, want = normalize_name(v.get("name") or ""), normalize_name(gold["name"])
        return bool(got) and (got == want or want in got or got in want)
    start = v.get("start") if v.get("resolved") else None
    if gold["start"] is None:
        return start is None
    return start is not None and start.startswith(gold["start"])


def score() -> tuple[dict[str, dict[str, float]], list[str]]:
    """Per kind: precision, recall, value accuracy over matched claims; and the misses."""
    tp, fp, fn, right = Counter(), Counter(), Counter(), Counter()
    notes: list[str] = []
    for n, row in enumerate(_rows()):
        predicted = _extract(row, n)
        text = row["text"]
        used: set[int] = set()
        for gold in row["claims"]:
            g0 = text.index(gold["text"])
            g1 = g0 + len(gold["text"])
            match = next(
                (
                    i
                    for i, c in enumerate(predicted)
                    if i not in used and c.kind == gold["kind"] and c.start < g1 and g0 < c.end
                ),
                None,
            )
            if match is None:
                fn[gold["kind"]] += 1
                notes.append(f"MISS  {gold['kind']:<8} {gold['text']!r}  in: {text}")
                continue
            used.add(match)
            tp[gold["kind"]] += 1
            if _value_ok(predicted[match], gold):
                right[gold["kind"]] += 1
            else:
                notes.append(
                    f"VALUE {gold['kind']:<8} {gold['text']!r} got {predicted[match].value}"
                )
        for i, c in enumerate(predicted):
            if i not in used:
                fp[c.kind] += 1
                notes.append(f"EXTRA {c.kind:<8} {c.text!r}  in: {text}")
    figures = {}
    for kind in KINDS:
        figures[kind] = {
            "precision": tp[kind] / max(1, tp[kind] + fp[kind]),
            "recall": tp[kind] / max(1, tp[kind] + fn[kind]),
            "value": right[kind] / max(1, tp[kind]),
            "gold": tp[kind] + fn[kind],
        }
    return figures, notes


def test_every_labelled_span_is_words_of_its_sentence():
    rows = _rows()
    assert len(rows) >= 170
    for row in rows:
        for gold in row["claims"]:
            assert gold["kind"] in KINDS and gold["text"] in row["text"], (gold, row["text"])


def test_the_labelled_set_is_big_and_varied_enough():
    rows = _rows()
    assert len(rows) >= 150
    kinds = Counter(g["kind"] for r in rows for g in r["claims"])
    assert all(kinds[k] >= 40 for k in KINDS), kinds
    assert sum(1 for r in rows if not r["claims"]) >= 10  # sentences with nothing to find


def test_precision_recall_and_value_accuracy_stay_above_the_floors():
    figures, notes = score()
    low = [
        f"{kind} {metric} {figures[kind][metric]:.2f} < {floor}"
        for kind, floors in FLOORS.items()
        for metric, floor in floors.items()
        if figures[kind][metric] < floor
    ]
    assert not low, "\n".join(low + notes)


if __name__ == "__main__":
    figures, notes = score()
    for line in notes:
        print(line)
    print(f"\n{'kind':<9} {'gold':>5} {'precision':>10} {'recall':>8} {'value':>7}")
    for kind, f in figures.items():
        print(
            f"{kind:<9} {f['gold']:>5} {f['precision']:>10.3f} {f['recall']:>8.3f} "
            f"{f['value']:>7.3f}"
        )
