"""A bare "one" the tagger read as the pronoun counts as the subject of a clause set against
the one before it by "while", as it does after "and"; the generic pronoun does not.

Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

from claim_builders import counts


def test_one_in_a_clause_set_against_the_one_before_is_a_count():
    found = counts("Two hikers died in the fall, while one was listed as critical.")
    assert ("one", 1, "injured") in found


def test_the_generic_one_is_no_count():
    assert counts("While one might expect a delay, the road reopened.") == []
