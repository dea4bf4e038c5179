"""A prefixed strong verb keeps its strong forms ("underwent", "withheld"): its lemma is
the prefix on the base the irregular table gives, so "underwent surgery" is the role's
phrase "undergo surgery" as "underwent" alone never was.

Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts

from workbench.claims.lemmas import lemma_of
from workbench.claims.words import verb_lemma


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("underwent", "undergo"),
        ("undergone", "undergo"),
        ("withheld", "withhold"),
        ("retold", "retell"),
        ("overtook", "overtake"),
    ],
)
def test_a_prefixed_strong_form_has_the_prefixed_base(word, base):
    assert verb_lemma(word) == base
    assert lemma_of(word, "VBD") == base


@pytest.mark.parametrize("word", ["reset", "outlet", "upset", "recorded"])
def test_a_word_that_is_no_prefixed_strong_form_keeps_its_suffix_lemma(word):
    assert verb_lemma(word) == {"recorded": "record"}.get(word, word)


@pytest.mark.parametrize(
    "text",
    [
        "The teacher underwent surgery on Monday.",
        "A man underwent treatment at the hospital.",
    ],
)
def test_a_person_who_underwent_care_is_one_injured(text):
    assert [(value, role) for _, value, role in counts(text) if role] == [(1, "injured")]
