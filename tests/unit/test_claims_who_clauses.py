"""A "who" clause the parser hung on a place tells of the person whose phrase holds it.

"There was a woman inside the house who was shot": "who" stands only for a person, so the
clause is the woman's, not the house's. Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("There was a woman inside the house who was shot.", "a woman"),
        ("Police found a clerk near the store who had been stabbed.", "a clerk"),
        ("There was a man standing in front of a garage who was also shot.", "a man"),
    ],
)
def test_a_who_clause_on_a_place_is_the_persons_before_it(text, person):
    assert [(t, value, role) for t, value, role in counts(text) if role] == [(person, 1, "hit")]


def test_a_who_clause_on_a_person_stays_there():
    found = counts("Police are looking for a man in a red car who shot two people.")
    # the man sought, told by the harm he did, is no one arrested yet (`suspects_free`)
    assert [(t, value, role) for t, value, role in found if role] == [
        ("a man", 0, "arrested"),
        ("two people", 2, "hit"),
    ]


def test_a_who_clause_on_an_event_is_the_person_named_in_it():
    found = counts("A suspect was arrested in the death of Ana Ruiz who was shot and killed.")
    assert ("Ana Ruiz", 1, "killed") in found
    assert ("A suspect", 1, "killed") not in found
