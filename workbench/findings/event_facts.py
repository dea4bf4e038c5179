"""One event or two? Reports whose texts date or place their events apart are never compared.

A story may join two events of one city told alike (the same outlets, the same template, a
week apart), and its figures then look like updates of one another ("seven injured", then
"one person injured"). Each article's text says when and where its event happened
(`stories.events.facts_of`: the day told with the victims, the place most mentions point
to); two articles whose days or places cannot be one event's tell two events, whatever
story holds them, so nothing of one is set against the other. Only what both texts state
decides: an article that dates or places nothing is compared as before. Likewise a
round-up of several events (its headline counts them) is no rival to one event's report.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass

from workbench.claims.place_containment import canonical
from workbench.claims.place_containment import inside as contained
from workbench.findings.claim_views import period
from workbench.findings.place_levels import is_street
from workbench.findings.screening import round_ups
from workbench.models import Claim, Source
from workbench.stories.events import EventFacts, days_apart, facts_of, followed_up, same_harm
from workbench.stories.streets import a_street_in_common
from workbench.vocabulary import Vocabulary, fold

DAY_SLACK = 1
"""Days two reports of one event may date it apart: a shooting just before midnight is
dated to either day, "early Sunday" is Saturday night to another outlet."""
SEQUEL_DAYS = 7
"""Days within which a later report's own day may be a sequel of the other's event (a
death in hospital, an arrest, a victim named days later, told without the day of the
shooting: two real updates of the judged pool were told so, 5 and 6 days on). Further
apart, a sequel recalls the day of the event it follows; one that does not is of
another event."""


AGE_SLACK = 2
"""Years two reports may give one victim's age apart ("2-year-old", "3-year-old" toddler):
within it the age may be what they dispute."""


@dataclass(frozen=True, slots=True)
class Apart:
    """Which of the event facts say two articles tell different events."""

    day: bool = False
    place: bool = False
    scope: bool = False
    """One is a round-up of several events (`screening.round_ups`), the other is not, or
    both are, of areas not told as one."""

    victim: bool = False
    """Each tells of one victim, of ages further apart than `AGE_SLACK`."""

    def __bool__(self) -> bool:
        return self.day or self.place or self.scope or self.victim


def source_facts(claims: Iterable[Claim], sources: Iterable[Source]) -> dict[int, EventFacts]:
    """Each source's event facts, read from its own claims."""
    by_source: dict[int, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_source[claim.source_id].append(claim)
    return {s.id: facts_of(by_source.get(s.id, []), s.published) for s in sources}


def _other_day(a: EventFacts, b: EventFacts) -> bool:
    """Both texts date their events, more than a week apart, and neither tells the other's
    day (a follow-up names the day of the shooting it is about), nor is a follow-up of the
    other by its month, place and victims (`followed_up`: "the October shooting that
    killed two", told by an arrest's report in March)."""
    if not (a.day and b.day):
        return False
    gap = days_apart(a.day, b.day)
    if gap is None or gap <= SEQUEL_DAYS or a.day in b.dated or b.day in a.dated:
        return False
    return not (followed_up(a, [b]) or followed_up(b, [a]))


def _lone_ages(facts: EventFacts) -> set[int]:
    """The ages of the victims the text tells, when it tells of one victim alone (no
    count of two or more harmed): the victim of "a 16-year-old boy was killed"."""
    ages, many = set(), False
    for fact in facts.harmed:
        kind, _, value = fact.partition(":")
        try:
            number = float(value)
        except ValueError:
            continue
        if kind == "age":
            ages.add(int(number))
        elif number >= 2:
            many = True
    return set() if many else ages


def _other_victim(a: EventFacts, b: EventFacts) -> bool:
    """Both texts date their events to two days (within `DAY_SLACK`: apart alone, that
    may be midnight's doing) and tell of one victim each, years apart in age (alone, that
    may be another victim of one shooting, told in the singular: "a 1-year-old boy dead
    and a woman wounded"): a boy of 16 killed one day and a man of 38 the next are two
    events. Within `AGE_SLACK` the age may be what they dispute."""
    gap = days_apart(a.day, b.day)
    if gap is None or not 0 < gap <= DAY_SLACK:
        return False
    mine, theirs = _lone_ages(a), _lone_ages(b)
    if not (mine and theirs):
        return False
    return all(abs(x - y) > AGE_SLACK for x in mine for y in theirs)


def _nested(part: EventFacts, whole: EventFacts) -> bool:
    """The one text's event place is the other's, or lies in it: by its words ("camden"
    in "south camden"), as the text tells its container (a quarter "of" the town the
    other text places its event in), or as the packaged table of big cities' parts puts
    it (`claims.place_containment`: a borough in its city, "Brooklyn" in "New York City",
    which is "New York" by another name)."""
    return (
        part.place == whole.place
        or _inside(part.place, whole.place)
        or part.container == whole.place
        or _table_nests(part.place, whole.place)
    )


def _table_nests(part: str, whole: str) -> bool:
    """One city's two names ("new york city", "new york"), or a part the table puts inside
    the other place at any depth; no nesting the table does not know."""
    return canonical(part) == canonical(whole) or contained(part, whole)


def _names(facts: EventFacts) -> set[str]:
    return {p for p in (facts.place, facts.container, *facts.named) if p}


def _inside(part: str, whole: str) -> bool:
    """One name holds the other's words ("sacramento" in "south sacramento")."""
    return set(part.split()) <= set(whole.split())


def _other_place(a: EventFacts, b: EventFacts) -> bool:
    """Both texts place and date their events, days apart, and neither names the other's
    place anywhere (a report placing it in the city names its quarter too, or the
    reverse): a Dexter Avenue shooting and a Wilshire Street one of the same city a week
    apart are two. Places alone never part two reports: one event's place may be what
    they dispute (one neighbourhood or another), told of one day."""
    if not (a.place and b.place and a.day and b.day):
        return False
    gap = days_apart(a.day, b.day)
    if gap is None or gap <= DAY_SLACK:
        return False
    for mine, theirs in ((a, b), (b, a)):
        if any(
            mine.place == name or _inside(mine.place, name) or _inside(name, mine.place)
            for name in _names(theirs)
        ):
            return False
    return True


def towns(a: EventFacts | None, b: EventFacts | None) -> frozenset[str]:
    """The place both texts give their events in (or its wider place: "shreveport"): what
    put them in one story, and what every report of that town's other events names too,
    so sharing it does not say they tell one event."""
    if a is None or b is None:
        return frozenset()
    mine, theirs = a.places(), b.places()
    return frozenset(
        p for p in mine if any(p == q or _inside(p, q) or _inside(q, p) for q in theirs)
    )


def _one_area(a: EventFacts | None, b: EventFacts | None) -> bool:
    """Two round-ups may tell the same events: both place them, in one place or one
    inside the other. A round-up that places nothing (its text lost, or a list of towns)
    may be of any area's night, so its sums are no rival to another's."""
    return a is not None and b is not None and a.same_place(b)


def apart(a: EventFacts | None, b: EventFacts | None) -> Apart:
    """How the two articles' event facts say they tell different events (falsy: they do
    not say so)."""
    if a is None or b is None or a is b:
        return Apart()
    return Apart(day=_other_day(a, b), place=_other_place(a, b), victim=_other_victim(a, b))


class EventCheck:
    """Asks, for two sources (or their claims), whether their texts tell two events;
    answers once per pair of sources."""

    def __init__(
        self, facts: Mapping[int, EventFacts] | None = None, several: Set[int] = frozenset()
    ) -> None:
        self.facts = facts or {}
        self.several = several
        """The round-ups: sources telling of several events."""
        self.known: dict[tuple[int, int], Apart] = {}

    @classmethod
    def of(
        cls,
        claims: list[Claim],
        sources: list[Source],
        vocab: Vocabulary,
        made: Mapping[int, EventFacts] | None = None,
    ) -> EventCheck:
        """The check for these sources, from their claims and titles; a source's facts
        `made` already from the same claims (`stories.ahead`) are taken, not made again."""
        made = made or {}
        facts = source_facts(claims, [s for s in sources if s.id not in made])
        facts.update((s.id, made[s.id]) for s in sources if s.id in made)
        return cls(facts, round_ups(claims, sources, vocab))

    def sources(self, a: int, b: int) -> Apart:
        if a == b:
            return Apart()
        key = (a, b) if a < b else (b, a)
        found = self.known.get(key)
        if found is None:
            fa, fb = self.facts.get(a), self.facts.get(b)
            found = apart(fa, fb)
            if (a in self.several) != (b in self.several) or (
                a in self.several and b in self.several and not _one_area(fa, fb)
            ):
                found = Apart(found.day, found.place, scope=True, victim=found.victim)
            self.known[key] = found
        return found

    def off_event(self, claim: Claim, other: Claim, town_level: bool = True) -> bool:
        """A place or day that is not what the claim's own text tells of its event, or
        one the other claim's text places its event in too: no rival answer to where or
        when (`off_event`)."""
        mine, theirs = self.facts.get(claim.source_id), self.facts.get(other.source_id)
        return off_event(claim, mine, theirs, town_level)

    def of_another_event(self, claim: Claim) -> bool:
        """A count its own sentence dates before the day its text tells its event on, or
        to a whole year (`another_event`)."""
        return another_event(claim, self.facts.get(claim.source_id))

    def one_scene(self, a: int, b: int) -> bool:
        """Both texts tell their event on one day (or one tells the other's) and in one
        place: the same, or one inside the other ("camden", "south camden"). The city both
        name is not enough: two shootings of one afternoon in two quarters of Chicago are
        told so. One inside the other by its words, or as its own text tells it: a
        quarter the text places in a town ("Belle Isle", of Orlando) against that town."""
        fa, fb = self.facts.get(a), self.facts.get(b)
        if fa is None or fb is None or not (fa.place and fb.place) or not fa.same_day(fb):
            return False
        return _nested(fa, fb) or _nested(fb, fa)

    def recalls(self, a: int, b: int) -> bool:
        """Both texts tell their event on one day in one place (`one_scene`) and count its
        harmed alike (`same_harm`: an age, or a count of two or more, in common): one
        event, however far apart the reports and whatever else each names (an arrest's
        report two months on recalls the day, the club and "five people were shot"). Or
        one is a follow-up of the other (`stories.events.followed_up`, as grouping reads
        it): dated by a day of a later month (an arrest's, a hearing's), it tells the
        month of the other's event day, at its place, and counts the same victims alike:
        "a man is behind bars in the October shooting that killed two"."""
        fa, fb = self.facts.get(a), self.facts.get(b)
        if fa is None or fb is None:
            return False
        if self.one_scene(a, b) and same_harm(fa, [fb]):
            return True
        return followed_up(fa, [fb]) or followed_up(fb, [fa])

    def one_street(self, a: int, b: int) -> bool:
        """Both texts tell their event on one day and name one street (and its town): one
        scene, however different the people each names. The town alone is not enough."""
        fa, fb = self.facts.get(a), self.facts.get(b)
        if fa is None or fb is None or not fa.same_day(fb):
            return False
        return any(is_street(p, folded=True) for p in fa.named & fb.named)

    def other_streets(self, a: int, b: int) -> bool:
        """Both texts name the streets they place their events on (`EventFacts.streets`:
        not a hospital's) and none in common: two scenes, however alike their day, town
        and toll (`later_acts.two_cases`)."""
        fa, fb = self.facts.get(a), self.facts.get(b)
        if fa is None or fb is None or not (fa.streets and fb.streets):
            return False
        return not a_street_in_common(fa, fb)

    def round_up_part(self, source: int, role: str, value: float) -> bool:
        """A round-up's figure below the largest exact count its own text gives the role
        ("6 adults" of its "14 confirmed victims"): one of its events' or groups', not the
        night's total another round-up of the town can be set against."""
        facts = self.facts.get(source)
        if source not in self.several or facts is None:
            return False
        prefix = f"{role}:"
        told = [float(h[len(prefix) :]) for h in facts.harmed if h.startswith(prefix)]
        return bool(told) and value < max(told)

    def towns(self, a: int, b: int) -> frozenset[str]:
        """The two sources' event towns (`towns`)."""
        return towns(self.facts.get(a), self.facts.get(b))

    def claims(self, a: Claim, b: Claim) -> bool:
        """Whether two claims are of two events. Days alone never part two dates: the
        day is what they would dispute."""
        found = self.sources(a.source_id, b.source_id)
        if a.kind == "date":
            return found.place or found.scope or found.victim
        return bool(found)


def _folded(name: str) -> str:
    return " ".join(fold(name).replace("\u2019", "'").split())


def _meets(name: str, places: Iterable[str]) -> bool:
    """The place is one of these, or lies in one, or holds one ("toledo's old west end")."""
    name = name.removesuffix("'s")
    return any(
        name == p or _inside(name, p) or _inside(p, name) or p.startswith(f"{name}'s ")
        for p in places
    )


def off_event(
    claim: Claim, mine: EventFacts | None, theirs: EventFacts | None, town_level: bool = True
) -> bool:
    """Whether a place or a day cannot be its source's rival answer to where or when the
    event happened. A town (or a bare name: `town_level`) other than the one the text
    places its event in is some other thing's (a victim's home town, the hospital's, a
    deployment abroad), and a place the other text places its own event in too (the city
    of its neighbourhood) is no rival to it: on the judged pool all 20 place disputes were
    such, none real. A finer place (a district, a square, a station: "the Kellston
    district" where the levee failed) may lie within the event's town, as may one told
    with its container (a neighbourhood "of" a city, while the facts keep only the
    country): each is compared as before (`judging.place_level`). A day not the one the
    text tells its event on (the day of an arrest, a hearing, a news release, a page's
    posting date) is another moment's. Only what the texts tell decides: a text that
    places or dates nothing is compared as before, and two places or days, each its own
    text's event's, still dispute."""
    if mine is None:
        return False
    if claim.kind == "place":
        name = _folded(str(claim.value.get("name") or claim.text))
        events = mine.places()
        if town_level and events and not _meets(name, events):
            return True
        return theirs is not None and _meets(name, theirs.places())
    if claim.kind == "date" and mine.day:
        value = claim.value
        if not value.get("resolved"):
            return False
        start, end = str(value.get("start") or "")[:10], str(value.get("end") or "")[:10]
        if value.get("granularity") in ("day", "hour", "minute"):
            return bool(start) and (start != mine.day or _after_their_day(start, mine, theirs))
        # A week ("this weekend", "last week") that does not hold the text's own event day
        # tells another moment, or misreads one: no rival to the other's day either. A
        # month or a year dates other things too (when a factory opened): compared.
        week = value.get("granularity") == "week" and bool(start and end)
        return week and not start <= mine.day <= end
    return False


def _after_their_day(day: str, mine: EventFacts, theirs: EventFacts | None) -> bool:
    """The text tells the other text's event day too, and this day comes after it: the
    day of a sequel (a vigil, a death, the news of it) to the event both texts date, so
    no rival to the other's day, even where the text's own event day was read from the
    sequel ("word of his death spread Wednesday" beside "evidence from Tuesday's scene")."""
    if theirs is None or not theirs.day or theirs.day not in mine.dated:
        return False
    gap = days_apart(day, theirs.day)
    return theirs.day < day and gap is not None and gap <= SEQUEL_DAYS


def another_event(claim: Claim, mine: EventFacts | None) -> bool:
    """Whether a count is of another event than its text's: its sentence dates it over a
    week before the day the text tells its event on ("a block from the site of a Dec. 3
    incident that left five people wounded"), or to a whole year ("700 homicides so far
    this year": a city's toll). A later day may be the event's own sequel (a death in
    hospital, an arrest), and a sequel's report may tell its own day (a hearing) as the
    event's, its shooting days before (`SEQUEL_DAYS`): nearer days do not part them."""
    if mine is None or not mine.day or claim.event_date_basis != "text":
        return False
    told, day = period(claim.event_date), period(mine.day)
    if told is None or day is None:
        return False
    if (told[1] - told[0]).days > 31:
        return True
    return (day[0] - told[1]).days > SEQUEL_DAYS
