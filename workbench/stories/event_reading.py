"""An article's event facts read from its claims (`facts_of`), and the reader grouping asks
for them once a run (`Events`), each place written one way.

Kept apart from `events`, which compares the facts: reading them is one concern (the
claims, their sentences' parses, a page that lost its article), comparing them another.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Protocol

from workbench.models import Claim, Source
from workbench.parse.tree import Parse
from workbench.stories.clock import clock_times
from workbench.stories.event_record import NONE, EventFacts
from workbench.stories.roles import ACCUSED, VICTIM, cached_sentence_parses, named_parts
from workbench.stories.round_up import tells_incidents_apart
from workbench.stories.streets import street_names
from workbench.vocabulary import fold

_AGE = re.compile(r"\b(\d{1,3})[- ]years?[- ]old\b", re.I)


class ClaimSource(Protocol):
    """Where the articles' claims are read (workbench.store.Store is one)."""

    def claims(self, *, source_ids: Iterable[int] | None = None) -> list[Claim]: ...


def facts_of(
    claims: Sequence[Claim], published: str | None, parses: Mapping[str, Parse] | None = None
) -> EventFacts:
    """One article's event facts from its claims (the day and place from the text's, not
    the headline's; who was harmed from both), and given the parses of their sentences
    (sentence -> parse; none cached: {}) the names of the victims and the accused."""
    from workbench.claims.event import event_of

    harmed = _harmed(claims)
    text = [c for c in claims if not c.headline]
    if not text:
        return EventFacts(harmed=harmed) if harmed else NONE
    people = _people(text)
    event = event_of(text, published)
    day = event.date if event.date_basis == "text" else None
    named = {_key(c.value.get("name") or c.text) for c in text if c.kind == "place"}
    dated = {_told_day(c) for c in text if c.kind == "date"}
    months = {_told_month(c) for c in text if c.kind == "date"}
    # Without parses (conflict finding's own reading), no parts: the same whichever way
    # the facts were made (`findings.event_facts.source_facts`, `without_parts`).
    parts = named_parts(text, parses) if parses is not None else {VICTIM: (), ACCUSED: ()}
    hours, event_hours = clock_times(text)
    return EventFacts(
        day,
        _key(event.place),
        _key(event.container),
        frozenset(n for n in named if n),
        frozenset(d for d in dated if d),
        harmed,
        frozenset(m for m in months if m),
        people,
        frozenset(parts[VICTIM]),
        frozenset(parts[ACCUSED]),
        street_names(text),
        hours,
        event_hours,
        tells_incidents_apart(text),
    )


def _people(claims: Sequence[Claim]) -> frozenset[str]:
    """The names of two words or more in the claims that count what happened to someone
    (killed, hurt, shot, arrested, charged: `IMPLICIT_ROLES`), from the text only (a
    headline capitalises every word), and not from words in capitals: a page that shouts
    ("QUADRUPLE SHOOTING", "THREE MEN") capitalises every word too."""
    from workbench.claims.roles import IMPLICIT_ROLES
    from workbench.stories.features import names_in

    return frozenset(
        name
        for claim in claims
        if claim.kind == "quantity" and claim.role in IMPLICIT_ROLES and not claim.text.isupper()
        for name in names_in(claim.text)
        if " " in name
    )


def _harmed(claims: Sequence[Claim]) -> frozenset[str]:
    """The exact counts of the killed, injured and hit, and the ages of those harmed
    (a count read from "a 10-year-old boy" is implicit, but its age is the victim's)."""
    from workbench.claims.roles import HARM_ROLES

    found = set()
    for claim in claims:
        if claim.kind != "quantity" or claim.role not in HARM_ROLES or claim.derived:
            continue
        if claim.value.get("tally"):  # "the city's 22nd homicide": other events' too
            continue
        low, high = claim.value.get("low"), claim.value.get("high")
        if not claim.implicit and claim.value.get("exact") and low == high and low:
            found.add(f"{claim.role}:{low}")
        found.update(f"age:{m.group(1)}" for m in _AGE.finditer(claim.text))
    return frozenset(found)


def _told_day(claim: Claim) -> str | None:
    """The day a date claim tells, when it tells one."""
    value = claim.value
    if not value.get("resolved") or value.get("granularity") != "day":
        return None
    return str(value.get("start") or "")[:10] or None


def _told_month(claim: Claim) -> str | None:
    """The month a date claim tells, when it tells a day, a week or a month."""
    value = claim.value
    if not value.get("resolved") or value.get("granularity") not in ("day", "week", "month"):
        return None
    return str(value.get("start") or "")[:7] or None


def _key(name: str | None) -> str | None:
    return " ".join(fold(name).split()) or None if name else None


