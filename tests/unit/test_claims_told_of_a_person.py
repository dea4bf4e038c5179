"""The dead and the hit told without a plain harm clause: a multiplier the parser made its
event's head, an event told deadly with no article (a headline's), a weapon turned on a
person, a reflexive whose verb the parser read as a noun, a headline's bare person before
a harm verb, a surname tagged as a plural, and an apposition's relative clause.

Sentences written here in the style of local news and headlines (none copied from a
corpus); each case fails on the extractor before these rules.
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputies are investigating a quadruple shooting outside a bar on Elm Street.",
            ("quadruple shooting", 4, "hit"),
        ),
        ("Police receive tips in Margate quadruple shooting", ("quadruple shooting", 4, "hit")),
    ],
)
def test_a_multiplier_counts_its_event_whichever_word_the_parser_made_the_head(text, expected):
    assert expected in counts(text), counts(text)


def _headline_counts(*texts: str) -> list[tuple[str, float, str | None]]:
    return [(c.text, c.value["low"], c.role) for c in article_claims(*texts)]


def test_an_event_told_deadly_with_no_article_is_one_dead_where_the_article_counts_one():
    found = _headline_counts(
        "Overnight fatal shooting appears to be accidental",
        "A man was shot and killed in his apartment overnight.",
    )
    assert ("Overnight fatal shooting", 1, "killed") in found, found


def test_a_group_hit_beside_an_event_told_deadly_leaves_the_death_told():
    found = _headline_counts("Four shot in Lakeview fatal shooting", "A man died at the scene.")
    assert ("Four", 4, "hit") in found and ("Lakeview fatal shooting", 1, "killed") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The man later turned the gun on himself.",
        "He then turned the rifle on himself.",
        "She turned the weapon on her husband.",
    ],
)
def test_a_weapon_turned_on_a_person_is_a_shot_at_them(text):
    assert [(v, r) for _, v, r in counts(text)] == [(1, "hit")], counts(text)


def test_a_weapon_turned_on_a_thing_counts_no_one():
    assert counts("She turned the car on the road.") == []


def test_a_reflexive_after_an_age_makes_its_verb_a_verb():
    assert counts("7-year-old shoots himself while mother naps") == [("himself", 1, "hit")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NOPD: woman shot in uptown", ("woman", 1, "hit")),
        ("A woman fatally shot on west side", ("A woman", 1, "killed")),
        ("Marion County teen shot after argument at party", ("Marion County teen", 1, "hit")),
        ("Sheriff identifies teen fatally shot in his car", ("teen", 1, "killed")),
        ("A 4-year-old accidentally shot at a home on Elm Street", ("A 4-year-old", 1, "hit")),
    ],
)
def test_a_headlines_bare_person_before_a_harm_verb_is_its_patient(text, expected):
    assert counts(text) == [expected]


def test_a_person_who_shot_at_a_target_is_no_patient():
    assert all(r != "hit" for _, _, r in counts("The teen shot at the officers."))


def test_a_surname_tagged_as_a_plural_is_the_harm_verbs_patient():
    found = counts("Other officers returned fire and fatally wounded Wilkes.")
    assert found == [("Wilkes", 1, "killed")], found
    assert counts("The gunman then shot Officers in the car.") == []


def test_an_appositions_relative_clause_tells_of_the_noun_it_renames():
    found = counts("Neighbors mourn their friend Dana Ortiz, who was killed in a shooting.")
    assert found == [("their friend", 1, "killed")], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman said she shot an intruder in her garage.", ("an intruder", 1, "hit")),
        (
            "An elderly family member died of a gunshot wound.",
            ("An elderly family member", 1, "killed"),
        ),
    ],
)
def test_more_nouns_of_persons(text, expected):
    assert counts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The man shot his neighbor, then himself.", ("his neighbor, then himself", 2, "hit")),
        ("A man shot his wife then himself.", ("his wife then himself", 2, "hit")),
    ],
)
def test_a_reflexive_after_then_is_the_objects_conjunct(text, expected):
    assert counts(text) == [expected]


def test_an_event_noun_read_as_a_verb_before_a_death_is_its_modifier():
    found = counts("Mother charged in 5-year-old boy's shooting death")
    assert ("5-year-old boy", 1, "killed") in found, found


def test_the_agent_of_a_participle_of_bearing_bears_the_harm():
    found = counts("The examiner will study the fatal injuries sustained by the man and the boy.")
    assert found == [("the man and the boy", 2, "killed")], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was a shooting victim at the club.", ("a shooting victim", 1, "hit")),
        (
            "The father of the shooting victim said he was a good kid.",
            ("the shooting victim", 1, "hit"),
        ),
    ],
)
def test_a_victim_noun_telling_its_harm_is_hit_in_any_clause(text, expected):
    assert counts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["The uninjured shooting victim spoke to reporters.", "A shooting victim advocate spoke."],
)
def test_a_victim_noun_unhurt_or_a_modifier_counts_no_one(text):
    assert counts(text) == []


def test_a_victim_noun_restating_a_counted_subject_is_that_person():
    found = counts("Police said the boy, 11, appeared to be the victim of an accidental shooting.")
    assert found == [("the boy", 1, "hit")], found


def test_a_home_invasion_told_deadly_is_one_dead_where_the_article_counts_one():
    found = _headline_counts(
        "A man was shot and killed on Friday.",
        "Police are searching for two men suspected in a deadly home invasion near the plaza.",
    )
    assert ("a deadly home invasion", 1, "killed") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belgrade boy dead after accidental shooting", ("Belgrade boy", 1, "killed")),
        ("One teenager dead after homicide in the county", ("One teenager", 1, "killed")),
    ],
)
def test_a_headlines_bare_person_takes_the_state_written_after_it(text, expected):
    assert counts(text) == [expected]
