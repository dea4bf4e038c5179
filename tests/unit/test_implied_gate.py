"""The implied zero's gate: one victim's course (hurt in care, then dying) is a fact two
reports share, so a first report of a child in critical condition and a later one of a boy
who died after the shooting, sharing only their town, are one person's update; a report of
someone killed outright beside it is not (one victim hurt and another killed in one town is
common)."""

from __future__ import annotations

from figure_builders import count, source

from workbench.findings.conflicts import find_findings

TOWN = {1: frozenset({"kansas city"}), 2: frozenset({"kansas city", "state avenue police"})}


def _mention(sid: int, role: str, text: str, predicate: str, sentence: str):
    claim = count(sid, role, 1, text, implicit=True, noun="boy", sentence=sentence)
    claim.value["why"] = f"a singular mention: “{text}” ({predicate})"
    return claim


def _reports(hurt_sentence: str, hurt_predicate: str, dead_predicate: str):
    sources = [source(1, "2016-11-04"), source(2, "2016-11-05")]
    claims = [
        _mention(1, "injured", "A 2-year-old boy", hurt_predicate, hurt_sentence),
        _mention(2, "killed", "Boy", dead_predicate, "Boy dies after accidental shooting."),
    ]
    return claims, sources


def test_a_child_in_care_then_dying_shares_his_course():
    claims, sources = _reports(
        "A 2-year-old boy was rushed to the hospital in critical condition.", "passive rush", "die"
    )
    conflicts, _ = find_findings(claims, sources, names=TOWN)
    assert [(c.role, c.relation) for c in conflicts] == [("killed", "update")]


def test_one_name_without_the_course_is_not_enough():
    claims, sources = _reports("A 2-year-old boy was shot on Friday.", "passive shoot", "die")
    assert find_findings(claims, sources, names=TOWN)[0] == []


def test_someone_killed_outright_is_no_course_of_the_one_in_care():
    claims, sources = _reports(
        "A 2-year-old boy was rushed to the hospital in critical condition.",
        "passive rush",
        "passive kill",
    )
    assert find_findings(claims, sources, names=TOWN)[0] == []
