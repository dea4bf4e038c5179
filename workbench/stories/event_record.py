"""What an article's text says of its event: the record grouping and the finder compare.

Kept apart from `stories.events`, which reads it from the claims and compares records: the
record itself is shared by grouping, the finder's event checks and the tests.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EventFacts:
    """What an article's text says of its event's day and place (None: it does not say)."""

    day: str | None = None
    """YYYY-MM-DD, only when the text dates the event (not the publication date)."""
    place: str | None = None
    """The event's place, folded ("elmira")."""
    container: str | None = None
    """The wider place the article gives it in ("chemung county"), folded."""
    named: frozenset[str] = frozenset()
    """Every place the article names, folded: one report gives the event's place as the
    town, another as the street or the neighbourhood it names besides."""
    dated: frozenset[str] = frozenset()
    """Every day the text tells: a trial months later is dated by its sentencing, and
    names the day of the shooting it is about too."""
    harmed: frozenset[str] = frozenset()
    """Who the event harmed, as the title and text count them: "killed:1", "injured:6"
    (exact counts), "age:10" (a victim's age). Two same-day reports of "one dead, six
    hurt" or of "a 10-year-old boy" shot are one event whatever words they use."""
    months: frozenset[str] = frozenset()
    """Every month the text tells ("YYYY-MM", of a day, a week or a month told): a trial's
    report dates its hearing by the day and the shooting it is about by the month ("last
    July")."""
    people: frozenset[str] = frozenset()
    """The people (names of two words or more, folded) the text says were killed, hurt,
    shot, arrested or charged (the claims' roles): a trial's or a funeral's report months
    later names them though it shares few other words with the first reports."""
    victims: frozenset[str] = frozenset()
    """Of the people named, those the text says were killed, hurt or shot, by the claims'
    roles and their sentences' parse (`roles.py`)."""
    accused: frozenset[str] = frozenset()
    """Of the people named, those it says were arrested or charged, or did the harm."""
    streets: frozenset[str] = frozenset()
    """The streets the text names, bare ("harrison" of "the 1200 block of Harrison St."):
    two shootings of one city's day are told alike, on other streets (`streets.py`)."""
    hours: frozenset[str] = frozenset()
    """The clock times the text tells ("YYYY-MM-DDTHH:MM"): two shootings of one city's
    day are told alike, at other hours (`clock.py`)."""
    event_hours: frozenset[str] = frozenset()
    """Of those, the times it tells as its event's own ("it happened at 6:15 p.m.")."""
    round_up: bool = False
    """Whether the text tells two or more incidents apart (`round_up`): its streets, hours,
    tolls and ages are not one event's, so it bridges no two reports (`bridges`)."""

    def places(self) -> set[str]:
        return {p for p in (self.place, self.container) if p}

    def all_places(self) -> set[str]:
        """The event's place, its container and every place the text names."""
        return self.places() | self.named

    def same_place(self, other: EventFacts) -> bool:
        """Whether the two places are one, nested, or one named by the other article."""
        mine, theirs = self.places(), other.places()
        if not (mine and theirs):
            return False
        if mine & theirs or mine & other.named or theirs & self.named:
            return True
        return any(_inside(a, b) or _inside(b, a) for a in mine for b in theirs)

    def other_quarter(self, other: EventFacts) -> bool:
        """Whether the two place their events in two places of the wider place both give
        them in, neither naming nor lying in the other: two quarters or streets of one
        city ("east garfield park" and "lawndale", both "chicago"), which `same_place`
        takes for one by the city they share. Places given in other wider places (a
        town's name and its county's or its state's) may be one place named two ways."""
        if not (self.place and other.place and self.container) or self.place == other.place:
            return False
        if self.container != other.container:
            return False
        if self.place in other.all_places() or other.place in self.all_places():
            return False
        return not (_inside(self.place, other.place) or _inside(other.place, self.place))

    def same_day(self, other: EventFacts) -> bool:
        """Whether the two tell one event day, or one tells the other's event day."""
        if not (self.day and other.day):
            return False
        return self.day == other.day or self.day in other.dated or other.day in self.dated


NONE = EventFacts()


def telling(fact: str) -> bool:
    """A victim's age or a count of two or more: a toll that tells one event from the
    day's others (one person killed, one hurt, is every day's news)."""
    return fact.startswith("age:") or int(fact.rsplit(":", 1)[1]) >= 2


def _inside(part: str, whole: str) -> bool:
    """Whether a place's name is a part of another's ("richland" of "richland county",
    "sacramento" of "south sacramento"): one report names the city, another its quarter."""
    words = part.split()
    return len(part) >= 4 and set(words) < set(whole.split())
