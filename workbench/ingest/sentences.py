"""Sentences with exact offsets: `text[s.start:s.end] == s.text` for every sentence.

A rule-based splitter, because claims are anchored to sentence offsets and a statistical
model would add weight without making news prose split better. It knows honorifics
("Mr."), months ("Jan."), dotted acronyms ("U.S."), initials, times ("a.m."), and that a
quotation is one unit: "“Freedom! Freedom!” they chanted." is one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.models import Sentence


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Never end a sentence: a name or number always follows.
_TITLES = _set(
    "mr mrs ms mx dr prof gen lt col maj capt cpt sgt cmdr adm gov sen rep pres rev fr "
    "hon amb supt insp messrs mmes mme mlle sra srta dra"
)
# May end a sentence, but usually do not: split only before a typical sentence opener.
_AMBIGUOUS = _set(
    "jan feb mar apr jun jul aug sep sept oct nov dec inc co corp ltd llc plc bros jr etc "
    "vs approx est dept univ govt a.m p.m am pm sr st no nos vol fig pp art para"
)
_OPENERS = _set(
    "the a an he she it they we i you his her its their our this that these those there "
    "but and so yet in on at as after before when while if however meanwhile then some "
    "many most all one two three several no none both each what why how who where"
)
_CANDIDATE = re.compile(r"[.!?…]+[\"'”’)\]»]*")
_OPEN_CHARS = "\"'“‘([«¿¡"
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
_MAX_QUOTED = 400


def split_sentences(text: str, source_id: int = 0) -> list[Sentence]:
    """Every sentence of a text, paragraph by paragraph (paragraphs: blank-line separated)."""
    out: list[Sentence] = []
    for number, match in enumerate(_PARAGRAPH.finditer(text)):
        for start, end in _spans(match.group(0)):
            a, b = match.start() + start, match.start() + end
            out.append(Sentence(0, source_id, len(out), number, a, b, text[a:b]))
    return out


def _spans(para: str) -> Iterator[tuple[int, int]]:
    start = 0
    quotes = _quote_states(para)
    for m in _CANDIDATE.finditer(para):
        end = m.end()
        rest = para[end:]
        gap = len(rest) - len(rest.lstrip())
        nxt = rest[gap:].lstrip(_OPEN_CHARS)
        if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
            continue
        if gap == 0 and not _glued_boundary(para, m.start(), nxt):
            continue
        if not _ends_here(para[start : m.start()], m.group(0), nxt):
            continue
        if end - start < _MAX_QUOTED and any(a < end <= b for a, b in quotes):
            continue
        yield from _trimmed(para, start, end)
        start = end
    yield from _trimmed(para, start, len(para))


def _trimmed(para: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    piece = para[start:end]
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    if right > left and any(ch.isalnum() for ch in piece):
        yield start + left, start + right


def _glued_boundary(para: str, at: int, nxt: str) -> bool:
    """ "said.The" (a missing space in scraped text) splits; "U.S.A" and "Node.js" do not."""
    return at > 1 and para[at - 1].islower() and para[at - 2].isalpha() and nxt[:2].istitle()


def _ends_here(before: str, terminator: str, nxt: str) -> bool:
    if not terminator.startswith(".") or terminator.startswith(".."):
        return True
    token = before.rsplit(None, 1)[-1] if before.strip() else ""
    token = token.lstrip(_OPEN_CHARS).lower()
    if token in _TITLES:
        return False
    next_word = re.match(r"[\w']+", nxt)
    opener = bool(next_word) and next_word.group(0).lower() in _OPENERS
    dotted = re.fullmatch(r"(?:\w\.)+\w", token) is not None
    if token in _AMBIGUOUS or dotted or (len(token) == 1 and token.isalpha()):
        return opener
    return True


def _quote_states(para: str) -> list[tuple[int, int]]:
    """The quotations that open and close within the paragraph, as (open, close) offsets."""
    if '"' not in para and "“" not in para:
        return []
    curly_open = None
    straight = [i for i, ch in enumerate(para) if ch == '"']
    pairs: list[tuple[int, int]] = []
    for i, ch in enumerate(para):
        if ch == "“":
            curly_open = i
        elif ch == "”" and curly_open is not None:
            pairs.append((curly_open, i))
            curly_open = None
    if len(straight) % 2 == 0:
        pairs.extend(zip(straight[::2], straight[1::2], strict=True))
    return pairs
