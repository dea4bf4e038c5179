"""Quotations that run over several sentences: every sentence up to the closing mark is the
speaker's, and a page often names the speaker only after the first sentence ("“Two were hit.
One died,” Roe said." : both sentences Roe's).

The marks are counted per sentence: curly quotes open and close apart; a straight double quote
turns the state over.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_MARKS = re.compile(r'[“”"]')
"""The quotation marks (the rest of a sentence's characters do not move the state)."""


def _open_after(text: str, inside: bool) -> bool:
    depth = int(inside)
    for m in _MARKS.finditer(text):
        ch = m.group()
        if ch == "“":
            depth = 1
        elif ch == "”":
            depth = 0
        else:
            depth = 1 - depth
    return depth > 0


def quotation_runs(sentences: Sequence[tuple[str, int]]) -> list[int | None]:
    """For each (text, paragraph), the index of the first sentence of the quotation running
    over several sentences it is part of, or None. A quotation ends at its closing mark or at
    its paragraph's end (a page reopens a quotation carried on into a new paragraph)."""
    out: list[int | None] = [None] * len(sentences)
    start: int | None = None
    inside = False
    last_para = None
    for i, (text, para) in enumerate(sentences):
        if para != last_para:
            start, inside, last_para = None, False, para
        after = _open_after(text, inside)
        if inside and start is not None:
            out[i] = out[start] = start
        elif after:
            start = i
        inside = after
        if not inside:
            start = None
    return out
