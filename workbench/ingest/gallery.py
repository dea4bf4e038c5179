"""A photo gallery a scraper flattened into the text: its slide counters and buttons, and
the captions it repeats.

A gallery is known by its counters ("Image 2 of 10", "Image 1 of / 10" on its cover),
never by a site's name. Around them stand the gallery's buttons ("Caption Close", "Buy
photo", "1 / 10 Back to Gallery", a caption's "... more" and "less") and each picture's
credit ("Photo: Jane Roe, Chronicle" before the counter). Its captions are the reporter's
words, often the article's lead, but each is set twice per slide and again on every slide
of the same scene: one paragraph of a real page read "Oct. 30, 2016" eighteen times, and
its claims were listed eighteen times over. So in a paragraph that holds a counter the
counters, buttons and credits go, and each caption sentence is kept once: the first time
the page says it (a caption cut short by its button, a prefix of one said, is said).
"""

from __future__ import annotations

import re

_COUNTER = re.compile(r"\bImage \d+ of(?: /)? \d+\b")
# A credit runs from "Photo:" to the counter it stands before.
_CREDIT = re.compile(r"\bPhoto: [^.!?]{0,100}?(?=\s*Image \d+ of\b)")
_BUTTONS = re.compile(
    r"\bCaption Close\b|\bBuy photo\b|\b\d+ / \d+ Back to Gallery\b"
    r"|(?:\.\.\.|…)\s*more\b|\bless(?=\s+[A-Z]|\s*(?:Photo:|Image \d|$))"
)
# A caption set twice in a row with no stop between ("Frank Gomez, 28 Frank Gomez, 28").
_DOUBLED = re.compile(r"(\S.{8,}?)\s+\1(?=\s|$)")
_PREFIX_CHARS = 20
"""A caption cut short by its "less" button, as long as this at least, is a repeat."""
_TRAILING_CREDIT = re.compile(r"\s*\bPhoto: [^.!?]{0,100}$")
# A sentence ends at a stop before a capital ("Oct. 30" and "Jr. and" run on).
_SENTENCE = re.compile(r".+?(?:[.!?][\"'”’)]*(?=\s+[\"“‘(]?[A-Z])|$)", re.DOTALL)


def _key(sentence: str) -> str:
    return " ".join(sentence.lower().split())


def gallery_captions(paras: list[str]) -> list[tuple[str | None, str]]:
    """For each paragraph: what stays of it (None when nothing does) and what went ("" for
    a paragraph no gallery touches). Sentences of earlier paragraphs count as said."""
    seen: set[str] = set()
    out: list[tuple[str | None, str]] = []
    for para in paras:
        if not _COUNTER.search(para):
            seen.update(_key(s) for s in _SENTENCE.findall(para))
            out.append((para, ""))
            continue
        text = _DOUBLED.sub(r"\1", _BUTTONS.sub(" ", _CREDIT.sub(" ", para)))
        kept: list[str] = []
        went: list[str] = []
        for piece in _COUNTER.split(text):
            piece = _TRAILING_CREDIT.sub("", piece.strip())
            for sentence in _SENTENCE.findall(piece):
                sentence = sentence.strip()
                if not sentence:
                    continue
                key = _key(sentence)
                cut = len(key) >= _PREFIX_CHARS and any(k.startswith(key) for k in seen)
                if key in seen or cut:
                    went.append(sentence)
                else:
                    seen.add(key)
                    kept.append(sentence)
        out.append((" ".join(kept) or None, " … ".join(went) or "counters and buttons"))
    return out
