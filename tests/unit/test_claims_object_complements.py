"""A state told of a verb's object by a complement of its own ("found him unresponsive with a
gunshot wound", "found a man, 30, suffering from gunshot wounds"): the object bears the harm
the complement's phrase names, as "found him with a gunshot wound" does.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import roles


@pytest.mark.parametrize(
    "text",
    [
        "Deputies found him unresponsive with a gunshot wound to the chest.",
        "Officers found Darnell Reese, 31, of Elm Grove unresponsive from a gunshot wound.",
        "Police found a woman, 40, suffering from gunshot wounds on Pine Street on Sunday.",
    ],
)
def test_the_object_of_a_state_bears_its_wound(text):
    assert ("injured", 1) in roles(text) and ("hit", 1) in roles(text)


def test_beside_a_death_told_later_the_wound_is_the_deads_hit():
    found = roles(
        "Deputies found him unresponsive with a gunshot wound to the chest. He died at the scene."
    )
    assert ("hit", 1) in found and ("injured", 1) not in found


@pytest.mark.parametrize(
    "text",
    [
        "The officer shielded the boy from the bullets.",
        "Police found him hiding from the gunman behind a shed.",
        "Police found the suspect armed with a rifle.",
    ],
)
def test_no_wound_no_harm(text):
    assert [r for r in roles(text) if r[0] in ("killed", "injured", "hit")] == []
