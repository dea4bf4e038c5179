"""One who speaks of their own harm is one person in its role, and alive.

"I was shot five times", "he shot me in the arm": a victim quoted counts one, as "he was
shot" does; "I thought I was going to die" tells no death (who says "I" lived). Sentences
invented here (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('"I was shot twice," the clerk said.', "I"),
        ('"He stabbed me in the arm," she told police.', "me"),
    ],
)
def test_a_speaker_harmed_is_one_in_the_role(text, words):
    assert [(t, value, role) for t, value, role in counts(text) if role] == [(words, 1, "hit")]


@pytest.mark.parametrize(
    "text",
    [
        '"I thought I was going to die," the clerk said.',
        '"I was scared," she said.',
        '"The news hurt me deeply," he said.',
        '"I have been shot at before," he said.',
    ],
)
def test_a_speaker_tells_no_death_of_their_own_and_fear_is_no_harm(text):
    assert [role for _, _, role in counts(text) if role] == []
