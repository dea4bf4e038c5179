"""The subject of a verb with an infinitive complement is the infinitive's subject: its
role is the infinitive clause's ("appeared to have been shot", "had to have surgery"),
never through a verb of intention ("tried to kill").

Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The boy appeared to have been shot in the leg.", "hit"),
        ("The woman needed to have surgery.", "injured"),
        ("The clerk had to be taken to the hospital.", "injured"),
        ("The driver seemed to be injured.", "injured"),
    ],
)
def test_the_subject_takes_the_role_of_its_infinitive(text, role):
    assert [(value, r) for _, value, r in counts(text) if r] == [(1, role)]


@pytest.mark.parametrize(
    "text",
    [
        "The man tried to kill his wife.",
        "The woman wanted to be taken home.",
        "The boy appeared to be fine.",
        "The teen had to leave the party.",
    ],
)
def test_no_role_through_an_intention_or_an_infinitive_of_no_harm(text):
    assert [r for _, _, r in counts(text) if r in ("killed", "injured", "hit")] == []
