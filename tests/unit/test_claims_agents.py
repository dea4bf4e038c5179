"""A count of a person's victims names that person, and leaves him out of the dead
(`claims.agents`, issues #15 and #16: the gunman counted or not).

"The gunman killed five people" counts his victims; where the article tells him dead too,
a report of six dead counts him among them, and the two do not dispute. A doer that is no
person ("the shooting that killed") names no one; a victims count beside a doer who lived
still disputes one more.

Sentences written here (none copied from a corpus)."""

from __future__ import annotations

from claim_builders import article_claims
from figure_builders import count, source

from workbench.claims.agents import AGENT_MARK, WITHOUT_AGENT_MARK
from workbench.findings.conflicts import find_findings


def _marks(*texts: str) -> dict[str, tuple[str | None, bool]]:
    """Each killed count's words -> (its doer, whether the doer is told dead too)."""
    return {
        c.text: (c.value.get(AGENT_MARK), bool(c.value.get(WITHOUT_AGENT_MARK)))
        for c in article_claims(*texts)
        if c.role == "killed" and not c.implicit
    }


def test_victims_of_a_gunman_who_then_killed_himself_leave_him_out():
    found = _marks("A gunman killed five people on a bus Monday before killing himself.")
    assert found["five people"] == ("gunman", True), found


def test_a_gerund_takes_its_doer_from_the_clause_above():
    found = _marks(
        "On Monday, Lopez opened fire on his fellow soldiers, killing three "
        "before taking his own life."
    )
    assert found["three"] == ("lopez", True), found


def test_a_doer_who_lived_is_named_but_not_left_out_of_the_dead():
    found = _marks("A gunman killed five people on a bus Monday.", "He was arrested at the scene.")
    assert found["five people"] == ("gunman", False), found


def test_an_event_is_no_doer():
    found = _marks("The shooting that killed 49 people was the deadliest in the state.")
    assert found["49 people"] == (None, False), found


def test_the_passive_has_no_doer_of_its_own():
    found = _marks("Six people were killed by the gunman, who then killed himself.")
    assert found["Six people"][0] is None, found


def _victims(sid: int, n: int, dead_doer: bool):
    claim = count(sid, "killed", n, "one person", sentence="Police say he killed one person.")
    claim.value[AGENT_MARK] = "he"
    if dead_doer:
        claim.value[WITHOUT_AGENT_MARK] = True
    return claim


def test_the_dead_counting_the_doer_do_not_dispute_his_victims():
    sources = [source(1), source(2)]
    claims = [_victims(1, 1, dead_doer=True), count(2, "killed", 2, "Two people")]
    assert find_findings(claims, sources)[0] == []
    # Two more than the victims is no doer counted: a dispute still.
    claims = [_victims(1, 1, dead_doer=True), count(2, "killed", 3, "Three people")]
    assert [c.role for c in find_findings(claims, sources)[0]] == ["killed"]
    # A doer who lived is no one of the dead: one more disputes.
    claims = [_victims(1, 1, dead_doer=False), count(2, "killed", 2, "Two people")]
    assert [c.role for c in find_findings(claims, sources)[0]] == ["killed"]


def test_a_doer_who_shot_himself_is_among_those_hit():
    found = {
        c.text: bool(c.value.get(WITHOUT_AGENT_MARK))
        for c in article_claims("He shot his wife and two other women, then shot himself.")
        if c.role == "hit" and c.value.get(AGENT_MARK)
    }
    assert found and all(found.values()), found
