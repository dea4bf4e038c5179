"""The event each article reports, as its claims tell it: the day and the place, compared.

Two reports of one event agree on when and where it happened, however few words they
share (a follow-up weeks later, a brief of common words); two events of one city in one
weekend, told in the same template by the same outlets, differ in their day or their
place however alike their words. The claims stage reads both from the text
(`claims.event.event_of`); grouping compares them only when both articles tell them. An
article not analysed has no claims, so it brings no event facts, and grouping falls back
on its words alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

# Read from the claims in `event_reading`; named here too, where grouping and the finder
# have always asked for them.
from workbench.stories.clock import other_hours
from workbench.stories.event_reading import ClaimSource as ClaimSource
from workbench.stories.event_reading import Events as Events
from workbench.stories.event_reading import facts_of as facts_of
from workbench.stories.event_reading import headline_only as headline_only
from workbench.stories.event_record import NONE as NONE
from workbench.stories.event_record import EventFacts, telling
from workbench.stories.streets import a_street_in_common, other_streets

HARM_MOST = 8
"""An article that counts more victims' facts than this is a round-up (a city's weekend,
a year's toll): any one incident's count or age is found among its many."""


def days_apart(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return None


def same_event(mine: EventFacts, others: Iterable[EventFacts]) -> bool:
    """Whether another article tells the same event day and place as this one (see
    EventFacts.same_day and same_place), not two quarters of the place they share
    (`EventFacts.other_quarter`: a city's two shootings of a night) unless both name one
    street of it (the scene: a quarter read two ways is no other place), nor two streets
    of it (`streets.other_streets`), nor two hours of its day (`clock.other_hours`: one
    street named by both, one a landmark the other's scene is on)."""
    if not (mine.day and mine.place):
        return False
    return any(
        mine.same_day(o)
        and mine.same_place(o)
        and (not mine.other_quarter(o) or a_street_in_common(mine, o))
        and not other_streets(mine, o)
        and not other_hours(mine, o)
        for o in others
    )


def by_a_recalled_day(mine: EventFacts, others: Sequence[EventFacts]) -> bool:
    """Whether the others tell this article's event (`same_event`) only by a day it recalls
    besides its own: their event day is among its days, not its event day ("the second
    girl, 4, shot in the city since April 16" names another event of the city)."""
    own_day = [o for o in others if mine.day and (o.day == mine.day or mine.day in o.dated)]
    return same_event(mine, others) and not same_event(mine, own_day)


def of_other_days(mine: EventFacts, others: Sequence[EventFacts]) -> bool:
    """Whether the article tells its own event day and none of the others tells it (as
    their event day or among their days): whatever day they share with it is one it
    recalls (`tells_their_day` then reads a recalled day, as `by_a_recalled_day` does)."""
    return bool(mine.day) and not any(o.day == mine.day or mine.day in o.dated for o in others)


def another_day(mine: EventFacts, others: Iterable[EventFacts], apart: int) -> bool:
    """Whether every other article that tells its event's day tells one at least `apart`
    days from this one's (and one does)."""
    if apart <= 0 or not mine.day:
        return False
    gaps = [days_apart(mine.day, o.day) for o in others]
    known = [g for g in gaps if g is not None]
    return bool(known) and min(known) >= apart


def of_its_news(mine: EventFacts, published: str | None) -> EventFacts:
    """A report counting who was harmed and telling no day, as of the news it is: its
    event the day before its publication (a shooting of the night before, told the next
    day), for comparing with the days other reports tell (`another_day`)."""
    if mine.day or not mine.harmed or not published:
        return mine
    try:
        before = date.fromisoformat(published[:10]) - timedelta(days=1)
    except ValueError:
        return mine
    return replace(mine, day=before.isoformat())


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
        and recalls_month(mine, other.day)
        and mine.same_place(other)
        and same_harm(mine, [other])
        for other in others
    )


def recalls_month(mine: EventFacts, day: str, apart: int = 2) -> bool:
    """Whether the article tells `day`'s month as that day's: by the month alone ("last
    May") or by a day near it, not only by days of that month `apart` or more from it
    (a report of "the May 31 shooting" recalls another event of May than May 4's)."""
    month = day[:7]
    if month not in mine.months:
        return False
    days = [d for d in mine.dated if d[:7] == month]
    return not days or any((days_apart(d, day) or 0) < apart for d in days)


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


def two_ages(mine: EventFacts, others: Iterable[EventFacts]) -> bool:
    """Whether another article gives two of this one's victims' ages, neither a round-up
    (`HARM_MOST`): a 17-year-old and a 44-year-old shot are one event's."""
    if len(mine.harmed) > HARM_MOST:
        return False
    mine_ages = _ages(mine)
    return len(mine_ages) >= 2 and any(
        len(o.harmed) <= HARM_MOST and len(mine_ages & _ages(o)) >= 2 for o in others
    )


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
        if any(telling(f) for f in shared) or (len(shared) >= 2 and not elsewhere):
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
        and any(telling(f) for f in mine.harmed & other.harmed)
        and 2 * len(mine.harmed & other.harmed) >= len(mine.harmed)
        for other in others
    )


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
