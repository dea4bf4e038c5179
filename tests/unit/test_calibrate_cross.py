"""The score read across kinds of judged flags (`bench/calibrate_cross.py`): each refit is
fitted on one split and read on the other, and out of fold by incident on both."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import calibrate_cross  # noqa: E402

from workbench.findings import score  # noqa: E402


def _split(prefix: str, confirmed_when_stated: int) -> tuple[list[dict], list[int], list[str]]:
    """Twelve flags of six incidents: half of both-stated pairs, a share of them confirmed."""
    rows, labels, groups = [], [], []
    for n in range(12):
        stated = n % 2
        rows.append({"both_stated": float(stated), "harm_role": 1.0})
        labels.append(int(n < confirmed_when_stated) if stated else int(n % 4 == 0))
        groups.append(f"{prefix}{n // 2}")
    return rows, labels, groups


def test_a_slope_and_intercept_refit_reads_the_flags_it_was_fitted_on_better():
    model = score.default()
    rows, labels, _ = _split("d", 8)
    scorer = calibrate_cross.platt(model, rows, labels)
    fitted = sum((scorer(r) - y) ** 2 for r, y in zip(rows, labels, strict=True))
    packaged = sum((model.probability(r) - y) ** 2 for r, y in zip(rows, labels, strict=True))
    assert fitted < packaged


def test_the_folds_keep_an_incident_out_of_its_own_refit():
    rows, labels, groups = _split("d", 8)
    seen: list[int] = []

    def fit(train_rows, train_labels):
        seen.append(len(train_rows))
        return lambda r: 0.5

    scores = calibrate_cross.folded(fit, rows, labels, groups, seed=3)
    assert scores == [0.5] * len(rows)
    assert len(seen) == 5 and all(n < len(rows) for n in seen)


def test_the_report_reads_each_refit_fitted_on_one_split_on_the_other():
    data = {"dev": _split("d", 10), "pool": _split("p", 4)}
    lines = calibrate_cross.report(data, score.default())
    assert "intercept (recentred), fitted on pool, read on dev" in "\n".join(lines)
    assert any(line.startswith("every coefficient, on both out of fold") for line in lines)
    assert any(line.startswith("packaged, as it is, read on pool") for line in lines)
