"""A state joined to a state ("two people shot and killed", "bound and dead"): one clause, one
count, the outcome's role; a harm borne in a verb joined to a passive ("was grazed and received
injuries") is read beside the harm done (both counted, as the wound convention keeps both).

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police on Friday named two men shot and killed on Elm Street.", [("killed", 2)]),
        ("Deputies found three people bound and dead in a barn.", [("killed", 3)]),
        ("Officers found two men shot and wounded.", [("injured", 2)]),
    ],
)
def test_a_joined_state_gives_the_outcome(text, expected):
    assert roles(text) == expected


def test_a_harm_borne_in_a_verb_joined_to_the_passive_is_read():
    found = roles("The clerk was grazed by a bullet and received non-life-threatening injuries.")
    assert found == [("hit", 1), ("injured", 1)], found
