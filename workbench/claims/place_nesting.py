"""Which of two place names contains the other, in "A <type> of B".

English writes it both ways: "the Vaulx district of Lyon" and "the western Lyon district of
Vaulx". A word of a part before the first name ("western", "downtown") makes it the
container; else the name the source mentions much more often is the wider place, since a
report names its city again and again and the neighbourhood once or twice.
"""

from __future__ import annotations

import re
import threading

from workbench.claims.words import wordset

PART_ADJ = wordset(
    "western eastern northern southern central north south east west northeastern "
    "northwestern southeastern southwestern downtown suburban outer inner rural coastal "
    "poor impoverished wealthy affluent working-class upscale sprawling"
)
"""Words before "X <type> of Y" that describe a part of X, so X is the container."""


_WORD_START = re.compile(r"\w+")
_SCAN_LIMIT = 20_000
"""A source longer than this is indexed by word once rather than scanned once per name."""
_memo = threading.local()


def _mentions(name: str, context: str) -> int:
    """How often the source names `name` (whole words, any case), counted once per name
    per source: a scan of the whole source per place would make long sources quadratic."""
    if getattr(_memo, "context", None) is not context:
        _memo.context, _memo.counts, _memo.index = context, {}, None
    counts: dict[str, int] = _memo.counts
    if name not in counts:
        pattern = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
        first = _WORD_START.match(name)
        if first is None or len(context) <= _SCAN_LIMIT:
            counts[name] = len(pattern.findall(context))
        else:
            if _memo.index is None:
                index: dict[str, list[int]] = {}
                for m in _WORD_START.finditer(context):
                    index.setdefault(m.group().casefold(), []).append(m.start())
                _memo.index = index
            starts = _memo.index.get(first.group().casefold(), ())
            counts[name] = sum(1 for at in starts if pattern.match(context, at))
    return counts[name]


def first_contains(before: str, first: str, second: str, context: str) -> bool:
    """In "A <type> of B" (names cleaned), is A the container?"""
    words = before.split()
    if words and words[-1].casefold() in PART_ADJ:
        return True
    a, b = _mentions(first, context), _mentions(second, context)
    return a >= max(3, 2 * b)
