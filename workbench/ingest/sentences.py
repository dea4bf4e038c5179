"""Sentences with exact offsets: `text[s.start:s.end] == s.text` for every sentence.

A rule-based splitter, because claims are anchored to sentence offsets and a statistical
model would add weight without making news prose split better. It knows honorifics
("Mr."), months ("Jan."), dotted acronyms ("U.S."), initials, times ("a.m."), and that a
quotation is one unit: "“Freedom! Freedom!” they chanted." is one sentence.

Linear in the text: each candidate end looks only at a few characters around it, and a
"sentence" longer than MAX_SENTENCE (a run-on line, a table flattened by a scraper) is cut
at a clause or word boundary, so one bad line never makes every later stage slow. Claims
are read from the first RUN_READ characters of such a run only (`read_for_claims`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from workbench.abbreviations import OPEN_CHARS, ends_here
from workbench.models import Sentence

_CANDIDATE = re.compile(r"[.!?…]+[\"'”’)\]»]*(?:\[\d{1,3}\])*")
"""A sentence end, with the quotes or brackets that close on it and the reference marks an
encyclopedia puts after it ("were injured.[1][2] The shooter"): a mark glued to the full
stop is the sentence's, so the next sentence starts after it."""
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
_MAX_QUOTED = 400
MAX_SENTENCE = 1000
"""Characters: a longer run is cut at the last clause end (; : ,) or space before it."""
RUN_READ = 10_000
"""Characters of one run with no sentence end (its pieces cut for length) read for claims.
The longest such run in 3,664 real news articles is 3,303 characters (a broadcast
transcript); one over ten thousand is a data dump or a page flattened to one line, and
reading it all would cost what as much prose costs (about 50 CPU s per MB with the
parser) for figures nobody can place in a sentence. The rest is stored and searchable."""
_ENDS = tuple(".!?…\"'”’)]»")
_SPACE = re.compile(r"\s*")
_CUT = re.compile(r"[;:,]\s|\s")


def split_sentences(text: str, source_id: int = 0) -> list[Sentence]:
    """Every sentence of a text, paragraph by paragraph (paragraphs: blank-line separated)."""
    out: list[Sentence] = []
    for number, match in enumerate(_PARAGRAPH.finditer(text)):
        for start, end in _spans(match.group(0)):
            for a, b in _bounded(text, match.start() + start, match.start() + end):
                out.append(Sentence(0, source_id, len(out), number, a, b, text[a:b]))
    return out


def read_for_claims(sentences: list[Sentence]) -> tuple[list[Sentence], int]:
    """The sentences the extractor reads (in the order given) and the characters it leaves
    unread: the pieces of a run cut for length (pieces of one paragraph with no sentence
    end between them) that start past the run's first RUN_READ characters. Ordinary
    sentences always end a run, so text of ordinary sentences is read whole."""
    unread: set[int] = set()
    skipped = 0
    run_start = 0
    before: Sentence | None = None
    for i, sentence in sorted(enumerate(sentences), key=lambda pair: pair[1].start):
        if before is None or before.paragraph != sentence.paragraph or before.text.endswith(_ENDS):
            run_start = sentence.start
        if sentence.start - run_start >= RUN_READ:
            unread.add(i)
            skipped += len(sentence.text)
        before = sentence
    if not unread:
        return sentences, 0
    return [s for i, s in enumerate(sentences) if i not in unread], skipped


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The span, cut into pieces of at most MAX_SENTENCE characters (trimmed, never empty)."""
    while end - start > MAX_SENTENCE:
        window = text[start + MAX_SENTENCE // 2 : start + MAX_SENTENCE]
        cuts = [m.end() for m in _CUT.finditer(window)]
        clause = [c for c in cuts if window[c - 2] in ";:,"]
        cut = start + MAX_SENTENCE // 2 + (clause or cuts or [len(window)])[-1]
        piece = text[start:cut].rstrip()
        if piece:
            yield start, start + len(piece)
        start = min(_SPACE.match(text, cut).end(), end)
    if end > start:
        yield start, end


def _spans(para: str) -> Iterator[tuple[int, int]]:
    start = 0
    quotes = _Quotes(_quote_states(para))
    for m in _CANDIDATE.finditer(para):
        end = m.end()
        gap = _SPACE.match(para, end).end() - end
        nxt = para[end + gap : end + gap + 40].lstrip(OPEN_CHARS)
        if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
            continue
        if gap == 0 and not _glued_boundary(para, m.start(), nxt):
            continue
        if not ends_here(para[max(start, m.start() - 60) : m.start()], m.group(0), nxt):
            continue
        if end - start < _MAX_QUOTED and quotes.inside(end):
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
    """ "said.The", "going to be OK.Area" (a missing space in scraped text) split, after a
    word of two letters or more; "U.S.A", "A.Smith" and "Node.js" do not."""
    return at > 1 and para[at - 1].isalpha() and para[at - 2].isalpha() and nxt[:2].istitle()


class _Quotes:
    """Is an offset inside a quotation? A binary search, not a scan per candidate."""

    def __init__(self, pairs: list[tuple[int, int]]) -> None:
        pairs = sorted(pairs)
        self.opens = [a for a, _b in pairs]
        self.reach: list[int] = []  # the furthest close among the quotations opened so far
        for _a, b in pairs:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def inside(self, at: int) -> bool:
        """True when some quotation opens before `at` and closes at or after it."""
        i = bisect_left(self.opens, at)
        return i > 0 and self.reach[i - 1] >= at


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
