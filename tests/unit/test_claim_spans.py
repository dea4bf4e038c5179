"""A claim's words are located where they stand in its sentence: by its offsets when the
source is at hand, else as whole words, never inside a longer word ("he" in "where")."""

from __future__ import annotations

from dataclasses import replace

from conflict_builders import claim, source

from workbench.claim_spans import alone_at, claim_at, span_at
from workbench.findings.claim_views import _without_span
from workbench.findings.part_mentions import _word_after, _word_before
from workbench.findings.screening import text_before

WHERE = "Lane was taken to the hospital where he later died."


def test_a_pronoun_is_located_as_a_word_not_inside_where():
    he = claim(1, "quantity", "he", WHERE)
    assert claim_at(he) == WHERE.index(" he ") + 1
    assert text_before(he, None).endswith("hospital where ")
    assert _word_before(he) == "where"
    assert _word_after(he) == "later"
    assert _without_span(he) == "Lane was taken to the hospital where   later died."


def test_the_stored_offsets_pick_the_claims_own_place_when_its_words_recur():
    sentence = "He said two men were shot and two others were hurt."
    lead = "Police said. "
    text = lead + sentence
    at = sentence.rindex("two")
    second = replace(claim(1, "quantity", "two", sentence), start=len(lead) + at)
    assert claim_at(second) == sentence.index("two")  # the words alone: the first "two"
    assert claim_at(second, source(1, text=text)) == at
    assert text_before(second, source(1, text=text)).endswith("shot and ")


def test_a_headline_claims_offsets_index_the_title():
    title = "Police: one dead, one hurt in shooting"
    at = title.rindex("one")
    hurt = replace(claim(1, "quantity", "one", title), start=at, headline=True)
    assert claim_at(hurt) == title.index("one")
    assert claim_at(hurt, source(1, title=title, text="Body text.")) == at


def test_words_not_in_the_sentence_are_not_located():
    assert claim_at(claim(1, "quantity", "she", WHERE)) == -1
    assert claim_at(claim(1, "quantity", "", WHERE)) == -1


def test_whole_words_are_told_by_the_edges_a_word_pattern_reads():
    # What `(?<!\w)span(?!\w)` finds: an underscore or any numeral touching is a word's part;
    # punctuation, spaces and either end of the sentence are not.
    assert span_at("two_men and two", "two") == len("two_men and ")
    assert span_at("٣two, two", "two") == len("٣two, ")
    assert span_at("two-year-old", "two") == 0
    assert span_at("(two)", "two") == 1
    assert span_at("twofold twos", "two") == 0  # no whole word: the first occurrence
    assert span_at("tw", "two") == -1
    assert span_at("two", "") == -1


def test_a_word_alone_is_told_by_the_edges_and_the_joiners_given():
    # What `(?<![\w’'-])word(?![\w’'-])` finds: the joiners given count as the word's
    # parts too ("shooting-related", "shooting’s"), as any letter, digit or underscore.
    text = "shooting-related, Shooting’s _shooting, shooting."
    assert alone_at(text, "shooting", joiners="’'-") == len(
        "shooting-related, Shooting’s _shooting, "
    )
    assert alone_at("shooting-related", "shooting", joiners="’'-") == -1
    assert alone_at("shooting-related", "shooting") == 0
    assert alone_at("a shooting", "shooting", at=3) == -1
    assert alone_at("a shooting", "") == -1
