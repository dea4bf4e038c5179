"""A participle clause after a verb with no object, with no subject of its own, tells the
state of the verb's subject ("was sitting in her car, critically wounded"), whatever the
verb: read for a harm only.

Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman was sitting in her car, critically wounded.", ("A woman", 1, "injured")),
        (
            "Another man was sitting on the curb bleeding from his leg.",
            ("Another man", 1, "injured"),
        ),
        ("He walked into the clinic, bleeding from his arm.", ("He", 1, "injured")),
    ],
)
def test_a_trailing_participle_tells_the_subjects_harm(text, expected):
    assert counts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The man appeared in court Monday, charged with murder.",  # no harm: not read
        "The officer responded, accompanied by a deputy.",
    ],
)
def test_a_trailing_participle_with_no_harm_gives_no_count(text):
    assert counts(text) == []


def test_a_trailing_participle_with_an_object_of_its_own_is_anothers_act():
    assert counts("The man drove off, leaving two dead.") == [("two dead", 2, "killed")]
