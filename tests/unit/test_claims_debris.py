"""A person hurt by what a shot sent flying (glass, shrapnel, debris) is injured, not hit,
whatever the verb; a fragment of the bullet is still the bullet.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import roles


@pytest.mark.parametrize(
    "text",
    [
        "Two people were shot and one person was struck by glass fragments from a window.",
        "Medics said the clerk was hit by flying glass, not a bullet.",
        "A boy may have been hit by shrapnel or other debris, police said.",
    ],
)
def test_hurt_by_debris_is_injured(text):
    found = roles(text)
    assert ("injured", 1) in found and ("hit", 1) not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The clerk was hit by a bullet or bullet fragments.",
        "The clerk was struck by a bullet.",
    ],
)
def test_a_bullet_and_its_fragments_hit(text):
    assert ("hit", 1) in roles(text)
