"""A death told by the rite that follows it ("his funeral", "was buried Friday"): killed 1,
only where the article tells a death by another count.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims

from workbench.claims.rites import RITE_MARK

DEATH = "A 40-year-old woman was shot and killed in a parking lot on Sunday."
HARM = "A 40-year-old woman was shot in a parking lot on Sunday."


@pytest.mark.parametrize(
    ("rite", "words"),
    [
        ("Her funeral will be held Saturday at a church downtown.", "Her funeral"),
        ("A funeral for Dana Pruitt was held on Monday.", "Dana Pruitt"),
        ("Relatives gathered for the burial of 6-year-old Eli Marsh.", "6-year-old Eli Marsh"),
        ("Dana Pruitt was buried on Friday in her hometown.", "Dana Pruitt"),
        ("She was laid to rest beside her father.", "She"),
        ("She is survived by two sons.", "She"),
        ("A page was set up to pay for his funeral expenses.", "his funeral expenses"),
        ("Pruitt's obituary describes a woman who loved to garden.", "Pruitt"),
    ],
)
def test_a_rite_of_one_person_is_one_killed(rite, words):
    claims = article_claims(DEATH, rite)
    found = [(c.text, c.value["low"], c.role, c.value.get(RITE_MARK)) for c in claims]
    assert (words, 1, "killed", True) in found, found


@pytest.mark.parametrize(
    "rite",
    [
        "Funeral arrangements are pending.",  # a rite without its person
        "Their funerals will be held next week.",  # a plural, told no number
        "The family will not bury him until the inquest ends.",  # an active verb: the mourners
        "She will not be buried until the inquest ends.",  # negated
        "Police said the gun was buried in the backyard.",  # no person
    ],
)
def test_a_rite_without_one_person_told_dead_counts_no_one(rite):
    found = article_claims(DEATH, rite)
    assert not any(c.value.get(RITE_MARK) for c in found), found


def test_a_rite_in_an_article_of_no_death_counts_no_one():
    found = article_claims(HARM, "Her funeral will be held Saturday at a church downtown.")
    assert not any(c.value.get(RITE_MARK) for c in found), found
