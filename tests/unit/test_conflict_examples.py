"""The conflict score's examples kept in a file refit the same model (`bench/calibrate.py
--examples`): the packaged model is reproducible from `bench/conflict_examples.jsonl`."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import calibration_examples  # noqa: E402

from workbench.findings import score  # noqa: E402


def _parts() -> dict[str, calibration_examples.Examples]:
    rows = [{"both_stated": float(n % 2), "same_day": n / 7} for n in range(8)]
    return {
        "dev": (rows[:4], [1, 0, 1, 1], ["a", "a", "b", "c"]),
        "pool": (rows[4:], [0, 1, 0, 1], ["d", "e", "e", "f"]),
    }


def test_examples_written_read_back_are_the_same_examples(tmp_path):
    path = tmp_path / "examples.jsonl"
    written = calibration_examples.write_examples(path, _parts(), {"finder": "x"})
    parts, tree = calibration_examples.read_examples(path)
    assert tree == {"finder": "x"}
    assert [parts[s][1] for s in ("dev", "pool")] == [[1, 0, 1, 1], [0, 1, 0, 1]]
    assert parts["pool"][2] == ["d", "e", "e", "f"]
    assert calibration_examples.digest(parts) == written


def test_the_digest_tells_two_sets_of_examples_apart():
    parts = _parts()
    other = {**parts, "pool": (parts["pool"][0], [1, 1, 0, 1], parts["pool"][2])}
    assert calibration_examples.digest(parts) != calibration_examples.digest(other)


def test_the_packaged_model_names_the_examples_it_was_fitted_to():
    """The packaged model records the digest of the examples file kept beside the bench;
    refitting from that file by its recipe gives the packaged coefficients again."""
    model = score.default()
    parts, tree = calibration_examples.read_examples(calibration_examples.EXAMPLES)
    recorded = model.fitted_on.get("recentred_on", model.fitted_on)
    assert recorded["examples_digest"] == calibration_examples.digest(parts)
    assert recorded["finder"] == tree["finder"]
