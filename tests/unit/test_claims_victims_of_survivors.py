"""A counted victims noun its clause puts in no role is in the role the article tells for
its people: injured where no one died (being shot is being hurt), and beside a death,
injured when as many are told hurt, even when that count's own hit is told too.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims

NO_DEAD = (
    "Four people were shot outside a bar on Friday night.",
    "Officers said they found four victims near the door.",
)
BESIDE_A_DEATH = (
    "One man was killed in the shooting.",
    "Three others were shot and taken to a hospital.",
    "The conditions of the other three victims are unknown.",
)
ALL_DEAD = (
    "Three men were killed in the shooting on Friday night.",
    "Police have not named the three victims.",
)


@pytest.mark.parametrize(
    ("texts", "victims", "injured"),
    [
        (NO_DEAD, "four victims", True),
        (BESIDE_A_DEATH, "three victims", True),
        (ALL_DEAD, "three victims", False),
    ],
)
def test_victims_take_the_role_the_article_tells_for_them(texts, victims, injured):
    found = [
        (c.text, c.role)
        for c in article_claims(*texts)
        if c.role and not c.value.get("survivors_hit")  # the derived hit beside the injured
    ]
    assert ((victims, "injured") in found) is injured, found
