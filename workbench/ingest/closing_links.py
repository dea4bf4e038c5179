"""A box of other stories' links closing the page: a short label, then their headlines.

Scraped pages often end on "ALSO:", "MORE COVERAGE ON <site>:" or "Other top stories:",
then the titles of other stories, each a line of its own without a full stop. Kept as
text, a headline's count is read as this event's ("Boy, 13, was shot seven times ...").
The box is known by its shape and its place, never by its words: a label of a few words
ending in ":" at the article's end, with nothing after it or with two headlines or more
(a byline may still close the page). One line after a label is no list: "Suspect
description:" before the suspects stays, so does a label over lines that end a
sentence or read as a record of fields ("Sex: M Race: B Age: 27").
"""

from __future__ import annotations

import re

_LABEL_WORDS = 6
_HEADLINE_WORDS = (4, 20)
_MIN_HEADLINES = 2
_ENDS_SENTENCE = re.compile(r"[.!?…,;][\"'”’)\]]*$")
_FIELD = re.compile(r"\w: ")
_BYLINE = re.compile(r"^(?:--|—|–)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")


def _is_label(para: str) -> bool:
    """A few words ending in ":", no figures in them: a box's title, not a list's."""
    words = para.split()
    return (
        0 < len(words) <= _LABEL_WORDS
        and para.endswith(":")
        and para[:1].isupper()
        and not re.search(r"\d", para)
    )


def _is_headline(para: str) -> bool:
    """A title's shape: a few words from a capital, no sentence end, at most one field."""
    low, high = _HEADLINE_WORDS
    return (
        low <= len(para.split()) <= high
        and not para.endswith(":")
        and not _ENDS_SENTENCE.search(para)
        and (para[:1].isupper() or para[:1] in "\"“‘'")
        and len(_FIELD.findall(para)) < 2
    )


def closing_link_box(paras: list[str]) -> list[int]:
    """The indices of the closing boxes' labels and headlines (a final byline is kept)."""
    end = len(paras)
    while end > 0 and _BYLINE.match(paras[end - 1]):
        end -= 1
    boxed: list[int] = []
    headlines: list[int] = []
    for i in range(end - 1, -1, -1):
        if _is_headline(paras[i]):
            headlines.append(i)
        elif _is_label(paras[i]) and (not headlines or len(headlines) >= _MIN_HEADLINES):
            boxed += [i, *headlines]
            headlines = []
        else:
            break
    return sorted(boxed)
