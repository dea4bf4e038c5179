"""Where a claim's words stand in its sentence, for the reports that set them in bold.

A claim read from a pronoun or a bare figure ("he", "two") is also a piece of longer words
("w*he*re", "*two*-year"): the first place its letters occur is not always the claim. Its
words are found where they stand as words, and only failing that anywhere.
"""

from __future__ import annotations

import re


def span_at(sentence: str, span: str) -> int:
    """The offset of `span` in `sentence` where no letter or digit touches either end;
    else its first occurrence; -1 when it is not there (or empty)."""
    if not span:
        return -1
    whole = re.search(rf"(?<!\w){re.escape(span)}(?!\w)", sentence)
    return whole.start() if whole else sentence.find(span)
