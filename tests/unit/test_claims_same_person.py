"""One person said twice in a sentence is one count; a verb one undergoes, used with an
object that is no harm, puts no one in a role.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    "text",
    [
        "He was flown to the trauma center where he was listed in serious condition.",
        "The driver was taken to a hospital, where he remains in critical condition.",
    ],
)
def test_a_pronoun_of_a_later_clause_is_the_subject_again(text):
    found = counts(text)
    assert [f for f in found if f[2] == "injured"] == [found[0]], found
    assert found[0][1] == 1 and found[0][2] == "injured"


def test_the_later_clause_adds_its_role_to_the_first_count():
    found = counts("A cyclist was shot on Pine Street and she is in serious condition.")
    assert sorted(found) == [("A cyclist", 1, "hit"), ("A cyclist", 1, "injured")]


def test_a_death_after_a_shooting_told_in_one_sentence_is_killed_only():
    """The labels' "one clause, one count, the outcome's role": "died after being shot"
    (`harms.how_of_an_outcome`)."""
    found = counts("A father died Sunday, two days after he was shot outside his garage.")
    assert sorted(found) == [("A father", 1, "killed")]


def test_a_pronoun_after_an_uncounted_subject_counts_on_its_own():
    found = counts("The guard fired at the robber before he was shot by a customer.")
    assert ("he", 1, "hit") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The tenant passed a background check last spring.",
        "A deputy recovered the rifle behind the shed.",
        "She passed the bus on the left.",
        "The woman survived the shooting.",  # the event, not a wound: maybe unhurt
    ],
)
def test_a_verb_one_undergoes_with_another_object_says_no_harm(text):
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The driver survived his wounds.", "injured"),
        ("A neighbor passed away Friday.", "killed"),
    ],
)
def test_a_harm_undergone_still_counts(text, role):
    found = counts(text)
    assert [(f[1], f[2]) for f in found] == [(1, role)], found
