"""The event each article reports, as its claims tell it: the day and the place.

Two reports of one event agree on when and where it happened, however few words they
share (a follow-up weeks later, a brief of common words); two events of one city in one
weekend, told in the same template by the same outlets, differ in their day or their
place however alike their words. The claims stage reads both from the text
(`claims.event.event_of`); grouping compares them only when both articles tell them. An
article not analysed has no claims, so it brings no event facts, and grouping falls back
on its words alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Protocol

from workbench.models import Claim
from workbench.parse.tree import Parse
from workbench.stories.event_record import NONE, EventFacts
from workbench.stories.roles import ACCUSED, VICTIM, cached_sentence_parses, named_parts
from workbench.vocabulary import fold

HARM_MOST = 8
"""An article that counts more victims' facts than this is a round-up (a city's weekend,
a year's toll): any one incident's count or age is found among its many."""
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
        self.known: dict[int, EventFacts] = dict(made or {})
        self._places: frozenset[str] | None = None
        self._tolls: dict[str, int] | None = None

    def place_names(self) -> frozenset[str]:
        """Every place the database's claims name (folded, as `EventFacts.named`), read
        once a run: what tells a person's name from a place's where an article's own
        claims tell nothing (a page that lost its article: `names.named_from_afar`)."""
        if self._places is None:
            read = getattr(self.source, "place_names", None)
            names = read() if read else ()
            self._places = frozenset(k for name, _kind, _cue in names if (k := _key(name)))
        return self._places

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
            for key, published in missing.items():
                facts = facts_of(by_source.get(key, []), published, parses)
                self.known[key] = headline_only(facts) if key in lost else facts
        return {key: self.known.get(key, NONE) for key, _published in items}

    def _lost(self, source_ids: list[int]) -> set[int]:
        """Those of these sources whose page lost its article (`features.article_lost`)."""
        from workbench.stories.features import article_lost

        read = getattr(self.source, "sources", None)
        if read is None:
            return set()
        return {s.id for s in read(source_ids) if article_lost(s.text, s.title)}


def headline_only(facts: EventFacts) -> EventFacts:
    """The facts of a page that lost its article (`features.article_lost`): who was
    harmed, as its headline counts them; the day, places and people its claims read
    from the page's widgets (a playlist's, the weather's) are no event's."""
    return EventFacts(harmed=facts.harmed) if facts.harmed else NONE


def days_apart(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return None


def same_event(mine: EventFacts, others: Iterable[EventFacts]) -> bool:
    """Whether another article tells the same event day and place as this one (see
    EventFacts.same_day and same_place)."""
    if not (mine.day and mine.place):
        return False
    return any(mine.same_day(o) and mine.same_place(o) for o in others)


def another_day(mine: EventFacts, others: Iterable[EventFacts], apart: int) -> bool:
    """Whether every other article that tells its event's day tells one at least `apart`
    days from this one's (and one does)."""
    if apart <= 0 or not mine.day:
        return False
    gaps = [days_apart(mine.day, o.day) for o in others]
    known = [g for g in gaps if g is not None]
    return bool(known) and min(known) >= apart


def followed_up(mine: EventFacts, others: Iterable[EventFacts]) -> bool:
    """Whether this article, dated by a day of a later month, tells the month of
    another's event day, at its place, and counts the same victims (`same_harm`): a
    report months later (a hearing, an arrest, a plea) dated by its own day, that names
    the event by its month and toll. A month told within the article's own month says
    nothing: every report of that month tells it."""
    if not mine.day:
        return False
    return any(
        other.day
        and other.day[:7] < mine.day[:7]
        and other.day[:7] in mine.months
        and mine.same_place(other)
        and same_harm(mine, [other])
        for other in others
    )


def tells_their_day(mine: EventFacts, others: Iterable[EventFacts]) -> bool:
    """Whether this article tells, among its days, another article's event day: a
    report weeks or months later (a trial, an arrest, an anniversary) dates the event
    it is about, and a day told outright ("on June 5, 2015") is rarely another event's
    when the two are alike besides."""
    return bool(mine.dated) and any(o.day and o.day in mine.dated for o in others)


def shared_people(mine: EventFacts, others: Iterable[EventFacts]) -> frozenset[str]:
    """The people this article says were harmed, arrested or charged whom another
    article names so too."""
    if not mine.people:
        return frozenset()
    return frozenset().union(*(mine.people & other.people for other in others))


def other_people(mine: EventFacts, others: Iterable[EventFacts]) -> bool:
    """Whether this article and the others name the people harmed, arrested or charged,
    and none of them in common, or give their victims' ages and none in common: two
    incidents of one city told alike ("Boy, 16, shot in Bridgeport" and "Man, 20, shot
    in East Garfield Park" the same day)."""
    named = [o.people for o in others if o.people]
    if mine.people and named and not any(mine.people & p for p in named):
        return True
    return _other_ages(mine, others)


def _other_ages(mine: EventFacts, others: Iterable[EventFacts]) -> bool:
    """Whether this article and the others give their victims' ages, and none in common
    (round-ups, which give every age of a weekend, left out)."""
    if len(mine.harmed) > HARM_MOST or not _ages(mine):
        return False
    aged = [o for o in others if _ages(o) and len(o.harmed) <= HARM_MOST]
    return bool(aged) and all(other_victims(mine, o) for o in aged)


