"""An embedded tweet's author: the tweet quotes another page, so its words are its author's.

A page renders an embedded tweet as its text, then a signature: a dash, the author's name,
the handle in brackets and the day ("... — Jane Doe (@jdoe) May 2, 2016"). The paragraph
is a quote of that post (a reporter's, a police department's), not the article's prose:
its claims are said by the tweet's author, which the reviewer should see.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_SIGNATURE = re.compile(
    rf"(?:^|\s)[—–-]{{1,2}}\s*(?P<name>[^()\n—–]{{0,60}}?)\s*\((?P<handle>@\w{{1,15}})\)\s*"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\s*$"
)


def tweet_author(paragraph: str) -> str | None:
    """ "Jane Doe (@jdoe) on Twitter" when the paragraph ends in a tweet's signature."""
    m = _SIGNATURE.search(paragraph)
    if m is None:
        return None
    name = m["name"].strip()
    return f"{name} ({m['handle']}) on Twitter" if name else f"{m['handle']} on Twitter"


def tweet_authors(sentences: list[tuple[str, int]]) -> dict[int, str]:
    """The author of each paragraph (by its number) that is an embedded tweet."""
    paragraphs: dict[int, list[str]] = {}
    for text, para in sentences:
        paragraphs.setdefault(para, []).append(text)
    authors = {para: tweet_author(" ".join(texts)) for para, texts in paragraphs.items()}
    return {para: who for para, who in authors.items() if who}
