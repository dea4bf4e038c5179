"""What each wrapped line of an article marks, worked out without a screen."""

from __future__ import annotations

from workbench.app.claim_marks import (
    claim_sentences,
    claims_by_line,
    line_layers,
    lines_of,
    sentence_start,
)
from workbench.app.data import Article, SourceInfo
from workbench.models import Claim, Sentence

TEXT = "Two men were shot. One died later."


def _article() -> tuple[Article, list[Claim]]:
    sentences = [Sentence(1, 7, 0, 0, 0, 18, TEXT[:18]), Sentence(2, 7, 1, 0, 19, 34, TEXT[19:])]
    claims = [
        Claim("a", 7, "count", "Two men", 0, 7, TEXT[:18], sentence_id=1),
        Claim("b", 7, "count", "One", 19, 22, TEXT[19:], sentence_id=None),
    ]
    info = SourceInfo(7, "a.txt", None, None, None, None, None, None)
    return Article(info, TEXT, sentences, claims), claims


def test_only_the_strong_claims_sentences_are_marked_once_each():
    article, claims = _article()
    assert claim_sentences(article, claims, {"a"}) == [(0, 18)]
    assert claim_sentences(article, claims, {"b"}) == [(19, 34)]  # found by its offset
    assert claim_sentences(article, claims + claims, {"a", "b"}) == [(0, 18), (19, 34)]
    assert claim_sentences(article, claims, set()) == []


def test_a_claim_falls_on_the_lines_its_text_touches():
    article, claims = _article()
    lines = [(0, 10), (10, 25), (25, 34)]
    assert list(lines_of(lines, 5, 12)) == [0, 1]
    assert list(lines_of([], 5, 12)) == []
    assert claims_by_line(lines, claims) == [[0], [1], []]
    assert sentence_start(article, claims[1]) == 19
    assert sentence_start(None, claims[1]) == 19


def test_layers_go_bottom_first_with_the_state_of_each_claim():
    _, claims = _article()
    runs = line_layers((0, 18), [(0, 18)], None, claims[:1], {"a": "verified"}, {"a"})
    assert runs[0] == (0, 7, ("article--sentence", "article--verified", "article--focus"))
    assert runs[-1] == (7, 18, ("article--sentence",))
    plain = line_layers((0, 18), [], (8, 11), claims[:1], {}, set())
    assert [names for _, _, names in plain] == [
        ("article--unreviewed",),
        (),
        ("article--hit",),
        (),
    ]
