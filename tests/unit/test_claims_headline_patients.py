"""A headline's patients: a counted noun right before a bare harm verb is the one harmed,
also after a comma that stands for "and", and with a scene after "at" (not a target).

Sentences written here, in the style of headlines and ledes (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One man killed, three others shot at a bus stop downtown.", ("three others", 3, "hit")),
        (
            "Crash on the bridge leaves one driver dead, two others hurt",
            ("two others hurt", 2, "injured"),
        ),
        ("Four people shot at a birthday party in the suburbs", ("Four people", 4, "hit")),
    ],
)
def test_a_counted_noun_before_a_bare_harm_verb_is_its_patient(text, expected):
    assert expected in counts(text), counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two officers shot at the suspect as he fled.",
        "Two men shot at a passing car on the avenue.",
    ],
)
def test_a_count_that_shot_at_a_target_is_not_hit(text):
    assert all(role != "hit" for _, _, role in counts(text)), counts(text)