def placed_elsewhere(mine: EventFacts, others: Sequence[EventFacts]) -> bool:
    """Whether the others (one story's articles) place their event, and none where this
    article places its own: a report that reads no place of its own (a brief, a page
    whose place is only its dateline's station) is of its story's place, so a toll it
    shares with this article is no more this article's event than the others' is."""
    placed = [o for o in others if o.places()]
    return bool(mine.places() and placed) and not any(mine.same_place(o) for o in placed)


def own_toll(
    mine: EventFacts,
    others: Sequence[EventFacts],
    users: Mapping[str, int],
    share: float,
    least: int,
) -> bool:
    """Whether this article states a harm count of `least` or more that is the story's own,
    as a name is (`names.shares_a_name`): at least `share` of the other articles of the
    database stating it are among the story's (`users`: how many state each; a toll not
    counted there is no one's). "49 killed" is one event's however the reports are worded;
    "two killed" is every week's."""
    for fact in mine.harmed:
        if fact.startswith("age:") or float(fact.rsplit(":", 1)[1]) < least:
            continue
        theirs = sum(1 for other in others if fact in other.harmed)
        if fact in users and theirs and theirs >= share * max(1, users[fact] - 1):
            return True
    return False


def _ages(facts: EventFacts) -> set[str]:
    return {f for f in facts.harmed if f.startswith("age:")}


def other_victims(mine: EventFacts, other: EventFacts) -> bool:
    """Whether both tell their victims' ages and none is the same: a toll in common
    ("five killed", "two hurt") is then two events' (two cities' weekends, one city's two
    shootings of a night), not one event's told twice."""
    a, b = _ages(mine), _ages(other)
    return bool(a and b) and not a & b


def same_harm(
    mine: EventFacts,
    others: Iterable[EventFacts],
    least: int = 1,
    anywhere: bool = False,
) -> bool:
    """Whether another article tells who was harmed as this one does, beyond the commonest
    case (a victim's age, a count of two or more, or two counts in common: "one dead,
    six hurt"; one person killed alone is every day's news), and no other place; with
    `least`, as many facts in common at least. With `anywhere`, another place too when
    both tell the same event day and share an age or a count of two or more: the place
    a claim reads is often a quarter, a street or a hospital where the other reads the
    city ("Berclair" and "Memphis")."""
    if not mine.harmed or len(mine.harmed) > HARM_MOST:
        return False
    others = list(others)
    story_elsewhere = placed_elsewhere(mine, others)
    for other in others:
        if len(other.harmed) > HARM_MOST:
            continue
        if other.places():
            elsewhere = bool(mine.places() and not mine.same_place(other))
        else:
            elsewhere = story_elsewhere
        if elsewhere and not (anywhere and mine.same_day(other)):
            continue  # the same toll elsewhere: another city's shooting of that night
        shared = mine.harmed & other.harmed
        if len(shared) < least or other_victims(mine, other):
            continue
        if any(_telling(f) for f in shared) or (len(shared) >= 2 and not elsewhere):
            return True
    return False


def same_victims_there(mine: EventFacts, others: Iterable[EventFacts]) -> bool:
    """Whether another article places its event where this one does (`same_place`) and
    counts the same victims by a telling fact (an age, a count of two or more): an arrest's,
    a charge's or a vigil's report days or weeks later tells its own day and shares few of
    the first reports' words, but not their place and toll. The place is asked positively
    here (not only "no other place", as `same_harm` asks within days): one city's "two
    killed" recurs over months. The facts in common must be half of this article's at
    least: a round-up of another day ("20 shot in 12 incidents across the city") counts
    a victim of every age and toll, and shares one of them with any earlier report of its
    city."""
    if not mine.harmed or len(mine.harmed) > HARM_MOST or not mine.places():
        return False
    return any(
        len(other.harmed) <= HARM_MOST
        and mine.same_place(other)
        and any(_telling(f) for f in mine.harmed & other.harmed)
        and 2 * len(mine.harmed & other.harmed) >= len(mine.harmed)
        for other in others
    )


def _telling(fact: str) -> bool:
    """A victim's age or a count of two or more: a toll that tells one event from the
    day's others (one person killed, one hurt, is every day's news)."""
    return fact.startswith("age:") or int(fact.rsplit(":", 1)[1]) >= 2


def shared_part(mine: EventFacts, others: Iterable[EventFacts]) -> frozenset[str]:
    """The people this article names in the part another article names them in: the
    victim as a victim, the accused as the accused (a trial's report names the victim too,
    as a victim; a name in the other part is a namesake as often)."""
    return frozenset().union(
        *((mine.victims & o.victims) | (mine.accused & o.accused) for o in others)
    )


def without_parts(facts: EventFacts) -> EventFacts:
    """The facts without the victims and the accused by name: what conflict finding reads,
    made ahead or from the claims alone."""
    if not (facts.victims or facts.accused):
        return facts
    return replace(facts, victims=frozenset(), accused=frozenset())
