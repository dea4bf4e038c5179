"""A number right after a verb, read by the parser as counting the day after it.

"wounded three Saturday night": a number above one counts no singular day, so it is the
verb's object and the day the verb's time. Sentences invented here (none copied from a
corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts, roles


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A gunman killed a man and wounded two Friday morning, police said.", ("injured", 2)),
        ("Police said the gunman shot four Sunday night.", ("hit", 4)),
    ],
)
def test_a_number_before_a_day_is_the_verbs_object(text, want):
    assert want in roles(text)


def test_a_plural_time_keeps_its_number():
    found = counts("He was shot in the leg three Sundays ago.")
    assert not [f for f in found if f[1] == 3 and f[2] == "hit"], found
