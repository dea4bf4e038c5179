"""Refit the conflict score from hand labels (and reviewers' verdicts) and show its reliability.

Every conflict the finder lists on the labelled development incidents of the real-news corpus
is an example: confirmed when it matches a labelled contradiction or update, else a false
alarm. A logistic model over the features each conflict keeps is fitted to them and written
to `workbench/data/conflict_model.json` (or `-o FILE`, which `$WORKBENCH_CONFLICT_MODEL`
can then name). Databases given with `--db` add their reviewers' verdicts as labels.
The held-out incidents are never used to fit; their reliability is printed as the check.

    python bench/calibrate.py                  # fit on dev labels, write the packaged model
    python bench/calibrate.py --db team.db -o my_model.json
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

import gva  # noqa: E402
import quality_conflicts as quality  # noqa: E402

PACKAGED = gva.REPO / "workbench" / "data" / "conflict_model.json"


def labelled_examples(split: str) -> tuple[list[dict], list[int], list[quality.Flag]]:
    """(features, confirmed) of every scored conflict listed on a split's incidents."""
    result = quality.Result()
    for incident in gva.labels(split):
        quality.evaluate_incident(incident, result)
    scored = [f for f in result.flags if f.features]
    return [f.features for f in scored], [int(f.judged == "real") for f in scored], result.flags


def verdict_examples(paths: list[str]) -> tuple[list[dict], list[int]]:
    """Reviewers' verdicts as labels: 'not a conflict' is 0, a decided side or change is 1."""
    from workbench.findings.verdicts_as_labels import examples

    rows, labels = [], []
    for path in paths:
        more_rows, more_labels = examples(path)
        rows += more_rows
        labels += more_labels
    return rows, labels


def main() -> int:
    from workbench.findings import score

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", action="append", default=[], help="a database with verdicts")
    parser.add_argument("-o", "--output", default=str(PACKAGED))
    args = parser.parse_args()
    rows, labels, _ = labelled_examples("dev")
    if args.db:
        more_rows, more_labels = verdict_examples(args.db)
        rows, labels = rows + more_rows, labels + more_labels
    model = score.fit(rows, labels, {"labels": "tests/labelled/gva dev", "databases": len(args.db)})
    Path(args.output).write_text(model.to_json(), encoding="utf-8")
    print(f"fitted on {len(labels)} conflicts ({sum(labels)} confirmed) -> {args.output}")
    score.default.cache_clear()
    if args.output != str(PACKAGED):
        return 0
    for split in ("dev", "heldout"):
        report = quality.run(split)
        print(split, "reliability (band, flags, confirmed):", report["reliability"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
