"""Two pages of one story and one day that date its event to different days.

A date is set against another through alignment (`alignment`): the two sources must share
their story's names, and days that differ weaken the pair (`date_evidence`), as two days are
as often two acts (a shooting, an arrest) as one act dated twice. So two pages that name
their people in other forms ("Ricky Aiken", "Aiken") and date the shooting a week apart were
never set against each other. Grouping (`stories`) already says both pages tell one event;
where both were published on one day and each text dates that event itself
(`EventFacts.day`: the day its harm is told on) to a different day, neither telling the
other's, one of them answers "when" wrongly (a weekday read a week off): a dispute of the
event's day. Only pages of one day: a later page may date a later act (a death, an arrest)
as its news. Each side is the page's own date claim of its event's day.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import combinations

from workbench.findings.alignment import ALIGN_MIN
from workbench.findings.claim_views import ClaimView, period
from workbench.findings.comparison import CONFLICT, compare
from workbench.findings.event_dates import EVENT_TOPIC
from workbench.findings.event_facts import EventCheck
from workbench.findings.judging import Judged
from workbench.findings.night import one_night
from workbench.findings.place_levels import Places
from workbench.vocabulary import Vocabulary

LEAST_DAYS = 2
"""Days between the two event days below this are one night told from either side of
midnight as often as a dispute (`night.one_night` decides those pairs elsewhere)."""


def _event_day(view: ClaimView, events: EventCheck) -> date | None:
    """The day the view's date claim gives, when its text dates its event by that day."""
    facts = events.facts.get(view.claim.source_id)
    day = view.event_day
    if facts is None or not facts.day or day is None or view.telling:
        return None
    return day if facts.day == day.isoformat() else None


def story_day_pairs(
    views: list[ClaimView], events: EventCheck
) -> Iterator[tuple[ClaimView, ClaimView]]:
    """Each pair of date claims of two witnesses, one story and one publication day, that
    date the story's event to days `LEAST_DAYS` or more apart, neither text telling the
    other's day, and no fact of the texts parting their events but the day."""
    dated: dict[int, list[tuple[ClaimView, date]]] = {}
    for view in views:
        if view.kind == "date" and view.story_id is not None:
            day = _event_day(view, events)
            if day is not None:
                dated.setdefault(view.story_id, []).append((view, day))
    for members in dated.values():
        for (a, day_a), (b, day_b) in combinations(members, 2):
            if a.witness == b.witness or abs((day_a - day_b).days) < LEAST_DAYS:
                continue
            if not _one_publication_day(a, b):
                continue
            if _tells(a, day_b, events) or _tells(b, day_a, events):
                continue
            if events.claims(a.claim, b.claim) or one_night(a.claim, b.claim):
                continue
            yield (a, b) if a.claim.id < b.claim.id else (b, a)


def _one_publication_day(a: ClaimView, b: ClaimView) -> bool:
    pa = period(a.source.published) if a.source else None
    pb = period(b.source.published) if b.source else None
    return pa is not None and pa == pb


def _tells(view: ClaimView, day: date, events: EventCheck) -> bool:
    """The view's text tells the other page's day too (a page naming both days)."""
    facts = events.facts.get(view.claim.source_id)
    return facts is not None and day.isoformat() in facts.dated


def story_day_disputes(
    views: list[ClaimView],
    places: Places,
    vocab: Vocabulary,
    events: EventCheck,
    judged: list[Judged],
) -> list[Judged]:
    """The disputes of `story_day_pairs` that `judge` did not pair already, each of the
    event's own topic (`event_dates.EVENT_TOPIC`) at the least alignment a pair needs."""
    seen = {(j.a.claim.id, j.b.claim.id) for j in judged}
    found = []
    for a, b in story_day_pairs(views, events):
        if (a.claim.id, b.claim.id) in seen or (b.claim.id, a.claim.id) in seen:
            continue
        verdict = compare(a.claim, b.claim, vocab, places)
        if verdict.relation == CONFLICT:
            found.append(Judged(a, b, ALIGN_MIN, verdict, ("date", EVENT_TOPIC)))
    return found
