"""A count of people with no role is the story's group (the whole those arrested are among)
only when its sentence tells it as a group: a collective noun's members, a partitive's
whole, or people told where they were. Otherwise it bounds nothing ("Three men fled")."""

from __future__ import annotations

import pytest
from conflict_builders import qty, run

from workbench.findings.story_group import told_as_group

DETAINED = "Police said 14 people were detained overnight."


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("A crowd of about 9 people gathered at the gate.", "9 people"),
        ("The band of 9 protesters marched north.", "9 protesters"),
        ("Four of the 9 workers went home early.", "9 workers"),
        ("Among the 9 guests was the mayor.", "9 guests"),
        ("Nine people were inside the club at closing.", "Nine people"),
    ],
)
def test_a_count_told_as_a_group(sentence, text):
    assert told_as_group(qty(2, text, sentence, 9, counted="people"))


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Nine men fled in a grey van.", "Nine men"),
        ("Witnesses heard nine loud bangs.", "nine loud bangs"),
        ("A total of nine people spoke to reporters.", "nine people"),
        ("The names of the nine students were not released.", "nine students"),
    ],
)
def test_a_count_not_told_as_a_group(sentence, text):
    assert not told_as_group(qty(2, text, sentence, 9, counted="people"))


def _bounds(group_sentence: str, text: str):
    claims = [
        qty(1, "14 people", DETAINED, 14, action="detain", counted="people"),
        qty(2, text, group_sentence, 9, counted="people"),
    ]
    return [f for f in run(claims)[0] if f.kind == "quantity" and f.role == "arrested"]


def test_those_arrested_outnumbering_a_group_told_as_one_is_flagged():
    assert _bounds("A crowd of about 9 people gathered at the gate.", "9 people")


def test_a_bare_count_of_people_bounds_nothing():
    assert _bounds("Nine men fled in a grey van.", "Nine men") == []


def test_the_reason_names_the_whole_as_the_group_the_story_is_about():
    """It read "more than the around two dozen men (...) the story is about": the whole's
    words wedged into the phrase. The wording only: which pairs are flagged is above."""
    [finding] = _bounds("A crowd of about 9 people gathered at the gate.", "9 people")
    assert "more than the whole group the story is about: 9 people" in finding.reason
    assert finding.reason.endswith("; a part cannot outnumber its whole")
