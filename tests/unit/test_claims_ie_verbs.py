"""A one-syllable verb in -ie makes its -ing form in -ying ("lie" -> "lying", "die" ->
"dying"): the suffix lemmatiser read "lying" as its own base, so "lying dead" was no
linking verb with its state and "was dying" no death.

Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts

from workbench.claims.lemmas import lemma_of


@pytest.mark.parametrize(
    ("word", "base"),
    [("lying", "lie"), ("dying", "die"), ("tying", "tie"), ("flying", "fly"), ("crying", "cry")],
)
def test_an_ie_verbs_ing_form_has_its_base(word, base):
    assert lemma_of(word, "VBG") == base


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman was lying dead in the street.", ("A woman", 1, "killed")),
        ("He was lying on the ground, wounded.", ("He", 1, "injured")),
        ("The boy was dying when officers arrived.", ("The boy", 1, "killed")),
    ],
)
def test_a_state_told_with_lying_or_dying_is_read(text, expected):
    assert counts(text) == [expected]


def test_lying_with_no_state_tells_no_harm():
    assert counts("The man was lying about his age.") == []
