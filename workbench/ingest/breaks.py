"""Sentences a scraper broke at the page's markup, put back together.

A page that sets a link, a name or a bold word in an element of its own comes out of some
scrapers with a paragraph break around that element: "According to the coroner" / "," /
"21-year-old ... died." A text broken so shows it more than once by lines that cannot begin
a paragraph: one that goes on in lowercase, or a lone comma, after a line with no closing
mark. In such a text (and only there: elsewhere a short line is a subhead or a label) a
paragraph joins the next when it goes on:

- the next begins in lowercase or with a comma or semicolon;
- it ends on a comma;
- it is the opening of a sentence cut short: a few words, the first capitalised, the last
  a small word, no figure ("Police charged" / "Jane Doe, 21, with murder.").

Links, addresses and markup ids (lists of them often go on in lowercase) never join.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

_CLOSED = re.compile(r"[.!?:;…\"”’)\]]$")
_LINKISH = re.compile(r"://|@|\bwww\.|\|")
_GOES_ON = re.compile(r"^(?:[a-z]|[,;])")
_MIN_BREAKS = 2
_OPENING_WORDS = 3
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*$")


def _continues(before: str, after: str) -> bool:
    """`after` cannot begin a paragraph: it goes on from `before`, which is left open."""
    return (
        not _CLOSED.search(before)
        and not _LINKISH.search(before)
        and not _LINKISH.search(after)
        and bool(_GOES_ON.match(after))
    )


def _cut_opening(line: str, after: str) -> bool:
    """A sentence's first few words ("Police charged"), then a sentence that ends it."""
    words = line.split()
    return (
        2 <= len(words) <= _OPENING_WORDS
        and line[:1].isupper()
        and words[-1].isalpha()
        and words[-1].islower()
        and not re.search(r"\d", line)
        and after[:1].isupper()
        and bool(_ENDS_SENTENCE.search(after))
    )


def join_markup_breaks(paras: list[str], junk: Callable[[str], str | None]) -> list[str]:
    """The paragraphs with a text broken at its markup joined back (see the module)."""
    breaks = sum(_continues(a, b) for a, b in pairwise(paras))
    if breaks < _MIN_BREAKS:
        return paras
    out: list[str] = []
    for para in paras:
        prev = out[-1] if out else ""
        if prev and not _LINKISH.search(prev + para) and not junk(prev):
            glued = para[:1] in ",;"
            if (
                (glued or not junk(para))
                and not _CLOSED.search(prev)
                and (
                    _continues(prev, para)
                    or (prev.endswith(",") and para[:1].isalnum())
                    or _cut_opening(prev, para)
                )
            ):
                out[-1] = prev + ("" if glued else " ") + para
                continue
        out.append(para)
    return out


# Two sentences a scraper glued at a paragraph or line break it dropped ("... was an
# accident.Investigators say ..."): a lowercase word's or a number's full stop, then a
# capitalised word or the one-letter "A" / "I", with no space ("... in the gunfire.A woman
# ...", "... call 911.All five ..."); a quote mark may stand between ("... robbery gone
# bad."One teen ..."). The sentence splitter reads one sentence across them. Links,
# addresses and file names join words so ("WALB.com", "www.Example.org"): their words are
# left.
_GLUED_SENTENCES = re.compile(
    r"(?:(?<=[a-z]{2}[.!?])|(?<=\d[.!?]))([\"“”]?)(?=[A-Z][a-z]|[AI](?:\s|$))"
)
_ADDRESS_WORD = re.compile(r"://|@|\bwww\.|\.(?:com|org|net|gov|edu|us|tv)\b", re.IGNORECASE)


def _spaced(word: str, quotes_before: int) -> str:
    """The word with a space at each glued sentence end: after a quote mark that closes
    a quotation, before one that opens the next (“, or a straight mark after an even count
    of them in the paragraph)."""

    def space(m: re.Match) -> str:
        mark = m.group(1)
        if not mark:
            return " "
        straight = (quotes_before + word[: m.start()].count('"')) % 2 == 0
        opens = mark == "“" or (mark == '"' and straight)
        return " " + mark if opens else mark + " "

    return _GLUED_SENTENCES.sub(space, word)


def space_glued_sentences(para: str) -> str:
    """The paragraph with a space put back between sentences glued together."""
    if not _GLUED_SENTENCES.search(para):
        return para
    words = para.split(" ")
    quotes = 0
    for i, word in enumerate(words):
        if not _ADDRESS_WORD.search(word):
            words[i] = _spaced(word, quotes)
        quotes += word.count('"')
    return " ".join(words)
