"""The reports set a claim's own words in bold where they stand as words (walk of gva
records 2101-2400: "Lane was transported to ... w**he**re he later died")."""

from __future__ import annotations

from workbench.claim_spans import span_at
from workbench.export.markdown import _quote
from workbench.report.html import _quote as html_quote

SENTENCE = "Lane was taken to the hospital where he later died."


def test_a_pronoun_is_found_as_a_word_not_inside_a_longer_one():
    assert span_at(SENTENCE, "he") == SENTENCE.index(" he ") + 1
    assert span_at("another man and one other", "other") == 20


def test_words_found_only_inside_others_or_nowhere_fall_back():
    assert span_at("wherever", "he") == 1
    assert span_at(SENTENCE, "she") == -1
    assert span_at(SENTENCE, "") == -1


def test_the_markdown_and_html_reports_bold_the_word():
    assert "where **he** later died" in _quote(SENTENCE, "he", "")
    assert "where <b>he</b> later died" in html_quote(SENTENCE, "he")
