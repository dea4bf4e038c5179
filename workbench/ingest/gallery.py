"""A photo gallery a scraper flattened into the text: its slide counters and buttons.

A gallery is known by its counters ("Image 2 of 10", "Image 1 of / 10" on its cover),
never by a site's name. Around them stand the gallery's buttons ("Caption Close", "Buy
photo", "1 / 10 Back to Gallery", a caption's "... more" and "less") and each picture's
credit ("Photo: Jane Roe, Chronicle" before the counter); they go ("1 / 2 Back to Gallery"
was read as 2 people recognising). The captions stay, each as often as the page sets it:
read once, a caption's names are said once, and the finder tells two reports of one event
by the names each says twice or more (`findings.alignment.story_names`): reading each
caption once lost a real dispute on the development set (incident 451338), so that waits
for the finder (bench/notes/reliability.md, eighteenth session).
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


def without_gallery_controls(para: str) -> tuple[str | None, str]:
    """A paragraph without its gallery's counters, buttons and credits (None when nothing
    else is left), and what went ("" when it holds no gallery counter)."""
    if not _COUNTER.search(para):
        return para, ""
    went = [m.group().strip() for m in _CREDIT.finditer(para)]
    text = _CREDIT.sub(" ", para)
    went += [m.group().strip() for m in _BUTTONS.finditer(text)]
    text = _BUTTONS.sub(" ", text)
    went += _COUNTER.findall(text)
    text = " ".join(_COUNTER.sub(" ", text).split())
    return text or None, " … ".join(w for w in went if w)
