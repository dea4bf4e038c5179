"""The conflicts bench's match of a flag to a labelled pair: a count's flag finds a pair of its
own role only (a killed flag whose two values happen to be an injured pair's finds nothing),
or of a role counting the same people (those hit, against those hurt or those killed: the
labels list one comparison once); a pair or a flag without a role is matched by its articles
and values alone."""

from __future__ import annotations

from types import SimpleNamespace

from tests.unit.test_bench_place_judging import _judging


def _claim(role: str, low: float) -> SimpleNamespace:
    return SimpleNamespace(role=role, value={"low": low}, text="some people")


def _pair(role: str | None, a_value: float = 2, b_value: float = 3) -> dict:
    pair = {"a": "first", "a_value": a_value, "b": "later", "b_value": b_value}
    return {**pair, "role": role} if role else pair


def _by_doc(role: str) -> dict:
    return {"first": [_claim(role, 2)], "later": [_claim(role, 3)]}


def test_a_flag_finds_a_pair_of_its_own_role():
    assert _judging().matches(_pair("injured"), _by_doc("injured"), "injured")


def test_a_flag_of_another_role_with_the_same_values_finds_nothing():
    judging = _judging()
    assert not judging.matches(_pair("injured"), _by_doc("killed"), "killed")
    assert not judging.matches(_pair("arrested"), _by_doc("hit"), "hit")
    assert not judging.matches(_pair("killed"), _by_doc("injured"), "injured")


def test_those_hit_are_one_comparison_with_those_hurt_or_killed():
    judging = _judging()
    assert judging.matches(_pair("injured"), _by_doc("hit"), "hit")
    assert judging.matches(_pair("hit"), _by_doc("killed"), "killed")


def test_a_pair_or_a_flag_without_a_role_is_matched_by_values():
    judging = _judging()
    assert judging.matches(_pair(None), _by_doc("killed"), "killed")
    assert judging.matches(_pair("killed"), _by_doc("killed"), None)
    assert not judging.matches(_pair(None, 2, 4), _by_doc("killed"), "killed")
