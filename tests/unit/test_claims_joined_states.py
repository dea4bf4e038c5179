"""A state joined to a state ("two people shot and killed", "bound and dead"): one clause, one
count, the outcome's role.

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
