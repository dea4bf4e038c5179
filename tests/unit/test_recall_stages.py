"""Where a labelled real pair is lost (`bench/recall_stages.py`): a value the finder infers
(an implied zero, hurt read as all hit) is a stage of its own, not "no claim holds it"."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import recall_stages as stages  # noqa: E402


def test_a_zero_dead_beside_people_hurt_and_none_dead_is_inferred():
    assert stages.inferable("killed", 0, {"injured": 2})


def test_no_zero_is_inferred_where_the_source_tells_its_dead_nor_a_count_above_zero():
    assert not stages.inferable("killed", 0, {"injured": 2, "killed": 1})
    assert not stages.inferable("arrested", 0, {"injured": 2})
    assert not stages.inferable("killed", 1, {"injured": 2})


def test_all_hit_equal_to_the_hurt_with_none_dead_is_inferred():
    assert stages.inferable("hit", 4, {"injured": 4})
    assert not stages.inferable("hit", 5, {"injured": 4})
    assert not stages.inferable("hit", 4, {"injured": 4, "hit": 4})


def test_an_inferred_value_without_a_claim_is_no_loss_at_claims():
    assert stages.side_stage([], [], 0, set(), inferred=True) is None
    assert stages.side_stage(["No arrests"], [], 0, set(), inferred=True) is None
    assert stages.side_stage([], [], 0, set()) == stages.NO_CLAIM


def test_an_inferred_zero_held_back_is_counted_at_its_own_stage_after_stories():
    held = stages.inferred_stage(made=True, one_event=False, dated_apart=False)
    assert held == stages.INFERRED_EVENTS
    assert stages.inferred_stage(False, False, False) == stages.INFERRED_NOT
    assert stages.inferred_stage(True, True, True) == stages.INFERRED_APART
    assert stages.inferred_stage(True, True, False, headline=True) == stages.INFERRED_HEADLINE
    assert stages.earliest([None, held]) == held
    assert stages.earliest([stages.STORIES, held]) == stages.STORIES
    assert stages.earliest([held, stages.TWO_EVENTS]) == held


def test_a_zero_of_a_source_telling_no_one_hurt_is_an_inferred_value_not_inferred():
    assert stages.inferable("killed", 0, {"arrested": 1})
    assert not stages.hurt_told("killed", {"arrested": 1})
    assert stages.hurt_told("killed", {"hit": 1})  # finder 370: people shot, no fate told
    assert stages.hurt_told("killed", {"hit": 1, "injured": 2})
    assert stages.inferred_stage(False, False, False, hurt=False) == stages.INFERRED_UNHURT
