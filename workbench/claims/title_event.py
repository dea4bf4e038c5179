"""The places and dates an article's title gives, read for the event's place and date.

A headline is written about the event ("Teen shot in southeast Wichita dies", "Man killed
Sunday in Elmira"), and some scraped texts say less than their title: a list of videos, a
truncated first paragraph. The title is read as the headline sentence the counts are read
from (`headline.headline_sentence`); a headline in Title Case is read as written instead,
since lowering its words loses its names, and a name there spans only as many words as the
text writes capitalised too ("Deadly Florida City Shooting" is "Florida City" when the text
says "Florida City"), since Title Case capitalises every word; in sentence case too, a name
the text writes shorter is the text's ("Local Orlando" is "Orlando").

A local station's title often ends with its own town and state ("... - WMC Action News 5 -
Memphis, Tennessee"): the place the report is filed from, as a dateline is. It is read as
a `tagline` place, which `event_place` gives as the event's container when the text names
a neighbourhood with no city ("Berclair"), and as its place when the text names none.

The mentions are claims of the title sentence (`TITLE_SENTENCE_ID`), placed before the text
(negative offsets) so text order still reads the title first; they never leave the event
reading (the claims a user sees from the title are its counts, `headline`).
"""

from __future__ import annotations

import re
from datetime import date

from workbench.claims.datelines import AGENCY_NOUNS, SPELLED
from workbench.claims.dates import find_dates
from workbench.claims.headline import (
    TITLE_SENTENCE_ID,
    TITLE_SEPARATOR,
    clean_title,
    headline_sentence,
    headline_span,
    sentence_case,
    site_names,
)
from workbench.claims.place_names import common_word, ok_name
from workbench.claims.places import find_places
from workbench.models import Claim, Frame, Source


def _capitalised_in(name: str, text: str) -> str | None:
    """The longest run of a name's words (the leftmost of equals) the text writes as a
    name too: "Deadly Florida City Shooting" is "Florida City" in a text that says so."""
    words = name.split()
    for size in range(len(words), 0, -1):
        for at in range(len(words) - size + 1):
            part = " ".join(words[at : at + size])
            # a headline's abbreviation, the text's word ("Mt. Auburn": "Mount Auburn")
            spelled = " ".join(SPELLED.get(w.casefold(), w) for w in part.split())
            for written in dict.fromkeys((part, spelled)):
                if re.search(rf"(?<!\w){re.escape(written)}(?!\w)", text):
                    return written
    return None


_TOWN_WORD = r"[A-Z][a-z.'’-]+"
_TAGLINE = re.compile(
    r"(?:[A-Z][A-Za-z0-9]{2,}\.com\s?-\s?)?"
    rf"(?P<name>{_TOWN_WORD}(?: {_TOWN_WORD}){{0,3}}),\s+"
    r"(?P<state>[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z][a-z]{1,4}\.)"
    r"(?::?\s+News\b.*)?"
)
"""A title part that is only a town and its state ("Memphis, Tennessee", "Oklahoma City,
OK"): a station's own place; also with the station's name before it and its words after
("WTVM.com-Columbus, GA News Weather & Sports", "Richmond, VA News On Your Side")."""
_AGENCY_PART = re.compile(
    rf"(?P<name>{_TOWN_WORD}(?: {_TOWN_WORD}){{0,2}}) (?:Police|Sheriff)(?: Department)?"
)
"""A title part that is only a town's agency ("... - Metro Nashville Police - South
Precinct": a page the agency posted): the agency's town, as a station's tagline is."""


def tagline_places(source: Source) -> list[Claim]:
    """The town and state a title part other than the headline is made of (a station's
    tagline), as place claims cued `tagline`."""
    title = clean_title(source.title or "")
    span = headline_span(title, site_names(source.outlet, source.url))
    if span is None:
        return []
    cuts = [0, *(x for m in TITLE_SEPARATOR.finditer(title) for x in m.span()), len(title)]
    found = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=True):
        while start < end and title[start].isspace():
            start += 1
        stop = len(title[:end].rstrip())
        m = _TAGLINE.fullmatch(title, start, stop) or _AGENCY_PART.fullmatch(title, start, stop)
        if m is None or start <= span[0] < end or m.group("name").split()[0] in _NOT_A_TOWN:
            continue
        value = {
            "name": m.group("name"),
            "container": m.groupdict().get("state"),
            "type": "city",
            "cue": "tagline",
            "title": True,
        }
        found.append(
            _claim(source, title, m.start("name"), m.end("name"), "place", value, -len(title) - 1)
        )
    return found


_AGENCY = re.compile(
    rf"(?<![\w’'-])(?P<name>{_TOWN_WORD}(?:\s+{_TOWN_WORD}){{0,2}})\s+"
    rf"(?:{'|'.join(sorted(AGENCY_NOUNS))})\b"
)
"""A town's agency in a headline ("Tucson police: Gunman kills teen"): the text beneath
may never name it (a scraped page that kept only its furniture)."""
_NOT_A_TOWN = frozenset(("Police", "Sheriff", "County", "State"))


def _agency_places(read: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each town named by its agency in a sentence-case headline."""
    found = []
    for m in _AGENCY.finditer(read):
        name = m.group("name")
        if name.split()[0] in _NOT_A_TOWN or not ok_name(name):
            continue
        found.append((m.start("name"), m.end("name"), name))
    return found


def title_mentions(source: Source, published: date | None) -> list[Claim]:
    """The place and date claims of a source's title (offsets before the text's), and its
    tagline's town (`tagline_places`)."""
    found = headline_sentence(source, news_only=False)
    if found is None:
        return []
    read = found[0].text
    span = headline_span(clean_title(source.title or ""), site_names(source.outlet, source.url))
    headline = clean_title(source.title or "")[span[0] : span[1]] if span else ""
    title_case = bool(headline) and sentence_case(headline) != headline
    if title_case:
        read = headline
    shift = -len(read) - 1
    claims: list[Claim] = []
    dates = find_dates(read, published)
    for p in find_places(read, source.text, headline=True):
        name = p.value.get("name") or ""
        if any(d.start < p.end and p.start < d.end for d in dates):
            continue  # "New Year's Eve shooting", "Independence Day shooting": a day's name
        written = _capitalised_in(name, source.text)
        if written is None and title_case:
            continue
        name = written or name
        if common_word(name, source.text) and not p.value.get("container"):
            continue  # "Shooting death of ...": a headline's capital, not a name
        at = read.find(name, p.start)
        at, end = (at, at + len(name)) if at >= 0 else (p.start, p.end)  # spelled out
        value = {**p.value, "name": name, "title": True}
        inside = value.get("written_in")
        if inside and _capitalised_in(inside, source.text) != inside:
            del value["written_in"]  # "Shot in Bay Ridge, Police Say": Title Case lies
        claims.append(_claim(source, read, at, end, "place", value, shift))
    taken = [(c.start - shift, c.end - shift) for c in claims]
    for start, end, name in [] if title_case else _agency_places(read):
        if any(start < e and s < end for s, e in taken):
            continue
        value = {"name": name, "container": None, "type": "agency", "cue": "agency", "title": True}
        claims.append(_claim(source, read, start, end, "place", value, shift))
    for d in dates:
        claims.append(_claim(source, read, d.start, d.end, "date", dict(d.value), shift))
    return claims + tagline_places(source)


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
