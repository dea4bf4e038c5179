"""A gapped clause ("..., and her mother in her arm"): a person after "and" with where they
were hurt and no verb of their own is the patient of the clause before it, counted apart.

Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("The boy was hit in the head, and his father in the arm.", "his father"),
        ("One man was stabbed in the leg and another in the back.", "another"),
        ("A woman was shot in the chest and a man in the foot.", "a man"),
    ],
)
def test_a_gapped_passive_clause_counts_its_person_apart(text, second):
    found = counts(text)
    assert (second, 1, "hit") in found and len([r for _, _, r in found if r == "hit"]) == 2


def test_a_gapped_object_counts_its_person_apart():
    found = counts("Police said he shot two men in their legs and a woman in the back.")
    assert ("two men", 2, "hit") in found and ("a woman", 1, "hit") in found


def test_body_parts_joined_are_no_second_person():
    assert counts("A man was shot in the chest and the arm.") == [("A man", 1, "hit")]
