"""The event an article reports: its date and its place, read from its claims.

A report of one incident names other times and places too (a hometown, a court date, an
earlier shooting); the event's are the ones told with the event: the dates of the
sentences that count its victims, the place most of its mentions point to
(`event_place`). Of the dates told with the victims the earliest is the event's: the later ones are
its sequels (a body found the next day, a death in hospital, an arrest). A stories or
conflicts stage reads these; the quality bench measures them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date as day_of
from datetime import timedelta
from functools import lru_cache

from workbench.claims.date_clauses import ACT_ROLES, tells_harm, tells_other
from workbench.claims.date_periods import WEEKEND
from workbench.claims.days_after import harm_days_before
from workbench.claims.event_place import event_place
from workbench.claims.headline import TITLE_SENTENCE_ID
from workbench.claims.roles import HARM_ROLES
from workbench.claims.sequels import law_afterwards
from workbench.claims.words import looks_like_verb, verb_lemma
from workbench.models import Claim, Source


@dataclass(frozen=True, slots=True)
class Event:
    date: str | None
    date_basis: str | None
    """'text' when the article dates the event, 'published' for its publication date."""
    place: str | None
    container: str | None = None


_EVENT_WORDS = re.compile(
    r"\b(?:happened|occurred|took\s+place|broke\s+out|erupted|started|began|rang\s+out"
    r"|(?:shots?|gunfire|shooting|incident)\s+(?:was\s+|were\s+)?(?:fired|reported))\b",
    re.I,
)
"""A sentence that tells when the event happened, so its date is the event's even with no
count in it ("The shooting happened about 10:45 p.m. Monday")."""
_HARM_ACT = re.compile(
    r"\b(?:shot|shooting|killed|killing|wounded|stabbed|slain|murdered|gunned)\b", re.I
)
"""A sentence that tells the harm itself, though it counts no one ("accused of shooting his
wife and daughters in their Roswell home", "a deadly nightclub shooting in Caruthersville"):
a place its words locate is told with the event, as in a sentence that says it happened."""
_EVENT_NOUNS = re.compile(
    r"\b(?:shooting|shootout|gunfire|incidents?|attack|massacre|slaying|killing)\b", re.I
)
_NEGATED = re.compile(r"\b(?:without|no)\s+$", re.I)
_NEAR = 25
"""How close (characters) an event noun must be to a date to be dated by it: "the Sunday
shooting", "in an apparent shootout early Monday", but not "a gun found Wednesday a few
houses away from the shooting"."""


_WEEK = 3
"""Days before the lede's date within which an earlier date is the event's and the lede's
a sequel (a death in hospital, a body found); a date further back is another incident's
("the 2009 shooting at the same base", last week's shooting nearby). Decided on the silver
measure (`bench/event_silver.py --window`, 3,367 dev-part articles against the archive's
dates: 0 days 75.7%, 1 76.9, 2 77.2, 3 77.3, 5 77.2, 7 77.0) and the dev labels (86.8,
90.4, 91.2, 90.4, 91.2, 91.2), never on the held-out ones: a plateau from 2 to 5 days,
3 the best on the larger set."""


@lru_cache(maxsize=4096)
def _tells_happening(sentence: str) -> bool:
    """The sentence says the event happened or tells the harm itself. Kept per sentence:
    an article's event is read three times (its claims', its title's dating, grouping's
    facts), each asking it of every claim, a dozen claims a sentence."""
    return _EVENT_WORDS.search(sentence) is not None or _HARM_ACT.search(sentence) is not None


def _tells_event(claim: Claim) -> bool:
    """The date's sentence tells when the event happened, or names it right by the date."""
    if _EVENT_WORDS.search(claim.sentence):
        return True
    at = claim.sentence.find(claim.text)
    if at < 0:
        return False
    text = claim.sentence
    nouns = _EVENT_NOUNS.finditer(text, max(0, at - _NEAR), at + len(claim.text) + _NEAR)
    # "arrested without incident Friday" names no event
    return any(not _NEGATED.search(text, 0, m.start()) for m in nouns)


_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
_CAPTION_END = re.compile(
    r"(?:,?\s+in\s+[A-Z][^,.()]*(?:,\s*[A-Z][\w.]*)*)?\s*\.?\s*(?:\([^)]*\)\s*)?"
)


def _photo_day(claim: Claim, published: str | None) -> bool:
    """The publication day written in full, set off by a comma at a sentence's end where
    only a place may follow ("... faces charges in the shootings, Dec. 31, 2014 (Sheriff's
    Office)"): a caption's day, when the picture of the report's own news was taken (a
    court, a press conference), not the event's, though the caption names the event."""
    text = claim.sentence
    at = text.find(claim.text)
    if _day(claim) != published or at <= 0 or not _YEAR_IN.search(claim.text):
        return False
    if not text[:at].rstrip().endswith(","):
        return False
    return _CAPTION_END.fullmatch(text, at + len(claim.text)) is not None


def _sequel(claim: Claim) -> bool:
    """The date is of an arrest, a charge, a sentence ("was sentenced Friday"): the
    roles' own words for what the law did afterwards, not the event. Read from the event
    the date situates and from the verb just before it. Or of a state that lasts on after
    the act ("remained hospitalized Sunday", "remains in critical condition Monday"):
    the day it was told, not the act's."""
    at = claim.sentence.find(claim.text)
    before = claim.sentence[: max(at, 0)].split()[-4:]
    verb = next((w.strip(",;") for w in reversed(before) if looks_like_verb(w.strip(",;"))), None)
    if any(w.casefold().startswith("remain") for w in before):
        return True  # "remained hospitalized Sunday": a state after the act, told on its day
    return any(law_afterwards(a) for a in (claim.frame.action, verb and verb_lemma(verb)))


_SINCE = re.compile(r"\bsince\s+(?:(?:early|late|last)\s+)?$", re.I)


def _since(claim: Claim) -> bool:
    """The day a state began ("a party that had been going on since Friday night", "missing
    since Tuesday"): the event came in it or after it, not that day by itself."""
    at = claim.sentence.find(claim.text)
    return at > 0 and _SINCE.search(claim.sentence, 0, at) is not None


def _act_day(claim: Claim) -> bool:
    """The date is told in the act's own clause: not a death told after a harm its
    sentence tells apart ("who was shot ..., died Friday": `date_clauses.clause_of`'s
    `death_after`), a day that may be days after the act's."""
    value = claim.value
    return value.get("clause_role") in ACT_ROLES and not value.get("death_after")


def _day(claim: Claim) -> str | None:
    value = claim.value
    if not value.get("resolved") or value.get("granularity") not in ("day", "minute"):
        return None
    if value.get("granularity") == "minute" and value.get("day_basis") != "text":
        return None  # a time of day alone says nothing of the day
    return str(value.get("start") or "")[:10] or None


def _in_named_months(dates: list[Claim], claims: Sequence[Claim]) -> list[Claim]:
    """The days inside a month the text names its event by ("a Nov., 2016 shooting that
    left six injured"), when it tells one: a text of two times (captions written the week
    of the shooting, their "Saturday night" read against a page published two months on)
    dates its event by what it says of the month, not by a weekday resolved against the
    wrong week. Every day otherwise."""
    months = {
        str(c.value.get("start") or "")[:7]
        for c in claims
        if c.kind == "date"
        and c.value.get("resolved")
        and c.value.get("granularity") == "month"
        and not c.value.get("telling")
        and _tells_event(c)
    }
    inside = [c for c in dates if (_day(c) or "")[:7] in months]
    return inside or dates


def _in_told_periods(
    dates: list[Claim], claims: Sequence[Claim], harm: set[int], published: str | None
) -> list[Claim]:
    """The days inside a span of days past that the lede tells its event in ("arraigned
    Tuesday in a shooting that wounded three people over the weekend", "has died after a
    shooting this past weekend"): a follow-up dates the event by the span and its own news
    by days, so of the days it gives, one inside the span ("opened fire ... Saturday
    night") is the event's and those outside it the sequels'. Every day otherwise, and
    every day when none falls inside, or when the lede dates the act itself ("Five people
    were shot Thursday night on the block where six were wounded since last weekend")."""
    lede = next((c for c in claims if c.sentence_id in harm), None)
    if lede is None:
        return dates

    def in_lede(c: Claim) -> bool:
        return c.sentence_id == lede.sentence_id and c.sentence == lede.sentence

    if any(in_lede(c) and _act_day(c) for c in dates):
        return dates
    spans = [
        (str(c.value.get("start") or "")[:10], str(c.value.get("end") or "")[:10])
        for c in claims
        if c.kind == "date"
        and in_lede(c)
        and c.value.get("resolved")
        and c.value.get("granularity") == "week"
        and c.value.get("period") == WEEKEND
        and (published is None or str(c.value.get("end") or "")[:10] <= published)
        and not c.value.get("telling")
        and not c.value.get("other_event")
        and not tells_other(c.value)
    ]
    inside = [c for c in dates if any(s <= (_day(c) or "") <= e for s, e in spans)]
    return inside or dates


_CALENDAR = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d", re.I)
"""A day written by the calendar ("March 16, 2014", "Jan. 3"), not by a weekday: it keeps
its day however long after it the page was published."""


def _calendar_act_days(dates: Sequence[Claim]) -> list[Claim]:
    """The days written by the calendar whose parsed head is this event's act: an event
    noun named as one known ("for the March 16, 2014 shooting", "the June 29 gunfight") or
    a harm verb of its own clause ("were shot ... on June 27"), never a noun brought in as
    one more, a clause describing someone else, a telling or another event
    (`date_clauses.clause_of`'s `act_head`)."""
    return [
        c
        for c in dates
        if c.value.get("act_head") in ("noun", "verb")
        and not c.value.get("telling")
        and not c.value.get("other_event")
        and not c.value.get("death_after")
        and _CALENDAR.search(str(c.value.get("expression") or ""))
    ]


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_LAST = re.compile(r"\b(?:last|past)\b", re.I)


def _week_before(claim: Claim, published: str | None) -> bool:
    """A weekday written alone that resolves to six days before the page's date ("police
    on Tuesday said ..." on a page dated a Monday): a page is often dated by its first
    version and written on after, so such a weekday is as often the day after the page's
    date as the week before it (the silver's weekdays so resolved: the record is the
    page's own day 23 times, the weekday's 13). Its week is unknown: the event's day is
    taken from the other dates when there are any."""
    expression = str(claim.value.get("expression") or "")
    if published is None or not _WEEKDAY.search(expression) or _CALENDAR.search(expression):
        return False
    if tells_harm(claim.value) or _LAST.search(expression):
        return False  # "was shot and killed Thursday", "last Tuesday": the act's, a week back
    try:
        back = day_of.fromisoformat(published[:10]) - day_of.fromisoformat(_day(claim) or "")
    except ValueError:
        return False
    return back.days == 6


def _follow_up_day(first: Claim | None, named: list[Claim], calendar: list[Claim]) -> Claim | None:
    """A follow-up's event day: a page published days after its event (a plea, an arrest,
    a funeral) dates its news by weekdays and its event by the calendar ("was sentenced
    Monday for the March 16, 2014 shooting"). When the day chosen from the lede is no act's
    own (`_act_day`) nor names the event, and a calendar day of the act lies further back
    than the window before it, the calendar day is the event's."""
    if not calendar or (first is not None and (_act_day(first) or first in named)):
        return first
    earliest = min(calendar, key=lambda c: _day(c) or "")
    if first is None:
        return earliest
    gap = day_of.fromisoformat(_day(first) or "") - day_of.fromisoformat(_day(earliest) or "")
    return earliest if gap.days > _WEEK else first


def event_of(
    claims: Sequence[Claim],
    published: str | None,
    heading: Sequence[Claim] = (),
    address: str | None = None,
    said: str = "",
) -> Event:
    """The date and place of the event a source's claims report; `heading`: the places and
    dates of its title (`title_event`), a place mention told with the event, and its date
    when the text dates nothing; `address`: the page's outlet and web address (given, the
    containment table nests a big city's parts: `event_place`); `said`: the article's
    text, where it may name a part's city in a sentence of no claim."""
    ordered = sorted(claims, key=lambda c: c.start)
    harm = {
        c.sentence_id
        for c in ordered
        if c.kind == "quantity" and c.role in HARM_ROLES and not c.value.get("undated")
    }
    dates = _in_named_months([c for c in ordered if c.kind == "date" and _day(c)], ordered)
    dates = _in_told_periods(dates, ordered, harm, published)
    past = [c for c in dates if published is None or (_day(c) or "") <= published]
    past = [c for c in past if not _week_before(c, published)] or past
    told = [
        c
        for c in past
        if not c.value.get("telling") and not _photo_day(c, published) and not _since(c)
    ]
    told = told or past
    told = [c for c in told if not _sequel(c)] or told
    # The parse says which clause a date is told in: a follow-up's day ("a memorial
    # service was held Saturday for a student shot and killed") is not the event's,
    # though its sentence counts the victim.
    # A day a statement was made on ("the police chief said on Friday that the shooting
    # was not random") names the event but is the telling's, not the event's.
    named = [
        c
        for c in told
        if _tells_event(c) and not c.value.get("telling") and not c.value.get("other_event")
    ]
    # A date whose parsed clause tells the act ("a shooting involving a 2-year-old Thursday
    # evening") is told with the event though its sentence counts no one.
    told = [
        c
        for c in told
        if c in named or _act_day(c) or (c.sentence_id in harm and not tells_other(c.value))
    ] or told
    first = None
    if told:
        lede = day_of.fromisoformat(_day(told[0]) or "")

        def near(c: Claim) -> bool:
            return 0 <= (lede - day_of.fromisoformat(_day(c) or "")).days <= _WEEK

        pool = [c for c in named if near(c)] or [c for c in told if near(c)]
        # of the event's days, the act's own ("struck by gunfire just after midnight
        # Tuesday") over the day its story began ("the incident that began about 9 p.m.
        # Monday"): the earliest of those the act's clause dates
        pool = [c for c in pool if _act_day(c)] or pool
        if told[0].value.get("clause_role") == "hit":
            # a lede that tells the shot itself ("was shot Sunday night") dates the act:
            # an earlier act further on is another shooting, not this one's start (a
            # death's lede, "died Sunday", still reaches back to its shooting)
            pool = [c for c in pool if _day(c) == _day(told[0])] or pool
        first = min(pool, key=lambda c: _day(c) or "")
    first = _follow_up_day(first, named, _calendar_act_days(past))
    if first is None:
        titled = [c for c in heading if c.kind == "date" and _day(c)]
        titled = [c for c in titled if published is None or (_day(c) or "") <= published]
        first = titled[0] if titled else None
    date, basis = (_day(first), "text") if first else (published, "published")
    if first is not None and date and (back := harm_days_before(first)):
        date = (day_of.fromisoformat(date) - timedelta(days=back)).isoformat()
    told_with = [c for c in heading if c.kind == "place"]
    happened = {c.sentence_id for c in ordered if _tells_happening(c.sentence)}
    place, container = event_place(
        told_with + ordered, harm | {TITLE_SENTENCE_ID}, happened, address, said
    )
    return Event(date, basis if date else None, place, container)


def source_event(source: Source, claims: Sequence[Claim]) -> Event:
    """The event of a source: its text's claims read with its title's places and dates."""
    from workbench.claims.outlet_town import outlet_town
    from workbench.claims.title_event import title_mentions

    published = None
    if source.published:
        try:
            published = day_of.fromisoformat(source.published)
        except ValueError:
            published = None
    text = [c for c in claims if not c.headline]
    heading = title_mentions(source, published)
    outlet = outlet_town(source, [*heading, *text])
    address = f"{source.outlet or ''} {source.url or ''}"
    heading += [outlet] if outlet else []
    return event_of(text, source.published, heading, address, source.text)
