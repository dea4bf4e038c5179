"""A speaker "hit" by a thing pronoun is struck by a thought, not by a bullet: "it just hit
me" counts no one, while "it hit me in the leg" (the place the blow reached) stays hit.

Sentences written here in the style of local news quotes (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    "text",
    [
        "“When I heard his name, it just hit me,” his cousin said.",
        "“Everything is hitting me at once,” she said.",
    ],
)
def test_a_speaker_struck_by_a_thing_pronoun_is_no_count(text):
    assert counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "“I felt something hot, and it hit me in the leg,” he said.",
        "“The bullet hit me,” he said.",
    ],
)
def test_a_speaker_hit_where_the_blow_reached_or_by_a_weapon_stays_hit(text):
    assert counts(text) == [("me", 1, "hit")]