class Events:
    """The event facts of articles for one grouping run, each read once (or `made` ahead,
    by the extraction workers)."""

    def __init__(
        self, source: ClaimSource | None, made: Mapping[int, EventFacts] | None = None
    ) -> None:
        self.source = source
        self.known: dict[int, EventFacts] = {k: one_spelling(f) for k, f in (made or {}).items()}
        self._places: frozenset[str] | None = None
        self._towns: frozenset[str] | None = None
        self._tolls: dict[str, int] | None = None
        self._lost_pages: dict[int, bool] = {}
        self._harm_headlines: dict[int, bool] = {}
        self.areas: dict[str, str | None] = {}
        """Each outlet's area, read once a run (`outlet_area`)."""

    def place_names(self) -> frozenset[str]:
        """Every place the database's claims name (folded, as `EventFacts.named`), read
        once a run: what tells a person's name from a place's where an article's own
        claims tell nothing (a page that lost its article: `names.named_from_afar`)."""
        if self._places is None:
            read = getattr(self.source, "place_names", None)
            names = read() if read else ()
            self._places = frozenset(k for name, _kind, _cue in names if (k := _key(name)))
        return self._places

    def typed_towns(self) -> frozenset[str]:
        """The names the database types as towns or counties (`title_towns.typed_town_names`),
        read once a run: what a lost page's Title Case headline may name its place by."""
        if self._towns is None:
            from workbench.stories.title_towns import typed_town_names

            read = getattr(self.source, "place_names", None)
            self._towns = typed_town_names(read() if read else ())
        return self._towns

    def toll_users(self) -> Mapping[str, int]:
        """How many of the database's articles state each harm count ("killed:49", as
        `EventFacts.harmed` holds it), read once a run, when a toll's share is asked
        (`own_toll`)."""
        if self._tolls is None:
            from workbench.claims.roles import HARM_ROLES

            read = getattr(self.source, "harm_counts", None)
            rows = read(sorted(HARM_ROLES)) if read else ()
            self._tolls = {f"{role}:{low}": users for role, low, users in rows}
        return self._tolls

    def of(self, items: Sequence[tuple[int, str | None]]) -> dict[int, EventFacts]:
        """(source id, published) -> facts, reading the claims of those not yet read."""
        from workbench.stories.headline_place import lost_page_facts

        missing = {key: published for key, published in items if key not in self.known}
        if missing and self.source is not None:
            by_source: dict[int, list[Claim]] = defaultdict(list)
            claims = self.source.claims(source_ids=sorted(missing))
            for claim in claims:
                by_source[claim.source_id].append(claim)
            parses = (
                cached_sentence_parses(claims, self.source)
                if hasattr(self.source, "cached_parses")
                else {}
            )
            lost = self._lost(sorted(missing))
            self._lost_pages.update((key, key in lost) for key in missing)
            for key, published in missing.items():
                facts = facts_of(by_source.get(key, []), published, parses)
                if key in lost:
                    facts = lost_page_facts(facts, lost[key], self.typed_towns())
                self.known[key] = one_spelling(facts)
        return {key: self.known.get(key, NONE) for key, _published in items}

    def lost_pages(self, source_ids: Iterable[int]) -> set[int]:
        """Those of these sources whose page lost its article, each read once a run (the
        facts made ahead do not say)."""
        ids = list(source_ids)
        unread = sorted({s for s in ids if s not in self._lost_pages})
        if unread:
            lost = self._lost(unread)
            self._lost_pages.update((s, s in lost) for s in unread)
        return {s for s in ids if self._lost_pages[s]}

    def harm_headlines(self, source_ids: Iterable[int]) -> set[int]:
        """Those of these sources whose headline tells someone harmed (killed, hurt or
        shot, a count implied by a singular noun too: "Teen shot in ... has died"), each
        read once a run: a headline of a sentencing or a lawsuit tells of an event, not
        which."""
        from workbench.claims.roles import HARM_ROLES

        ids = list(source_ids)
        unread = sorted({s for s in ids if s not in self._harm_headlines})
        if unread and self.source is not None:
            told = {
                c.source_id
                for c in self.source.claims(source_ids=unread)
                if c.headline and c.kind == "quantity" and c.role in HARM_ROLES
            }
            self._harm_headlines.update((s, s in told) for s in unread)
        return {s for s in ids if self._harm_headlines.get(s)}

    def _lost(self, source_ids: list[int]) -> dict[int, Source]:
        """Those of these sources whose page lost its article (`features.article_lost`)."""
        from workbench.stories.features import article_lost

        read = getattr(self.source, "sources", None)
        if read is None:
            return {}
        return {s.id: s for s in read(source_ids) if article_lost(s.text, s.title)}


def headline_only(facts: EventFacts) -> EventFacts:
    """The facts of a page that lost its article (`features.article_lost`): who was
    harmed, as its headline counts them; the day, places and people its claims read
    from the page's widgets (a playlist's, the weather's) are no event's (the place its
    headline names is added by `headline_place`)."""
    return EventFacts(harmed=facts.harmed) if facts.harmed else NONE


def one_spelling(facts: EventFacts) -> EventFacts:
    """The facts with each place written without full stops ("st. charles" and "st
    charles", "d.c." and "d.c" are one place however an outlet abbreviates): grouping's
    reading only (conflict finding compares the places as the claims give them)."""
    if not any("." in p for p in facts.all_places()):
        return facts
    return replace(
        facts,
        place=_spelled(facts.place),
        container=_spelled(facts.container),
        named=frozenset(n for p in facts.named if (n := _spelled(p))),
    )


def _spelled(key: str | None) -> str | None:
    return " ".join(key.replace(".", " ").split()) or None if key else None
