"""A box of other stories' teasers the page opens on, each given twice in a row.

Some outlets' pages (one content system behind many local stations) open on a widget of
their other stories: each teaser's lede or headline given twice, word for word, then the
article told once. Kept as text, the teasers' counts, places and days are read as the
article's (another shooting of the city's weekend, "three wounded"), and grouping joins
the page to the story a teaser tells. The scraper's double of one paragraph (`doubles`)
drops the second copy and keeps the first, so the box must be known before that: by its
shape and place, never its words. Two distinct paragraphs or more of a sentence's length
open the page, each given twice or more in a row, and the page goes on with paragraphs
told once: an article that repeats its own lead opens on one such paragraph, and a page
doubled throughout (a gallery's captions) has no single paragraphs after them. A box that
names a name of the article's own (two capitalised words or more: a person, an agency, a
county) is the outlet's coverage of this event, or the article's own captions: kept, one
copy of each, as any double.
"""

from __future__ import annotations

import re
from itertools import groupby

_SENTENCE_WORDS = 8
"""A teaser's lede is a sentence (its headline may be shorter): short lines repeat in a
list or a table ("Male", "Killed")."""
_MIN_TEASERS = 2
"""Distinct doubled ledes: one is the article's own lead given twice."""
_MIN_BODY = 3
"""Paragraphs told once, each a sentence's length, that must follow: the article."""
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)+")
"""Two capitalised words or more, not opening a sentence ("Lynn County", "Jeremy Mardis"):
a name; a call sign in capitals or a lone town names every page of an outlet."""


def _names(paras: list[str]) -> set[str]:
    return {m.group(0) for p in paras for m in _NAME.finditer(p)}


def opening_teasers(paras: list[str]) -> int:
    """How many of the first paragraphs are the page's box of teasers (0: none)."""
    runs = [(words, len(list(copies))) for words, copies in groupby(p.split() for p in paras)]
    doubled = 0
    while doubled < len(runs) and runs[doubled][1] >= 2:
        doubled += 1
    ledes = sum(1 for words, _n in runs[:doubled] if len(words) >= _SENTENCE_WORDS)
    body = sum(1 for words, n in runs[doubled:] if n == 1 and len(words) >= _SENTENCE_WORDS)
    if ledes < _MIN_TEASERS or body < _MIN_BODY:
        return 0
    boxed = sum(n for _words, n in runs[:doubled])
    return 0 if _names(paras[:boxed]) & _names(paras[boxed:]) else boxed
