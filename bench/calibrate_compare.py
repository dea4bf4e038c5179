"""Which fit of the conflict score is calibrated best on real news: real-news labels alone,
or with the invented corpora's flags counted for less (issue 15).

The score is meant as the probability that a reviewer confirms a flag, and reviewers work
on real news: the hand-judged real flags (the labelled dev incidents and the judged pool)
are the evidence; the invented corpora of `tests/corpora/` were written to the extractor's
own assumptions and are a check. Each candidate weight of the invented flags (0: not used)
is scored out of fold on the real-news flags, with the same folds for every candidate (the
invented flags, when used, always train), and gives its Brier score, log loss, band gap
(the flags' weighted mean distance between a band's mean score and its share confirmed),
bands, threshold and what its place and date flags score. The sample's three named
conflicts are scored by each candidate fitted on all it uses, with their rank in the
sample's list. `bench/calibrate.py --invented-weight W` then writes the chosen one.

    python bench/calibrate_compare.py --pool-db /tmp/calib_pool.db
    python bench/calibrate_compare.py --pool-db /tmp/calib_pool.db --cache /tmp/ex.json \\
        --weights 0 0.1 0.25 0.5 1
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

import calibration_examples  # noqa: E402
import reliability  # noqa: E402

from workbench.calibration import out_of_fold, threshold  # noqa: E402

NAMED = {
    "detained": (("000", "27"), ("002", "two dozen")),
    "place": (("002", "cotiza"), ("003", "petare")),
    "countries": (("002", "60 countries"), ("004", "50 countries")),
}
"""The brief's three conflicts of the sample, by file prefix and words (as its test reads them)."""


def examples(pool_dbs: list[str], cache: str | None) -> dict[str, list]:
    """The real-news and the invented examples, read once (and kept in `cache` if named)."""
    if cache and Path(cache).is_file():
        return json.loads(Path(cache).read_text("utf-8"))
    dev_rows, dev_labels, dev_groups = calibration_examples.labelled_examples("dev")
    pool_rows, pool_labels, pool_groups, _ = calibration_examples.pool_examples(pool_dbs)
    inv_rows, inv_labels, inv_groups = calibration_examples.corpus_examples()
    data = {
        "real": [dev_rows + pool_rows, dev_labels + pool_labels, dev_groups + pool_groups],
        "invented": [inv_rows, inv_labels, inv_groups],
        "sample": sample_features(),
    }
    if cache:
        Path(cache).write_text(json.dumps(data), "utf-8")
    return data


def sample_features() -> list[dict]:
    """Every conflict of the sample database: its features and which named one it is."""
    import tempfile

    from workbench.sample import build_sample
    from workbench.store import Store
    from workbench.vocabulary import fold

    def has(conflict, needles) -> bool:
        return all(
            any(c.file.startswith(p) and w in fold(c.text) for c in conflict.claims)
            for p, w in needles
        )

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sample.db"
        build_sample(path)
        with Store(path) as store:
            out = []
            for conflict in store.conflicts():
                name = next((n for n, needles in NAMED.items() if has(conflict, needles)), "")
                out.append({"features": conflict.features or {}, "named": name})
    return out


def log_loss(scores: list[float], labels: list[int]) -> float:
    eps = 1e-6
    return -sum(
        math.log(max(eps, s if y else 1 - s)) for s, y in zip(scores, labels, strict=True)
    ) / max(1, len(labels))


def band_gap(scores: list[float], labels: list[int]) -> float:
    """Flags' weighted mean |mean score - share confirmed| over the five bands."""
    gap = 0.0
    for i in range(5):
        inside = [
            (s, y)
            for s, y in zip(scores, labels, strict=True)
            if i / 5 <= s < (i + 1) / 5 or s == 1
        ]
        if inside:
            mean = sum(s for s, _ in inside) / len(inside)
            share = sum(y for _, y in inside) / len(inside)
            gap += len(inside) * abs(mean - share)
    return gap / max(1, len(labels))


def candidate(data: dict, weight: float) -> dict:
    """One fit: out-of-fold figures on real news, and the sample's named conflicts."""
    from workbench.findings import score

    rows, labels, groups = data["real"]
    real = len(labels)
    if weight > 0:
        inv_rows, inv_labels, inv_groups = data["invented"]
        rows, labels, groups = rows + inv_rows, labels + inv_labels, groups + inv_groups
    weights = [1.0] * real + [weight] * (len(labels) - real)
    folded = out_of_fold(rows, labels, groups, weights=weights, scored=real)
    kept = [(s, y, r) for s, y, r in zip(folded, labels, rows, strict=False) if s is not None]
    scores, ys = [s for s, _, _ in kept], [y for _, y, _ in kept]
    model = score.fit(rows, labels, {}, weights)
    model.threshold = threshold(scores, ys)
    place_date = [(s, y) for s, y, r in kept if r.get("place_or_date")]
    listed = sorted(
        ((model.probability(c["features"]), c["named"]) for c in data["sample"]), reverse=True
    )
    named = {n: (round(p, 3), rank + 1) for rank, (p, n) in enumerate(listed) if n}
    return {
        "weight": weight,
        "flags": len(ys),
        "confirmed": sum(ys),
        "brier": reliability.brier(scores, ys),
        "log_loss": log_loss(scores, ys),
        "band_gap": band_gap(scores, ys),
        "bands": reliability.bands(scores, ys),
        "threshold": model.threshold,
        "above": sum(s >= model.threshold for s in scores),
        "missed_below": sum(y for s, y in zip(scores, ys, strict=True) if s < model.threshold),
        "place_date": place_date,
        "named": named,
        "coefficients": model.coefficients,
    }


def report(result: dict) -> list[str]:
    pd = result["place_date"]
    pd_mean = sum(s for s, _ in pd) / len(pd) if pd else float("nan")
    named = ", ".join(f"{n} {p:.2f} (#{r})" for n, (p, r) in sorted(result["named"].items()))
    lines = [
        f"invented weight {result['weight']:g}: {result['flags']} real-news flags out of fold "
        f"({result['confirmed']} confirmed); Brier {result['brier']:.3f}, log loss "
        f"{result['log_loss']:.3f}, band gap {result['band_gap']:.3f}; threshold "
        f"{result['threshold']:.3f}: {result['above']} at or above, "
        f"{result['missed_below']} confirmed below",
        f"  place/date flags: {len(pd)}, {sum(y for _, y in pd)} confirmed, mean score "
        f"{pd_mean:.2f}; sample: {named}",
        *(f"  {band.row()}" for band in result["bands"]),
    ]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pool-db", action="append", default=[])
    parser.add_argument("--cache", help="keep the examples here between runs")
    parser.add_argument("--weights", type=float, nargs="+", default=[0, 0.1, 0.25, 0.5, 1])
    parser.add_argument("--coefficients", action="store_true", help="print each fit's")
    args = parser.parse_args()
    data = examples(args.pool_db, args.cache)
    inv = data["invented"][1]
    print(
        f"real news {len(data['real'][1])} flags ({sum(data['real'][1])} confirmed); "
        f"invented {len(inv)} ({sum(inv)} confirmed); sample {len(data['sample'])} conflicts"
    )
    for weight in args.weights:
        result = candidate(data, weight)
        print("\n".join(report(result)))
        if args.coefficients:
            print("  " + ", ".join(f"{k} {v:+.2f}" for k, v in result["coefficients"].items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
