"""A clause of time with no subject of its own ("after being shot", "after undergoing
surgery") tells what happened to the subject of the clause it hangs on, when that clause's
own verb tells the subject no harm (`adjunct_clauses`).

Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts

HARM = ("killed", "injured", "hit")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Zorvan phoned his cousin after being shot in the knee.", "hit"),
        ("The young man limped outside after getting shot.", "hit"),
        ("The woman spoke to deputies before being taken to a clinic.", "injured"),
        ("Mirela went back to work after undergoing surgery.", "injured"),
    ],
)
def test_the_subject_takes_the_role_of_its_clause_of_time(text, role):
    assert [(value, r) for _, value, r in counts(text) if r in HARM] == [(1, role)]


@pytest.mark.parametrize(
    "text",
    [
        "The clerk ran out of the store without being hurt.",
        "The guard left the bank after locking the door.",
        "The driver stopped the car to avoid being shot.",
    ],
)
def test_no_role_from_a_clause_of_no_harm_or_of_what_did_not_happen(text):
    assert [r for _, _, r in counts(text) if r in HARM] == []


def test_the_main_verb_keeps_a_harm_of_its_own():
    # "died" says more than the clause of time: one count, killed
    found = counts("The old man died after being shot twice.")
    assert [(v, r) for _, v, r in found if r in HARM] == [(1, "killed")], found


def test_an_active_death_in_the_clause_of_time_is_not_read_as_the_subjects():
    # a shooter's own end is `controlled.own_ends`' count (the gerund's words), not the subject's
    found = counts("Dorran opened fire on the crowd before taking his own life.")
    assert ("Dorran", 1, "killed") not in found, found


def test_a_relative_clause_whose_harm_is_only_in_its_clause_of_time_is_no_second_count():
    # the relative clause describes the boy the main clause counts: one telling
    text = "Police sought the gunman in the shooting of a small boy who ran home after being hit."
    found = counts(text)
    assert [(v, r) for _, v, r in found if r in HARM] == [(1, "hit")], found
