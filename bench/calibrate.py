"""Refit the conflict score from hand labels (and reviewers' verdicts) and show its reliability.

Every conflict the finder lists on the labelled development incidents of the real-news corpus
is an example: confirmed when it matches a labelled contradiction or update, else a false
alarm (a flag of a role the labels do not cover is left out: nobody judged it). A logistic
model over the features each conflict keeps is fitted to them and written to
`workbench/data/conflict_model.json` (or `-o FILE`, which `$WORKBENCH_CONFLICT_MODEL` can then
name). Databases given with `--db` add their reviewers' verdicts as labels. The held-out
incidents are never used to fit; only their aggregate reliability is printed, as the check.
The reliability table goes to `bench/conflict_reliability.md`.

The default threshold is the score of the flag type most often confirmed on the fitting
data, capped at 0.5: the list opens on the flags the labels confirm most often, and says how
many more lie below. Below five confirmed examples no threshold is learned (0: every flag
listed, best first): a cut drawn from one or two confirmed flags would hide by chance.

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
TABLE = Path(__file__).resolve().parent / "conflict_reliability.md"
THRESHOLD_CAP = 0.5
MIN_CONFIRMED = 5
"""Confirmed examples needed before the fit may hide any flag below a threshold."""


def labelled_examples(split: str) -> tuple[list[dict], list[int], list[quality.Flag]]:
    """(features, confirmed) of every judged conflict listed on a split's incidents."""
    result = quality.Result()
    for incident in gva.labels(split):
        quality.evaluate_incident(incident, result)
    judged = [f for f in result.flags if f.features and f.judged != "unlabelled"]
    return [f.features for f in judged], [int(f.judged == "real") for f in judged], judged


def verdict_examples(paths: list[str]) -> tuple[list[dict], list[int]]:
    """Reviewers' verdicts as labels: 'not a conflict' is 0, a decided side or change is 1."""
    from workbench.calibration import verdict_examples as of_store
    from workbench.store import Store

    rows, labels = [], []
    for path in paths:
        with Store(path) as store:
            more_rows, more_labels = of_store(store)
        rows += more_rows
        labels += more_labels
    return rows, labels


def threshold(model, rows: list[dict], labels: list[int]) -> float:
    """The fitted score of the flags most often confirmed, capped: those open the list."""
    if sum(labels) < MIN_CONFIRMED:
        return 0.0
    scores = sorted(
        {round(model.probability(r), 3) for r, y in zip(rows, labels, strict=True) if y}
    )
    return min(THRESHOLD_CAP, scores[-1]) if scores else THRESHOLD_CAP


def table(flags: list[quality.Flag], bins: int = 5) -> list[tuple[str, int, int, float | None]]:
    """(score band, flags, confirmed, share confirmed) for every band."""
    rows = []
    for i in range(bins):
        low, high = i / bins, (i + 1) / bins
        inside = [f for f in flags if low <= f.score < high or (i == bins - 1 and f.score == 1)]
        real = sum(f.judged == "real" for f in inside)
        rows.append(
            (f"{low:.1f}-{high:.1f}", len(inside), real, real / len(inside) if inside else None)
        )
    return rows


def markdown(tables: dict[str, list], model, examples: int, confirmed: int) -> str:
    lines = [
        "# Reliability of the conflict score (written by `python bench/calibrate.py`)",
        "",
        f"Fitted on {examples} judged flags of the labelled development incidents "
        f"({confirmed} confirmed); threshold {model.threshold:.3f}"
        + (
            f" (fewer than {MIN_CONFIRMED} confirmed: no flag is hidden). "
            if confirmed < MIN_CONFIRMED
            else ". "
        )
        + "With so few examples the score is a rough ordering, not a probability to lean on: "
        "a band of one or two flags says little. The held-out rows are the aggregate check, "
        "never used to fit.",
        "",
    ]
    for split, rows in tables.items():
        lines += [f"## {split}", "", "| score band | flags | confirmed | share confirmed |"]
        lines += ["|---|---:|---:|---:|"]
        for band, n, real, share in rows:
            lines.append(f"| {band} | {n} | {real} | {'-' if share is None else f'{share:.2f}'} |")
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    from workbench.findings import score

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", action="append", default=[], help="a database with verdicts")
    parser.add_argument("-o", "--output", default=str(PACKAGED))
    args = parser.parse_args()
    if not gva.available():
        print(f"no corpus at {gva.CORPUS}", file=sys.stderr)
        return 1
    rows, labels, _ = labelled_examples("dev")
    if args.db:
        more_rows, more_labels = verdict_examples(args.db)
        rows, labels = rows + more_rows, labels + more_labels
    try:
        model = score.fit(
            rows, labels, {"labels": "tests/labelled/gva dev", "databases": len(args.db)}
        )
    except ValueError as exc:
        print(f"cannot fit: {exc}", file=sys.stderr)
        return 1
    model.threshold = threshold(model, rows, labels)
    Path(args.output).write_text(model.to_json(), encoding="utf-8")
    print(f"fitted on {len(labels)} conflicts ({sum(labels)} confirmed) -> {args.output}")
    print(f"threshold {model.threshold:.3f}")
    score.default.cache_clear()
    if args.output != str(PACKAGED):
        return 0
    tables = {}
    for split in ("dev", "heldout"):
        tables[split] = table(labelled_examples(split)[2])
        print(split, "reliability (band, flags, confirmed, share):", tables[split])
    TABLE.write_text(markdown(tables, model, len(labels), sum(labels)) + "\n", encoding="utf-8")
    print(f"reliability table -> {TABLE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
