"""Paragraphs a scraper kept twice: word for word in a row, or beside a copy of them.

A paragraph read twice is two claims of one sentence ("1 of 2 in its article") and, when
the copy is a caption, a vote more for whatever it names.
"""

from __future__ import annotations

_DOUBLE_WORDS = 8
"""A sentence's worth: short lines may repeat in a list or a table ("Male", "Killed")."""


def repeats_the_last(para: str, previous: str) -> bool:
    """A paragraph the scraper kept twice in a row, word for word."""
    return len(para.split()) >= _DOUBLE_WORDS and para.split() == previous.split()


_DOUBLE_EXTRA_WORDS = 12
"""What a scraper's second copy may add: a dateline, a date, a credit, "(Published ...)"."""


def scrapers_copy(first: str, second: str) -> int | None:
    """Of two neighbours, the one (0 or 1) that is a copy of the other with a few words
    more or less, word for word; None when neither holds the other.

    A copy with words after the shared text is a caption (its credit, "... reports.
    (Published ...)"): it goes, the article's paragraph stays. A copy with words only before
    is the lead with its dateline: that one stays, the bare lead goes."""
    pair = (first.split(), second.split())
    short = 0 if len(pair[0]) < len(pair[1]) else 1
    words, others = pair[short], pair[1 - short]
    if len(words) < _DOUBLE_WORDS or not 0 < len(others) - len(words) <= _DOUBLE_EXTRA_WORDS:
        return None
    shared, whole = f" {' '.join(words)} ", f" {' '.join(others)} "
    if shared not in whole:
        return None
    return short if whole.endswith(shared) else 1 - short
