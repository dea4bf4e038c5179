"""The places and dates an article's title gives, read for the event's place and date.

A headline is written about the event ("Teen shot in southeast Wichita dies", "Man killed
Sunday in Elmira"), and some scraped texts say less than their title: a list of videos, a
truncated first paragraph. The title is read as the headline sentence the counts are read
from (`headline.headline_sentence`); a headline in Title Case is read as written instead,
since lowering its words loses its names, and a name there spans only as many words as the
text writes capitalised too ("Deadly Florida City Shooting" is "Florida City" when the text
says "Florida City"), since Title Case capitalises every word; in sentence case too, a name
the text writes shorter is the text's ("Local Orlando" is "Orlando").

The mentions are claims of the title sentence (`TITLE_SENTENCE_ID`), placed before the text
(negative offsets) so text order still reads the title first; they never leave the event
reading (the claims a user sees from the title are its counts, `headline`).
"""

from __future__ import annotations

import re
from datetime import date

from workbench.claims.dates import find_dates
from workbench.claims.headline import (
    TITLE_SENTENCE_ID,
    clean_title,
    headline_sentence,
    headline_span,
    sentence_case,
)
from workbench.claims.places import find_places
from workbench.models import Claim, Frame, Source


def _capitalised_in(name: str, text: str) -> str | None:
    """The longest run of a name's words (the leftmost of equals) the text writes as a
    name too: "Deadly Florida City Shooting" is "Florida City" in a text that says so."""
    words = name.split()
    for size in range(len(words), 0, -1):
        for at in range(len(words) - size + 1):
            part = " ".join(words[at : at + size])
            if re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text):
                return part
    return None


def title_mentions(source: Source, published: date | None) -> list[Claim]:
    """The place and date claims of a source's title (offsets before the text's)."""
    found = headline_sentence(source)
    if found is None:
        return []
    read = found[0].text
    span = headline_span(clean_title(source.title or ""))
    headline = clean_title(source.title or "")[span[0] : span[1]] if span else ""
    title_case = bool(headline) and sentence_case(headline) != headline
    if title_case:
        read = headline
    shift = -len(read) - 1
    claims: list[Claim] = []
    for p in find_places(read, source.text):
        name = p.value.get("name") or ""
        written = _capitalised_in(name, source.text)
        if written is None and title_case:
            continue
        name = written or name
        at = max(read.find(name, p.start), p.start)
        value = {**p.value, "name": name, "title": True}
        claims.append(_claim(source, read, at, at + len(name), "place", value, shift))
    for d in find_dates(read, published):
        claims.append(_claim(source, read, d.start, d.end, "date", dict(d.value), shift))
    return claims


def _claim(
    source: Source, read: str, start: int, end: int, kind: str, value: dict, shift: int
) -> Claim:
    return Claim(
        id="",
        source_id=source.id,
        kind=kind,
        text=read[start:end],
        start=start + shift,
        end=end + shift,
        sentence=read,
        sentence_id=TITLE_SENTENCE_ID,
        frame=Frame(),
        value=value,
        headline=True,
    )
