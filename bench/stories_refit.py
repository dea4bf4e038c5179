"""Fit the learned join (`workbench/stories/learned.py`) on the development incidents: every
story offered to every development article in a regrouping of a kept database, its
evidence, and whether the story holds an article of the article's incident.

    PYTHONPATH=. python bench/stories_refit.py --reuse DIR [--out offers.json] [--at 0.6]

It groups a copy of a `bench_stories.py --keep` database with the learned join off (the
rules alone), records each offer the rules weighed, prints the rules' joins against the
truth, a logistic model's joins added to the rules' at a few probabilities, each from
five folds split by incident (no incident's offers in the fold that scores them), and the
model fitted on every development offer as `stories.json`'s "learned" entry. Offers with
an untouched incident on either side are never recorded.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

from bench_stories import group_all, held_out  # noqa: E402
from stories_kept import reused  # noqa: E402

from workbench.stories.learned import FEATURES  # noqa: E402


def offers(reuse: Path) -> list[dict]:
    """Every development offer the rules weighed, with its features and label."""
    import workbench.stories.grouping as grouping
    from workbench.stories import settings as story_settings
    from workbench.stories.learned import features

    path, truth = reused(reuse, Path(tempfile.mkdtemp(prefix="wb-refit-")))
    rows: list[dict] = []
    real = grouping.weigh

    def watched(found, index, settings, vectors, events):
        weighed = real(found, index, settings, vectors, events)
        incident = truth.get(found.article.source_id)
        theirs = [truth.get(m.source_id) for m in found.members]
        if weighed is None or incident is None or held_out(incident):
            return weighed
        if any(i is not None and held_out(i) for i in theirs):
            return weighed
        values = features(found, found.article.terms, vectors.frequency, settings, events)
        rows.append(
            {"incident": incident, "label": int(incident in theirs), "joins": int(weighed.joins)}
            | values
        )
        return weighed

    grouping.weigh = watched
    try:
        group_all(path, replace(story_settings.default(), learned_at=2.0))
    finally:
        grouping.weigh = real
    return rows


def fit(rows: list[dict], ats: list[float]) -> dict:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    x = np.array([[r[f] for f in FEATURES] for r in rows], dtype=float)
    y = np.array([r["label"] for r in rows])
    groups = np.array([r["incident"] for r in rows])
    joins = np.array([r["joins"] for r in rows]).astype(bool)
    right, wrong = int((joins & (y == 1)).sum()), int((joins & (y == 0)).sum())
    print(
        f"offers {len(rows)}, of the incident {int(y.sum())}; the rules join {right} right, "
        f"{wrong} wrong"
    )
    found = np.zeros(len(y))
    for train, test in GroupKFold(5).split(x, y, groups):
        model = LogisticRegression(C=1.0, max_iter=5000).fit(x[train], y[train])
        found[test] = model.predict_proba(x[test])[:, 1]
    for at in ats:
        added = ~joins & (found >= at)
        print(
            f"  learned at {at}: adds {int((added & (y == 1)).sum())} right, "
            f"{int((added & (y == 0)).sum())} wrong (out of fold)"
        )
    model = LogisticRegression(C=1.0, max_iter=5000).fit(x, y)
    return {
        "intercept": round(float(model.intercept_[0]), 4),
        "weights": {f: round(float(w), 4) for f, w in zip(FEATURES, model.coef_[0], strict=True)},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", type=Path, required=True)
    parser.add_argument("--out", type=Path, help="keep the offers here (JSON)")
    parser.add_argument("--offers", type=Path, help="fit offers kept by an earlier --out")
    parser.add_argument("--at", type=float, action="append", default=None)
    args = parser.parse_args()
    rows = json.loads(args.offers.read_text()) if args.offers else offers(args.reuse)
    if args.out:
        args.out.write_text(json.dumps(rows))
    fitted = fit(rows, args.at or [0.5, 0.6, 0.7, 0.8])
    print(json.dumps(fitted))
    assert all(math.isfinite(w) for w in fitted["weights"].values())
    return 0


if __name__ == "__main__":
    sys.exit(main())
