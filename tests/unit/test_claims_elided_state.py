"""A person joined to a verb with no verb of their own takes the state the parser hung on
that verb after them: the elided verb is theirs ("one was critical and another in a
serious condition").

Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

from claim_builders import counts


def test_a_person_of_an_elided_clause_takes_the_state_written_after_them():
    found = counts("Two men died, while one was stable and another in a critical condition.")
    assert ("another", 1, "injured") in found


def test_a_place_after_the_person_is_no_state():
    found = counts("A man was killed and another in the car escaped.")
    assert [role for _, _, role in found] == ["killed"]
