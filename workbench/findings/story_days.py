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
as its news. Each side is the page's own date claim of its event's day, in a sentence that
counts the harm as its page counts the event's: on the tuned pool, days taken from a
sentence of another act ("could be arraigned as early as Sunday") or of a gallery's captions
of other shootings were two false flags without it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import combinations

from workbench.claims.date_clauses import EVENT
from workbench.claims.roles import HARM_ROLES
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


def _event_day(view: ClaimView, events: EventCheck, told: dict) -> date | None:
    """The day the view's date claim gives, when its text dates its event by that day and
    the claim is told in the harm's own clause ("died in a shooting Wednesday afternoon",
    `date_clauses`) or in a sentence counting a harm as its text counts the event's
    (`_harms_told`): a day of another act ("could be arraigned as early as Sunday") or of
    another event told beside it (a gallery's captions: a funeral) is no answer to when."""
    facts = events.facts.get(view.claim.source_id)
    day = view.event_day
    if facts is None or not facts.day or day is None or view.telling:
        return None
    if facts.day != day.isoformat():
        return None
    value = view.claim.value
    own_clause = value.get("clause_role") in (*HARM_ROLES, EVENT) and not value.get("other_event")
    sentence = told.get((view.claim.source_id, view.claim.sentence), frozenset())
    tolls = _tolls(facts.harmed)
    if any(tolls.get(role, 0) > count for role, count in _tolls(sentence).items()):
        return None  # its sentence counts fewer than its text's toll: another event's harm
    return day if own_clause or sentence else None


def _counts(facts: frozenset[str]) -> list[tuple[str, int]]:
    """("killed", 9) of "killed:9", for the harm roles."""
    found = []
    for fact in facts:
        role, _, count = fact.partition(":")
        if role in HARM_ROLES and count.isdigit():
            found.append((role, int(count)))
    return found


def _tolls(harmed: frozenset[str]) -> dict[str, int]:
    """The largest count the text gives each harm role (9 of "killed:1" and "killed:9"):
    the event's toll, where a smaller one may be a part or another event's."""
    largest: dict[str, int] = {}
    for role, count in _counts(harmed):
        largest[role] = max(largest.get(role, 0), count)
    return largest


def _harms_told(views: list[ClaimView]) -> dict[tuple[int, str], frozenset[str]]:
    """Each sentence's harm counts as the event facts write them ("hit:4", "killed:2")."""
    told: dict[tuple[int, str], set[str]] = {}
    for view in views:
        claim = view.claim
        low = claim.value.get("low")
        if claim.kind == "quantity" and claim.role in HARM_ROLES and low is not None:
            told.setdefault((claim.source_id, claim.sentence), set()).add(
                f"{claim.role}:{int(float(low))}"
            )
    return {key: frozenset(found) for key, found in told.items()}


def story_day_pairs(
    views: list[ClaimView], events: EventCheck
) -> Iterator[tuple[ClaimView, ClaimView]]:
    """Each pair of date claims of two witnesses, one story and one publication day, that
    date the story's event to days `LEAST_DAYS` or more apart, neither text telling the
    other's day, and no fact of the texts parting their events but the day."""
    dated: dict[int, list[tuple[ClaimView, date]]] = {}
    told = _harms_told(views)
    for view in views:
        if view.kind == "date" and view.story_id is not None:
            day = _event_day(view, events, told)
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
