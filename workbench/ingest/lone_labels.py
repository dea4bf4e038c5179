"""A page's labels left without what they label, and a map's coordinates.

A scraper keeps the labels of the page's parts and loses the parts: a time stamp's label
whose date went ("Posted on", "Updated:"), the title of a closing box of other stories
("You May Also Be Interested In These Stories", "More Reports From Jane Roe"), a link's
"more" ("More Video..."), and the coordinates a map widget printed ("39.099727
-94.578567", read as two figures). Each is known by its shape, never by its words:

- a stamp's label alone: the labels the time-stamp rule knows (`furniture._LABEL`), with
  nothing after them;
- a closing title: the article's last paragraph, 5-12 words each starting with a capital,
  no figure, no punctuation (a byline or a credit is shorter or holds a comma, a full
  stop or a dash);
- a "more" link: at most four capitalised words ending in an ellipsis, no figure;
- coordinates: a line of two decimal numbers with four places or more.

None holds a figure of the event (every one checked on the real-news corpus less held-out
and fresh: 5 stamp labels, 6 closing titles, 27 "more" links, 3 coordinates).
"""

from __future__ import annotations

import re

from workbench.ingest.furniture import STAMP_LABEL

_STAMP_LABEL_ALONE = re.compile(rf"{STAMP_LABEL}", re.IGNORECASE)
_COORDINATES = re.compile(r"-?\d{1,3}\.\d{4,},?\s+-?\d{1,3}\.\d{4,}")
_MORE_LINK = re.compile(r"(?:\.\.\.|…)$")
_TITLE_WORDS = (5, 12)
_MORE_WORDS = 4
_NOT_A_TITLE = re.compile(r"[\d.,:;!?\"“”()–—-]")


def _capitalised(para: str) -> bool:
    return all(w[0].isupper() for w in para.split() if w[0].isalpha())


def lone_label(para: str) -> str | None:
    """Why a paragraph anywhere in the article is a label left alone, or None."""
    text = para.strip()
    if _STAMP_LABEL_ALONE.fullmatch(text):
        return "a time stamp's label without its time"
    if _COORDINATES.fullmatch(text):
        return "a map's coordinates"
    words = text.split()
    if (
        0 < len(words) <= _MORE_WORDS
        and _MORE_LINK.search(text)
        and not re.search(r"\d", text)
        and _capitalised(text)
    ):
        return "a link's label ('more ...')"
    return None


def is_closing_title(para: str) -> bool:
    """The article's last paragraph is the title of a box whose links were lost."""
    low, high = _TITLE_WORDS
    text = para.strip()
    return low <= len(text.split()) <= high and not _NOT_A_TITLE.search(text) and _capitalised(text)
