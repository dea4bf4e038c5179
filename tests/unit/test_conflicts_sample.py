"""The finder on the sample database: the three conflicts a reviewer expects, no look-alikes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.findings.judging import conflicting_pairs
from workbench.findings.score import default_threshold
from workbench.vocabulary import fold


@pytest.fixture
def listed(sample_store):
    result = CliRunner().invoke(
        cli, ["conflicts", "--db", sample_store.path, "--json"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _has(conflict, *needles):
    """Each (file prefix, words) needle is some claim of the conflict."""
    return all(
        any(c["file"].startswith(prefix) and words in fold(c["text"]) for c in conflict["claims"])
        for prefix, words in needles
    )


def test_the_three_named_conflicts_are_in_the_first_five(listed):
    top = listed[:5]
    detained = [c for c in top if _has(c, ("000", "27"), ("002", "two dozen"))]
    place = [c for c in top if _has(c, ("002", "cotiza"), ("003", "petare"))]
    countries = [c for c in top if _has(c, ("002", "60 countries"), ("004", "50 countries"))]
    assert detained and place and countries
    for named in (detained[0], place[0], countries[0]):  # the default list, and said so
        assert named["score"] >= default_threshold()
    assert detained[0]["same_day"] is True
    assert "citing Diosdado Cabello" in detained[0]["reason"]
    assert countries[0]["same_day"] is False
    assert "2019-01-21" in countries[0]["reason"] and "2019-04-30" in countries[0]["reason"]
    assert "may have changed" in countries[0]["reason"]


def test_every_conflict_has_the_documented_shape(listed):
    for conflict in listed:
        assert set(conflict) == {
            "id",
            "kind",
            "score",
            "reason",
            "same_day",
            "claims",
            "story_id",
            "thread_id",
            "relation",
            "role",
        }
        assert isinstance(conflict["story_id"], int)
        assert conflict["relation"] in ("contradiction", "update")
        assert 0.0 <= conflict["score"] <= 1.0
        assert conflict["same_day"] in (True, False, None)
        for claim in conflict["claims"]:
            assert {"file", "sentence", "text", "value", "attribution"} <= set(claim)
    assert [c["score"] for c in listed] == sorted((c["score"] for c in listed), reverse=True)


LOOKALIKES = [
    {"jan. 10", "january 10"},
    {"may", "last may"},
    {"may", "2018"},
    {"last may", "2018"},
    {"wednesday", "wedmesday"},
]


def test_no_lookalike_and_nothing_between_a_source_and_its_copy(sample_store):
    files = {s.id: s.file for s in sample_store.sources()}
    for x, y in conflicting_pairs(sample_store.claims(), sample_store.sources()):
        pair = {files[x.source_id][:3], files[y.source_id][:3]}
        assert pair != {"000", "001"}
        assert {fold(x.text), fold(y.text)} not in LOOKALIKES
        assert "miles" not in fold(x.text) + fold(y.text)
        if x.kind == "place":
            assert fold(x.value["name"]) != fold(y.value["name"])
