"""A death told by dying, dated by its own text after the day the first report dates the
hurt to, is that victim's course, not another event: "five people were injured Sunday",
then "one victim died Wednesday night" is an update of the dead, 0 to 1. A death its
text tells otherwise (killed outright) on a later day is still another event's. Hand-built
claims, no extractor."""

from __future__ import annotations

from figure_builders import count, source

from workbench.findings.conflicts import find_findings

NAMES = {s: frozenset({"overtown", "ryder trauma center"}) for s in (1, 2)}


def _dated(claim, day: str):
    claim.event_date, claim.event_date_basis = day, "text"
    return claim


def _reports(dead_sentence: str, dead_why: str):
    sources = [source(1, "2014-12-14"), source(2, "2014-12-18")]
    hurt = count(1, "injured", 5, "Five people", sentence="Five people were injured Sunday.")
    dead = count(2, "killed", 1, "One victim", sentence=dead_sentence)
    dead.value["why"] = dead_why
    others = count(2, "injured", 4, "four others", sentence="The four others are recovering.")
    claims = [_dated(hurt, "2014-12-14"), _dated(dead, "2014-12-17"), others]
    return claims, sources


def _dead(claims, sources) -> list[tuple[str, str]]:
    """The disputes of the dead (the hurt's own five against four is another dispute)."""
    conflicts, _ = find_findings(claims, sources, names=NAMES)
    return [(c.role, c.relation) for c in conflicts if c.role == "killed"]


def test_a_death_dated_days_after_the_hurt_is_their_course():
    claims, sources = _reports("One victim died Wednesday night.", "“One victim” (die)")
    assert _dead(claims, sources) == [("killed", "update")]


def test_a_killing_dated_days_after_is_another_event():
    claims, sources = _reports(
        "One victim was shot dead Wednesday night.", "“One victim” (passive kill)"
    )
    assert _dead(claims, sources) == []
