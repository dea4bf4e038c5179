"""The score of a conflict: the estimated probability that a reviewer confirms it.

A logistic model over a few plain features of a disputed pair (are both figures stated as
numbers, were the reports published the same day, how far apart are they...). Its
coefficients and the default threshold are data in the package (`data/conflict_model.json`),
refitted by `workbench calibrate` from hand labels and from the reviewers' own verdicts, so
that a flag scored 0.8 is confirmed about eight times in ten. Scoring needs no library: the
fit does (scikit-learn), scoring is a dot product.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

MODEL_ENV = "WORKBENCH_CONFLICT_MODEL"

FEATURES: tuple[str, ...] = (
    "both_stated",
    "any_implicit",
    "any_hedged",
    "same_day",
    "update_cue",
    "log_ratio",
    "zero_side",
    "mentions",
    "attributed",
    "derived",
    "harm_role",
    "place_or_date",
    "aligned",
    "bound",
    "implied",
    "bound_role",
    "other_role",
    "unroled_count",
    "covered",
)
"""What the model reads of a pair, each in [0, 1] (see `findings.figure_conflicts`)."""


@dataclass(slots=True)
class Model:
    """A fitted logistic model and the threshold above which conflicts are shown first."""

    coefficients: dict[str, float]
    intercept: float
    threshold: float = 0.5
    fitted_on: dict[str, object] = field(default_factory=dict)

    def probability(self, features: dict[str, float]) -> float:
        return sigmoid(self.intercept + self.weighed(features))

    def weighed(self, features: dict[str, float]) -> float:
        """The features' weighted sum, the intercept left out (the log-odds less it)."""
        return sum(
            self.coefficients.get(name, 0.0) * float(features.get(name, 0.0)) for name in FEATURES
        )

    def to_json(self) -> str:
        data = {
            "about": "Conflict scores: a logistic model over FEATURES, fitted by `workbench "
            "calibrate`. A flag's score estimates how often a reviewer confirms such a flag.",
            "features": list(FEATURES),
            "coefficients": {k: round(v, 6) for k, v in self.coefficients.items()},
            "intercept": round(self.intercept, 6),
            "threshold": self.threshold,
            "fitted_on": self.fitted_on,
        }
        return json.dumps(data, indent=2, sort_keys=False) + "\n"


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


def from_json(text: str) -> Model:
    data = json.loads(text)
    return Model(
        coefficients={str(k): float(v) for k, v in data["coefficients"].items()},
        intercept=float(data["intercept"]),
        threshold=float(data.get("threshold", 0.5)),
        fitted_on=dict(data.get("fitted_on", {})),
    )


def model_path() -> Path | None:
    """A user's refitted model ($WORKBENCH_CONFLICT_MODEL), when there is one."""
    given = os.environ.get(MODEL_ENV)
    return Path(given) if given else None


@cache
def default() -> Model:
    """The model in force: the user's refit when named, else the packaged one."""
    path = model_path()
    if path is not None and path.is_file():
        return from_json(path.read_text(encoding="utf-8"))
    text = resources.files("workbench.data").joinpath("conflict_model.json").read_text("utf-8")
    return from_json(text)


def fit(
    rows: list[dict[str, float]],
    labels: list[int],
    fitted_on: dict[str, object],
    weights: list[float] | None = None,
) -> Model:
    """Fit the model to labelled pairs (1: a reviewer confirmed it, 0: a false alarm);
    `weights` counts some examples for less than one (invented ones, beside real news)."""
    from sklearn.linear_model import LogisticRegression

    if len(set(labels)) < 2:
        raise ValueError(
            f"calibration needs both confirmed and rejected conflicts ({len(labels)} judged, "
            f"{sum(labels)} confirmed)"
        )
    matrix = [[float(r.get(name, 0.0)) for name in FEATURES] for r in rows]
    regression = LogisticRegression(C=1.0, max_iter=1000)
    regression.fit(matrix, labels, sample_weight=weights)
    model = Model(
        coefficients=dict(zip(FEATURES, map(float, regression.coef_[0]), strict=True)),
        intercept=float(regression.intercept_[0]),
        fitted_on={**fitted_on, "examples": len(labels), "confirmed": int(sum(labels))},
    )
    model.threshold = 0.5
    return model


def default_threshold() -> float:
    """The score at and above which conflicts are listed first."""
    return default().threshold


def threshold_text(threshold: float) -> str:
    """A threshold as the lists say it: two decimals, three when it has them (a fitted cut
    is 0.075: shown "0.07", a conflict scoring 0.072 read as at it, yet listed below)."""
    return f"{threshold:.2f}" if round(threshold, 2) == round(threshold, 3) else f"{threshold:.3f}"
