"""Where a claim's words stand in its sentence, for every reader of the words around it.

A claim read from a pronoun or a bare figure ("he", "two") is also a piece of longer words
("w*he*re", "*two*-year"): the first place its letters occur is not always the claim. The
claim's stored offsets say where it is when its source is at hand; else its words are found
where they stand as words, and only failing that anywhere.
"""

from __future__ import annotations

from workbench.models import Claim, Source


def span_at(sentence: str, span: str) -> int:
    """The offset of `span` in `sentence` where no letter or digit touches either end;
    else its first occurrence; -1 when it is not there (or empty)."""
    if not span:
        return -1
    # The occurrences in order, each tested at its two edges: a pattern made per span
    # (`(?<!\w)span(?!\w)`) was compiled again for nearly every call, re's cache too small.
    first = sentence.find(span)
    at = alone_at(sentence, span, first) if first >= 0 else -1
    return first if at < 0 else at


def alone_at(text: str, word: str, at: int = 0, joiners: str = "") -> int:
    """The first offset from `at` where `word` stands with no word character, nor one of
    `joiners`, touching either end (what `(?<![\\w...])word(?![\\w...])` finds, without
    a pattern compiled per word); -1 when none."""
    at = text.find(word, at) if word else -1
    while at >= 0:
        end = at + len(word)
        if not (at and _is_word(text[at - 1], joiners)) and not (
            end < len(text) and _is_word(text[end], joiners)
        ):
            return at
        at = text.find(word, at + 1)
    return -1


def _is_word(char: str, joiners: str = "") -> bool:
    """What `\\w` matches in a str pattern (a letter, digit or numeral, or an
    underscore), or one of `joiners`."""
    return char.isalnum() or char == "_" or char in joiners


def claim_at(claim: Claim, source: Source | None = None) -> int:
    """The offset of the claim's words in its sentence, -1 when they are not there.

    With the source, the one place whose sentence, set back by the claim's own offset,
    is the sentence in the source's text (a sentence is an exact slice of it); a headline
    claim's offsets index the title."""
    text, sentence = claim.text, claim.sentence
    if not text:
        return -1
    if source is not None:
        held = source.title if claim.headline else source.text
        at = sentence.find(text)
        while held and at >= 0:
            begin = claim.start - at
            if begin >= 0 and held[begin : begin + len(sentence)] == sentence:
                return at
            at = sentence.find(text, at + 1)
    return span_at(sentence, text)
