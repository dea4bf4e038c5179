"""The place a page that lost its article names in its headline, as grouping reads it.

A page whose scraper kept only the site's widgets (`features.article_lost`) tells its
event in its headline alone: who was harmed (its headline counts, kept by
`pipeline.headline_claims_only`) and often where ("One man dead after triple shooting in
Buffalo"). Its stored claims hold no place (the title's places never leave the
extractor's event reading: `claims.title_event`), so grouping read such a page as placed
nowhere, and a brief's facts (`briefs`) could not point it to its story. The extractor's
own title reader gives the place here, read the way it reads a title beside a text (a
name in a Title Case headline only where the text writes it too: a lost page's text
writes none of its headline's words, so only a headline in sentence case names one). A
Title Case headline's place is then read against the names the database types as towns
(`with_heading_town`), and the victims' ages a headline sets off or spells out ("Boy,
12, hurt", "Six-year-old wounded", which the claims' ages miss) are added to its counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import replace
from typing import TYPE_CHECKING

from workbench.models import Source
from workbench.stories.event_reading import _key, headline_only
from workbench.stories.event_record import EventFacts
from workbench.stories.lookup import day_of
from workbench.stories.placed import Article, Index, Member

if TYPE_CHECKING:
    from workbench.stories.event_reading import Events
    from workbench.stories.settings import Settings


def lost_page_facts(facts: EventFacts, source: Source, towns: Set[str] = frozenset()) -> EventFacts:
    """The facts of a page that lost its article: who was harmed, as its headline counts
    them (`event_reading.headline_only`), and where, as its headline names it (`towns`:
    the database's town names, for a headline in Title Case)."""
    told = headline_only(facts)
    if ages := headline_ages(source.title or ""):
        told = replace(told, harmed=told.harmed | ages)
    return with_headline_place(told, source, towns)


def headline_ages(headline: str) -> frozenset[str]:
    """The victims' ages a headline gives in its own ways ("age:10"): set off after a
    noun ("Boy, 12, hurt in crossfire") or spelt out ("Six-year-old girl wounded"),
    which the claims' ages (digits before "year-old") miss; a lost page has no text to
    give them otherwise."""
    from workbench.claims.numbers import UNITS

    found = {int(m.group(1)) for m in _SET_OFF_AGE.finditer(headline)}
    for m in _SPELT_AGE.finditer(headline):
        word = m.group(1).lower()
        found.add(int(word) if word.isdigit() else UNITS.get(word, 0))
    return frozenset(f"age:{n}" for n in found if 0 < n < 110)


_SET_OFF_AGE = re.compile(r"\b[A-Za-z][\w'’-]*, (\d{1,3}),\s")
"""A number set off by commas after a word: a person's age in a headline."""
_SPELT_AGE = re.compile(r"(?<![\w-])(\d{1,3}|[A-Za-z]+)[- ]years?[- ]old\b")
"""An age before "year-old", in digits or in words."""


def with_headline_place(
    facts: EventFacts, source: Source, towns: Set[str] = frozenset()
) -> EventFacts:
    """A lost page's facts with the event place, its container and the places its
    headline names (folded, as `EventFacts` holds them); unchanged when the headline
    names none."""
    from workbench.claims.event import event_of
    from workbench.claims.title_event import title_mentions

    heading = [c for c in title_mentions(source, day_of(source.published)) if c.kind == "place"]
    if not heading:
        return with_heading_town(facts, source.title or "", towns)
    event = event_of([], source.published, heading)
    named = frozenset(k for c in heading if (k := _key(c.value.get("name") or c.text)))
    container = event.container or _only_city(event.place)
    return replace(facts, place=_key(event.place), container=_key(container), named=named)


def with_heading_town(facts: EventFacts, heading: str, towns: Set[str]) -> EventFacts:
    """A lost page's facts placed at the one town its headline's capitalised words name,
    as the database types its towns (`title_towns.towns_named`): the title reader keeps
    a Title Case headline's name only where the text writes it too, and a lost page's
    text writes none ("Teen Shot In <Town> Dies"). Unchanged when the headline names no
    such town or names two."""
    from workbench.stories.title_towns import towns_named

    found = towns_named(heading, towns) if towns else {}
    if len(found) != 1:
        return facts
    (key,) = found
    return replace(facts, place=key, container=_key(_only_city(key)), named=frozenset({key}))


def _only_city(place: str | None) -> str | None:
    """The one city the containment table puts a place in ("South Linden": Columbus): a
    headline names the quarter where the story's reports name the city, and a lost page
    has no text to name the city by (a name the table puts in two cities gets none)."""
    from workbench.claims.place_containment import containers

    found = containers(place) if place else ()
    return found[0] if len(found) == 1 else None


PLACE_LOOKUP = 20
"""How many articles of a lost page's days that write its headline's place, best full-text
match first, are read for the one that places its event there."""


def placed_there(
    article: Article,
    offered: Sequence[Member],
    index: Index,
    settings: Settings,
    events: Events | None,
) -> list[Member]:
    """The articles of the article's own days (`near_days`) that give as their event
    place the article's, one side a page that lost its article and named it in its
    headline, which the full-text ranking did not offer: a headline shares a few words
    with its event's reports, often none but the place."""
    lookup = getattr(index, "candidates_near", None)
    if not (article.published and events is not None and lookup):
        return []
    mine = events.of([(article.source_id, article.published)])[article.source_id]
    if not mine.place:
        return []
    seen = {m.source_id for m in offered} | {article.source_id}
    days = lookup(mine.place.split(), article.published, settings.near_days, PLACE_LOOKUP)
    found = [m for m in days if m.source_id not in seen]
    told = events.of([(m.source_id, m.published) for m in found])
    there = [m for m in found if told[m.source_id].place == mine.place]
    if article.lost or not there:
        return there
    lost = events.lost_pages(m.source_id for m in there)
    return [m for m in there if m.source_id in lost]
