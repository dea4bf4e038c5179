"""Parts of a coordination that their own clauses put in different roles, and verbs whose
base form ends in "-ve".

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts

from workbench.claims.lemmas import lemma_of


@pytest.mark.parametrize(
    ("word", "base"),
    [("received", "receive"), ("relieved", "relieve"), ("arrived", "arrive"), ("lived", "live")],
)
def test_a_past_tense_whose_base_ends_in_ve_keeps_its_e(word, base):
    assert lemma_of(word, "VBD") == base


def test_received_injuries_are_injuries_borne():
    assert counts("Two police officers received minor injuries.") == [
        ("Two police officers received minor injuries", 2, "injured")
    ]


def test_conjuncts_with_relative_clauses_of_different_roles_are_no_group():
    text = (
        "Five people were shot on Saturday, including two men who were killed and two"
        " police officers who received minor injuries."
    )
    found = counts(text)
    assert ("two men", 2, "killed") in found, found
    assert ("two police officers", 2, "injured") in found, found
    assert not any(value == 4 for _, value, _ in found), found


def test_one_relative_clause_after_the_last_conjunct_keeps_the_group():
    found = counts("Two men and a woman who were shot were taken to the hospital.")
    assert any(value == 3 for _, value, _ in found), found
