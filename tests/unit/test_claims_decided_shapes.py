"""The shapes the labels decided in the twenty-ninth session, read from the parse: an event
told deadly, one more victim among survivors, a victim noun in care, a participle on the
counted noun beside care, a reflexive.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims

from workbench.claims.others import SURVIVORS_HIT_MARK
from workbench.claims.predicates import JOINED_HIT_MARK, WOUND_HIT_MARK

DERIVED = (SURVIVORS_HIT_MARK, WOUND_HIT_MARK, JOINED_HIT_MARK)


def _scored(*texts: str) -> list[tuple[str, float, str | None]]:
    """The counts the labels compare (the derived hits left out), in text order."""
    return [
        (c.text, c.value["low"], c.role)
        for c in article_claims(*texts)
        if c.role in ("killed", "injured", "hit") and not any(c.value.get(m) for m in DERIVED)
    ]


@pytest.mark.parametrize(
    "told",
    [
        "Detectives are still looking for a motive in the fatal shooting.",
        "Crime scene tape surrounded the scene of a deadly incident on Elm Street.",
        "The final shooting of the night turned fatal.",
    ],
)
def test_an_event_told_deadly_is_one_dead_where_the_article_counts_one(told):
    found = _scored("A man was shot and killed on Friday night.", told)
    assert [r for _, v, r in found if v == 1] == ["killed", "killed"], found


def test_an_event_told_deadly_tells_no_number_beside_more_dead_or_a_person_in_its_sentence():
    assert _scored("Two men were killed on Friday.", "The fatal shooting happened at a bar.") == [
        ("Two men", 2, "killed")
    ]
    found = _scored("A block party turned deadly when a gunman opened fire, leaving a boy dead.")
    assert [(v, r) for _, v, r in found] == [(1, "killed")], found


@pytest.mark.parametrize(
    "told",
    ["A fifth victim was found by police later.", "The victims were two men and two women."],
)
def test_victims_by_a_noun_of_no_harm_are_injured_among_survivors(told):
    found = _scored("Four people were wounded in the shooting on Main Street.", told)
    assert {r for _, _, r in found} == {"injured"}, found


def test_victims_by_a_noun_of_no_harm_keep_hit_beside_the_dead():
    found = _scored("A man was killed and two people were wounded.", "A fifth victim was found.")
    assert ("A fifth victim", 1, "hit") in found, found


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Another victim is in serious condition.", "injured"),
        ("The teen victim was flown to a trauma center for treatment.", "injured"),
        ("Another shooting victim is in stable condition.", "hit"),
        ("A gunshot victim was taken to a hospital.", "hit"),
    ],
)
def test_a_victim_noun_in_care_is_one_count_by_its_words(text, role):
    assert [r for _, _, r in _scored(text)] == [role]


@pytest.mark.parametrize(
    "text",
    [
        "The three people hit by the gunfire were all expected to survive.",
        "A woman shot in the hip was taken to a hospital in serious condition.",
        "Shot twice, the driver was rushed to a hospital.",
    ],
)
def test_a_participle_telling_the_harm_beside_care_is_one_count_hit(text):
    assert [r for _, _, r in _scored(text)] == ["hit"]


def test_a_relative_clause_beside_care_stays_two_counts():
    found = _scored("A woman who was shot in the hip was taken to a hospital in stable condition.")
    assert sorted(r for _, _, r in found) == ["hit", "injured"]


@pytest.mark.parametrize(
    "text",
    [
        "A girl has died after she accidentally shot herself with a handgun.",
        "A 12-year-old boy has died after accidentally shooting himself at home.",
    ],
)
def test_a_reflexive_telling_how_a_death_came_about_is_the_dead_said_again(text):
    assert [(v, r) for _, v, r in _scored(text)] == [(1, "killed")]


def test_a_reflexive_in_a_clause_of_its_own_stays_a_hit():
    found = _scored("A man killed his neighbor before shooting himself in the yard.")
    assert sorted(r for _, _, r in found) == ["hit", "killed"], found


def test_care_in_a_clause_of_time_beside_a_state_is_one_telling():
    found = _scored(
        "A man was shot on Friday.", "He was awake and alert when medics took him to a hospital."
    )
    assert [(t, r) for t, _, r in found] == [("A man", "hit"), ("He", "injured")], found


def test_a_coordinated_clause_with_its_own_subject_stays_its_own_count():
    found = _scored(
        "A man was shot on Friday.",
        "He was conscious when police arrived, and he was taken to a hospital.",
    )
    assert [r for _, _, r in found].count("injured") == 2, found


@pytest.mark.parametrize(
    "text",
    [
        "Three people were injured, all hit by gunfire, the chief said.",  # a harm done
        "The man shot was taken to a hospital with injuries that were not life-threatening.",
    ],
)
def test_a_participle_beside_a_harm_or_a_wound_keeps_the_injured(text):
    assert "injured" in [r for _, _, r in _scored(text)]
