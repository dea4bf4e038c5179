"""A blow told as an attack on the body is hit (the labels' convention, labels28c): a fist, a
kick, a beating, a blow with a gun's butt. The blow verbs are the hit role's; a verb written
with a hyphen ("pistol-whipped") is looked up whole, as the tokenizer splits it; "out"/"off"
right after a verb make it one of moving someone away ("kicked out of the club"), no blow.
Not told apart: a game's "beat" of a team named as persons (news of shootings tells none).

Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts

from workbench.claims.verb_forms import verb_keys
from workbench.parse import parse_all


def roles(text: str) -> list[tuple[float, str]]:
    return sorted((value, role) for _, value, role in counts(text) if role)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The intruder punched two clerks before he fled.", 2),
        ("Three guards were beaten by the crowd outside the depot.", 3),
        ("A robber kicked a woman in the knee.", 1),
        ("Two men beat up a teenager near the depot.", 1),
        ("Two tellers were pistol-whipped during the holdup.", 2),
        ("The pistol-whipped girl was 19.", 1),
    ],
)
def test_a_blow_to_persons_is_hit(text, value):
    assert (value, "hit") in roles(text)
    assert "injured" not in {role for _, role in roles(text)}


@pytest.mark.parametrize(
    "text",
    [
        "A patron was kicked out of the tavern on Friday.",
        "Three fans who had been kicked off the grounds came back later.",
        "He kicked the gate open.",
    ],
)
def test_moving_someone_away_or_a_thing_kicked_is_no_blow(text):
    assert roles(text) == []


def test_a_hyphenated_verb_is_looked_up_whole_before_its_last_part():
    text = "Two tellers were pistol-whipped."
    p = parse_all([text])[text]
    verb = next(i for i in range(len(p)) if p.lower(i) == "whipped")
    keys = verb_keys(p, verb)
    assert keys[0] == ("pistol-whip",) and ("whip",) in keys


def test_out_of_right_after_a_verb_is_its_particle():
    text = "A patron was kicked out of the tavern."
    p = parse_all([text])[text]
    verb = next(i for i in range(len(p)) if p.lower(i) == "kicked")
    assert all(key[-1] == "out" for key in verb_keys(p, verb))
