"""Reviewers' verdicts refit the conflict score: `workbench calibrate`."""

from __future__ import annotations

import json

from click.testing import CliRunner

from workbench.cli import cli
from workbench.findings import score
from workbench.models import Conflict
from workbench.store import Store


def _conflict(n: int, same_day: float) -> Conflict:
    return Conflict(
        id=f"k{n}",
        kind="quantity",
        score=0.5,
        reason="people killed: 2 vs 3",
        same_day=True,
        claim_ids=[],
        features={"same_day": same_day, "both_stated": 1.0},
        relation="contradiction",
        role="killed",
    )


def _judged_db(tmp_path, verdicts):
    """A database whose conflicts carry features and whose verdicts are given."""
    path = tmp_path / "team.db"
    with Store(path) as store:
        conflicts = [_conflict(n, float(n % 2)) for n in range(len(verdicts))]
        with store.transaction():
            store.replace_findings(conflicts, [])
        for conflict, verdict in zip(conflicts, verdicts, strict=True):
            store.append_chained(
                "verdicts",
                {
                    "conflict_id": conflict.id,
                    "claim_key": "",
                    "verdict": verdict,
                    "reviewer": "ann",
                    "at": f"2026-01-01T00:00:0{len(store.db['verdicts'].rows_where())}Z",
                },
            )
    return path


def test_a_model_fitted_on_features_scores_between_zero_and_one():
    rows = [{"same_day": 1.0}] * 8 + [{"same_day": 0.0}] * 8
    labels = [1] * 7 + [0] + [0] * 7 + [1]
    model = score.fit(rows, labels, {"labels": "test"})
    high, low = model.probability({"same_day": 1.0}), model.probability({"same_day": 0.0})
    assert 0.5 < high < 1.0 and 0.0 < low < 0.5
    again = score.from_json(model.to_json())
    assert abs(again.probability({"same_day": 1.0}) - high) < 1e-6  # six decimals kept


def test_calibrate_needs_both_kinds_of_verdict(tmp_path):
    path = _judged_db(tmp_path, [])
    out = tmp_path / "model.json"
    result = CliRunner().invoke(cli, ["calibrate", "--db", str(path), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: calibration needs both")
    assert not out.exists()


def test_calibrate_refuses_to_overwrite(tmp_path):
    out = tmp_path / "model.json"
    out.write_text("{}")
    path = _judged_db(tmp_path, [])
    result = CliRunner().invoke(cli, ["calibrate", "--db", str(path), "-o", str(out)])
    assert result.exit_code == 1 and "--force" in result.stderr
    assert json.loads(out.read_text()) == {}


def test_a_threshold_is_said_with_the_decimals_it_has():
    """0.075 said "0.07" put a conflict scoring 0.072 at the threshold in words, below it
    in the list."""
    from workbench.findings.score import threshold_text

    assert [threshold_text(t) for t in (0.5, 0.075, 0.07, 0.0, 0.125)] == [
        "0.50",
        "0.075",
        "0.07",
        "0.00",
        "0.125",
    ]


def test_a_refit_from_verdicts_cuts_its_threshold_as_the_packaged_model_was_cut():
    """`workbench calibrate` once kept 0.5 whatever the verdicts said; it now cuts where a
    confirmed flag below costs more than the false alarms above (the bench's rule)."""
    from workbench.calibration import refit

    rows = [{"same_day": 1.0}] * 20 + [{"same_day": 0.0}] * 20
    labels = [1] * 18 + [0] * 2 + [0] * 20
    model = refit([], rows, labels)
    assert model.threshold != 0.5
    assert model.probability({"same_day": 1.0}) >= model.threshold
    assert model.probability({"same_day": 0.0}) < model.threshold


def test_too_few_confirmed_verdicts_list_every_flag():
    from workbench.calibration import MIN_CONFIRMED, threshold

    scores = [0.9, 0.8, 0.7, 0.2, 0.1, 0.05]
    assert threshold(scores, [1] * (MIN_CONFIRMED - 1) + [0, 0]) == 0.0
    assert threshold([*scores, 0.85], [1, 1, 1, 0, 0, 0, 1]) == 0.0
    many = [0.9] * MIN_CONFIRMED + [0.1] * 5
    assert threshold(many, [1] * MIN_CONFIRMED + [0] * 5) == 0.9


def test_recentring_keeps_the_coefficients_and_meets_the_share_confirmed():
    """A finder that stops raising false alarms makes more of its flags real: the packaged
    score then reads low (dev flags at 0.2-0.4 confirmed three times in four). Recentring
    refits the intercept alone, so the mean score is the share confirmed and the order of
    the flags is kept."""
    from workbench.calibration import recentred

    model = score.Model(coefficients={"same_day": 1.0}, intercept=-2.0)
    rows = [{"same_day": 1.0}] * 10 + [{"same_day": 0.0}] * 10
    labels = [1] * 9 + [0] + [1] * 5 + [0] * 5  # 14 of 20 confirmed
    moved = recentred(model, rows, labels)
    assert moved.coefficients == model.coefficients
    assert moved.intercept > model.intercept
    mean = sum(moved.probability(r) for r in rows) / len(rows)
    assert abs(mean - 14 / 20) < 1e-6
    assert moved.probability(rows[0]) > moved.probability(rows[-1])
    assert moved.fitted_on["recentred_on"] == {"examples": 20, "confirmed": 14}


def test_recentred_scores_out_of_fold_leave_each_incident_out():
    """Each flag is scored by an intercept fitted without its incident: an incident whose
    flags are all confirmed scores lower out of fold than when it is fitted on."""
    from workbench.calibration import recentred, recentred_out_of_fold

    model = score.Model(coefficients={}, intercept=0.0)
    rows = [{}] * 10
    labels = [1, 1, 0, 0, 1, 0, 1, 0, 1, 0]
    groups = ["a", "a", "b", "b", "c", "c", "d", "d", "e", "e"]
    folded = recentred_out_of_fold(model, rows, labels, groups)
    fitted = recentred(model, rows, labels).probability({})
    assert abs(fitted - 0.5) < 1e-6
    assert folded[0] < fitted  # "a" (both confirmed) left out: 3 of 8 confirmed
    assert abs(folded[0] - 3 / 8) < 1e-6
    assert abs(folded[2] - 5 / 8) < 1e-6  # "b" (neither) left out: 5 of 8


def test_recentring_lists_the_same_flags_first():
    """The threshold moves with the intercept: a flag at or above the old cut is at or
    above the new one, one below stays below (the sample's place conflict, 0.13 against
    0.077, would fall under a cut made again on the finder's present flags)."""
    from workbench.calibration import recentred

    model = score.Model(coefficients={"same_day": 2.0}, intercept=-2.5, threshold=0.2)
    above, below = {"same_day": 0.9}, {"same_day": 0.5}
    assert model.probability(above) >= model.threshold > model.probability(below)
    moved = recentred(model, [above, below] * 5, [1] * 8 + [0] * 2)
    assert moved.threshold > model.threshold
    assert moved.probability(above) >= moved.threshold > moved.probability(below)
