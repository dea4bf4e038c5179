"""The conflicts bench's judge of a place flag: a town against the county another page
names alone, or a neighbourhood against its city, is a look-alike; two towns or two
counties still differ."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

BENCH = Path(__file__).resolve().parents[2] / "bench" / "conflict_judging.py"


def _judging():
    sys.path.insert(0, str(BENCH.parent))
    spec = importlib.util.spec_from_file_location("bench_conflict_judging", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_conflict_judging"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _judge(*cities: str | dict) -> str:
    judging = _judging()
    claims = [SimpleNamespace(source_id=i) for i in range(len(cities))]
    places = [c if isinstance(c, dict) else {"city": c} for c in cities]
    docs = {f"d{i}": {"place": place} for i, place in enumerate(places)}
    doc_of = {i: f"d{i}" for i in range(len(cities))}
    return judging.judge_other(SimpleNamespace(kind="place", claims=claims), docs, doc_of)


def test_a_town_against_its_county_is_a_lookalike():
    assert _judge("Sanborn", "Barnes County") == "lookalike"
    assert _judge("Detroit", "Wayne County", "Detroit") == "lookalike"


def test_two_towns_or_two_counties_differ():
    assert _judge("Sanborn", "Valley City") == "real"
    assert _judge("Adams County", "Conejos County") == "real"
    assert _judge("Lingle", "Torrington", "Goshen County") == "real"
    assert _judge("Sanborn", "Sanborn") == "false"


def test_a_neighbourhood_against_its_city_is_a_lookalike():
    quarter = {"city": "Elm Park", "within": "Springfield"}
    assert _judge(quarter, "Springfield") == "lookalike"
    assert _judge(quarter, "Springfield", "Springfield") == "lookalike"


def test_a_neighbourhood_against_another_town_differs():
    quarter = {"city": "Elm Park", "within": "Springfield"}
    assert _judge(quarter, "Shelbyville") == "real"
    assert _judge(quarter, "Springfield", "Shelbyville") == "real"
