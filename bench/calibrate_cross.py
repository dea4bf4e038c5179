"""The conflict score fitted on one kind of judged flags and read on the other.

The development sets' flags (hand labels, `gva.DEV_ALL`) come from incidents the finder's
rules were made on; the judged pool's (`flag_pool.py`) from incidents nobody tuned a rule on
one by one. A score that is a probability should read right on both, so each way of
refitting it is fitted on one and read on the other (and, on both together, out of fold by
incident over several draws of the folds): the packaged model as it is, its intercept alone
refitted (`calibration.recentred`), an intercept and a slope on its logit (Platt), and every
coefficient refitted (`score.fit`). Nothing is written: the packaged model changes only by
`calibrate.py`.

    python bench/calibrate_cross.py --pool-db /tmp/pool_copy.db          # examples read anew
    python bench/calibrate_cross.py --pool-db /tmp/pool_copy.db --cache /tmp/cross.json
    python bench/calibrate_cross.py --examples bench/conflict_examples.jsonl  # the packaged's
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

import calibrate_compare  # noqa: E402
import calibration_examples  # noqa: E402
import gva  # noqa: E402
import reliability  # noqa: E402

from workbench.calibration import recentred  # noqa: E402
from workbench.findings import score  # noqa: E402

Examples = tuple[list[dict], list[int], list[str]]
Scorer = Callable[[dict], float]
DRAWS = 10
"""Draws of the incident folds for the out-of-fold read on both splits together."""


def examples(pool_dbs: list[str], cache: str | None) -> dict[str, Examples]:
    """The judged flags of every development set and of the pool, apart (kept in `cache`)."""
    if cache and Path(cache).is_file():
        return {k: tuple(v) for k, v in json.loads(Path(cache).read_text("utf-8")).items()}
    dev = calibration_examples.labelled_examples(gva.DEV_ALL)
    pool = calibration_examples.pool_examples(pool_dbs)[:3]
    data = {"dev": dev, "pool": pool}
    if cache:
        Path(cache).write_text(json.dumps(data), "utf-8")
    return data


def platt(model: score.Model, rows: list[dict], labels: list[int]) -> Scorer:
    """The model's logit rescaled: an intercept and a slope fitted to these flags."""
    from sklearn.linear_model import LogisticRegression

    fitted = LogisticRegression(C=1e6, max_iter=2000).fit(
        [[model.weighed(r)] for r in rows], labels
    )
    slope, intercept = float(fitted.coef_[0][0]), float(fitted.intercept_[0])
    return lambda r: score.sigmoid(slope * model.weighed(r) + intercept)


def refits(model: score.Model) -> dict[str, Callable[[list[dict], list[int]], Scorer]]:
    """Each way of refitting the score to judged flags, as a scorer."""
    return {
        "packaged": lambda rows, labels: model.probability,
        "intercept (recentred)": lambda rows, labels: recentred(model, rows, labels).probability,
        "intercept and slope": lambda rows, labels: platt(model, rows, labels),
        "every coefficient": lambda rows, labels: score.fit(rows, labels, {}).probability,
    }


def figures(scores: list[float], labels: list[int]) -> str:
    return (
        f"Brier {reliability.brier(scores, labels):.3f}, log loss "
        f"{calibrate_compare.log_loss(scores, labels):.3f}, band gap "
        f"{calibrate_compare.band_gap(scores, labels):.3f}, mean score "
        f"{sum(scores) / len(scores):.2f} against {sum(labels) / len(labels):.2f} confirmed"
    )


def bands(scores: list[float], labels: list[int]) -> list[str]:
    return [f"    {b.row()}" for b in reliability.bands(scores, labels) if b.flags]


def folded(fit: Callable, rows: list[dict], labels: list[int], groups: list[str], seed: int):
    """Each flag scored by the refit made without its incident's fold."""
    names = sorted(set(groups))
    if seed:
        random.Random(seed).shuffle(names)
    fold_of = {g: i % 5 for i, g in enumerate(names)}
    scores = [0.0] * len(rows)
    for k in range(5):
        train = [i for i in range(len(rows)) if fold_of[groups[i]] != k]
        scorer = fit([rows[i] for i in train], [labels[i] for i in train])
        for i in range(len(rows)):
            if fold_of[groups[i]] == k:
                scores[i] = scorer(rows[i])
    return scores


def report(data: dict[str, Examples], model: score.Model) -> list[str]:
    lines = [
        f"{name}: {len(ex[1])} judged flags, {sum(ex[1])} confirmed" for name, ex in data.items()
    ]
    for fitted_on, read_on in (("pool", "dev"), ("dev", "pool")):
        (rows, labels, _), (read_rows, read_labels, _) = data[fitted_on], data[read_on]
        for name, fit in refits(model).items():
            scores = [fit(rows, labels)(r) for r in read_rows]
            fitted = "as it is" if name == "packaged" else f"fitted on {fitted_on}"
            lines.append(f"{name}, {fitted}, read on {read_on}: " + figures(scores, read_labels))
            lines += bands(scores, read_labels)
    dev, pool = data["dev"], data["pool"]
    rows, labels, groups = (dev[i] + pool[i] for i in range(3))
    n = len(dev[1])
    for name, fit in refits(model).items():
        losses = {"both": [], "dev": [], "pool": []}
        for seed in range(DRAWS):
            scores = folded(fit, rows, labels, groups, seed)
            if seed == 0:  # the first draw's bands on dev: the reliability table, out of fold
                lines.append(f"{name}, on both out of fold (first draw), read on dev:")
                lines += bands(scores[:n], labels[:n])
            for part, (s, y) in {
                "both": (scores, labels),
                "dev": (scores[:n], labels[:n]),
                "pool": (scores[n:], labels[n:]),
            }.items():
                losses[part].append(calibrate_compare.log_loss(s, y))
        lines.append(
            f"{name}, on both out of fold ({DRAWS} draws), log loss: "
            + "; ".join(
                f"{p} {sum(v) / len(v):.3f} ({min(v):.3f}-{max(v):.3f})" for p, v in losses.items()
            )
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--pool-db", action="append", default=[], help="a copy of the pool's database"
    )
    parser.add_argument("--cache", help="keep the examples read here between runs")
    parser.add_argument("--examples", help="the judged flags saved by calibrate.py")
    args = parser.parse_args()
    if not gva.available():
        print(f"no corpus at {gva.CORPUS}", file=sys.stderr)
        return 1
    if args.examples:
        data = calibration_examples.read_examples(Path(args.examples))[0]
    else:
        data = examples(args.pool_db, args.cache)
    print("\n".join(report(data, score.default())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
