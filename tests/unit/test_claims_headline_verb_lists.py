"""A headline's ages after a preposition and its verb phrases joined by a comma: the age
is the preposition's object ("shooting of 9-year-old"), and the verb after the comma the
first verb's conjunct ("killed gunman, wounded deputy").

Headlines written here (none copied from a corpus)."""

from __future__ import annotations

import pytest
from claim_builders import headline_counts


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Third suspect in shooting of 9-year-old arrested", (1, "hit")),
        ("Coach calls death of Eastwood 15-year-old ‘sad for the team’", (1, "killed")),
        # the age hung as a complement of a word before it
        ("Court hearing being held for 2 accused in fatal shooting of 4-year-old", (1, "killed")),
        ("Deputies describe standoff that killed gunman, wounded deputy", (1, "injured")),
        ("Witness saw her brother kill father, shoot uncle", (1, "hit")),
    ],
)
def test_the_person_after_the_comma_or_the_preposition_is_counted(title, expected):
    found = headline_counts(title)
    assert expected in found, found


def test_the_first_verb_keeps_its_object():
    found = headline_counts("Deputies describe standoff that killed gunman, wounded deputy")
    assert (1, "killed") in found, found
