"""The conflict finder on labelled multi-source corpora, through the real pipeline.

Each folder of `tests/corpora/` is one invented event told by three or four sources,
with a `labels.json` listing the conflicts a reviewer expects and the look-alikes that
must stay out (a measure in two units, a date written two ways, a copy, a typo). A side
of a label is a quote in one file, or a list of quotes that say the same thing. Run
this file as a script to print precision and recall per corpus:

    python tests/unit/test_conflicts_corpora.py
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CORPORA = Path(__file__).resolve().parents[1] / "corpora"

# Floors over all corpora together; the figures reached are in the report of issue 4.
MIN_PRECISION = 0.8
MIN_RECALL = 0.75
# A corpus whose labels say "held_out" was written before the finder was tuned and is
# never tuned on: it measures unseen text, so it only has to keep what it first showed.
HELD_OUT_MIN_PRECISION = 0.15
HELD_OUT_MIN_RECALL = 0.5
# Lowered from 0.75 deliberately: the role-based finder no longer compares counts of people
# that carry no role and no known frame ("312 passengers on board" vs "450"), which on the
# hand-labelled real news (bench/quality_conflicts.py) were 11 of 30 flags and none real.


@dataclass
class Score:
    name: str
    held_out: bool = False
    expected: int = 0
    found: int = 0
    hits: int = 0
    """Found conflicts that match a labelled conflict."""
    recalled: int = 0
    """Labelled conflicts matched by some found conflict."""
    lookalikes: list[str] = field(default_factory=list)
    """Labelled look-alikes that were reported as conflicts."""
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)


def _span(text: str, quote: str, where: str) -> tuple[int, int]:
    at = text.find(quote)
    if at < 0:
        raise AssertionError(f"{where}: quote {quote!r} not in the cleaned text")
    return at, at + len(quote)


def evaluate(folder: Path, db: Path) -> Score:
    """Ingest one corpus into a fresh database, analyse it, and score its conflicts."""
    from workbench.findings.judging import conflicting_pairs
    from workbench.ingest import Input, ingest_inputs
    from workbench.store import Store

    labels = json.loads((folder / "labels.json").read_text("utf-8"))
    inputs = [
        Input(
            name=s["file"],
            data=(folder / s["file"]).read_bytes(),
            meta={"outlet": s.get("outlet"), "published": s.get("published")},
        )
        for s in labels["sources"]
    ]
    with Store(db) as store:
        ingest_inputs(store, inputs)
        texts = {s.file: s.text for s in store.sources()}
        conflicts = store.conflicts()
        pairs = conflicting_pairs(store.claims(), store.sources())

    def quoted(claims, label, side) -> set[str]:
        """The claims that are one side's quote (a side may list alternatives)."""
        options = label[side] if isinstance(label[side], list) else [label[side]]
        found = set()
        for option in options:
            file = option["file"]
            s, e = _span(texts[file], option["quote"], f"{folder.name}/{file}")
            found |= {c.id for c in claims if c.file == file and c.start < e and s < c.end}
        return found

    def matches(conflict, label) -> bool:
        hit_a, hit_b = quoted(conflict.claims, label, "a"), quoted(conflict.claims, label, "b")
        return bool(hit_a and hit_b and (hit_a | hit_b) != (hit_a & hit_b))

    def disputed(label) -> bool:
        """Some disagreeing pair sets one side's quote against the other's."""
        for x, y in pairs:
            a, b = quoted([x, y], label, "a"), quoted([x, y], label, "b")
            if (x.id in a and y.id in b) or (y.id in a and x.id in b):
                return True
        return False

    score = Score(
        folder.name,
        held_out=bool(labels.get("held_out")),
        expected=len(labels["conflicts"]),
        found=len(conflicts),
    )
    for label in labels["conflicts"]:
        if any(matches(c, label) for c in conflicts):
            score.recalled += 1
        else:
            score.missed.append(label["why"])
    for conflict in conflicts:
        if any(matches(conflict, label) for label in labels["conflicts"]):
            score.hits += 1
        else:
            score.extra.append(conflict.reason)
    for label in labels["lookalikes"]:
        if disputed(label):
            score.lookalikes.append(label["why"])
    return score


def corpus_folders() -> list[Path]:
    return sorted(p for p in CORPORA.iterdir() if (p / "labels.json").exists())


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> list[Score]:
    root = tmp_path_factory.mktemp("corpora")
    return [evaluate(folder, root / f"{folder.name}.db") for folder in corpus_folders()]


def test_there_are_several_labelled_corpora_of_three_to_six_sources():
    folders = corpus_folders()
    assert len(folders) >= 4
    for folder in folders:
        labels = json.loads((folder / "labels.json").read_text("utf-8"))
        assert 3 <= len(labels["sources"]) <= 6
        assert labels["conflicts"] and labels["lookalikes"]


def test_no_planted_lookalike_is_reported_as_a_conflict(scores):
    assert {s.name: s.lookalikes for s in scores if s.lookalikes} == {}


def _totals(scores: list[Score]) -> tuple[float, float]:
    found = sum(s.found for s in scores)
    hits = sum(s.hits for s in scores)
    expected = sum(s.expected for s in scores)
    recalled = sum(s.recalled for s in scores)
    return (hits / found if found else 0.0), recalled / expected


def test_precision_and_recall_stay_above_their_floors(scores):
    tuned = [s for s in scores if not s.held_out]
    precision, recall = _totals(tuned)
    assert precision >= MIN_PRECISION, [s.extra for s in tuned]
    assert recall >= MIN_RECALL, [s.missed for s in tuned]


def test_held_out_corpora_keep_their_untuned_figures(scores):
    held = [s for s in scores if s.held_out]
    assert held, "no held-out corpus"
    precision, recall = _totals(held)
    assert precision >= HELD_OUT_MIN_PRECISION, [s.extra for s in held]
    assert recall >= HELD_OUT_MIN_RECALL, [s.missed for s in held]


def main() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        scores = [evaluate(f, Path(tmp) / f"{f.name}.db") for f in corpus_folders()]
    for s in scores:
        p = s.hits / s.found if s.found else float("nan")
        r = s.recalled / s.expected
        tag = "  (held out)" if s.held_out else ""
        print(f"{s.name:<14} found {s.found:>2}  precision {p:.2f}  recall {r:.2f}{tag}")
        for why in s.missed:
            print(f"    missed: {why}")
        for reason in s.extra:
            print(f"    extra:  {reason}")
        for why in s.lookalikes:
            print(f"    LOOK-ALIKE REPORTED: {why}")
    for label, group in (
        ("tuned", [s for s in scores if not s.held_out]),
        ("held out", [s for s in scores if s.held_out]),
    ):
        if group:
            precision, recall = _totals(group)
            found = sum(s.found for s in group)
            print(f"{label:<14} found {found:>2}  precision {precision:.2f}  recall {recall:.2f}")


if __name__ == "__main__":
    sys.exit(main())
