"""Two reports of one city's day that tell other hours of it are two events
(`clock.other_hours`, `hours_apart_below`), though they name one street and a toll."""

from __future__ import annotations

from dataclasses import replace

from story_builders import placed_same_day

from workbench.models import Claim
from workbench.stories.ahead import Ahead, checksum, facts_json
from workbench.stories.clock import at_other_hours, clock_times, other_hours
from workbench.stories.events import EventFacts, same_event

_EVENING = EventFacts(
    "2020-01-05",
    "kessling",
    streets=frozenset({"hearne", "clarke"}),
    harmed=frozenset({"hit:2"}),
    hours=frozenset({"2020-01-05T18:15"}),
    event_hours=frozenset({"2020-01-05T18:15"}),
)
_NIGHT = EventFacts(
    "2020-01-05",
    "kessling",
    streets=frozenset({"hearne"}),
    harmed=frozenset({"hit:2", "killed:1"}),
    hours=frozenset({"2020-01-05T02:00", "2020-01-05T02:30"}),
)


def _time(text: str, start: str, **value) -> Claim:
    return Claim(
        id=text, source_id=1, kind="date", text=text, start=0, end=len(text), sentence=text,
        value={"resolved": True, "granularity": "minute", "start": start, **value},
    )  # fmt: skip


def test_the_times_told_and_the_events_own_are_read_from_the_date_claims():
    claims = [
        _time("6:15 p.m.", "2020-01-05T18:15", clause_role="event"),
        _time("9 p.m.", "2020-01-05T21:00", clause_role="killed"),  # a death's hour
        _time("Sunday", "2020-01-05", granularity="day"),
    ]
    told, own = clock_times(claims)
    assert told == {"2020-01-05T18:15", "2020-01-05T21:00"}
    assert own == {"2020-01-05T18:15"}


def test_other_hours_of_one_day_are_two_events():
    assert other_hours(_EVENING, _NIGHT) and other_hours(_NIGHT, _EVENING)
    assert not same_event(_EVENING, [_NIGHT])
    assert at_other_hours(_NIGHT, [_EVENING, replace(_EVENING, hours=frozenset())])
    # A time of one within three hours of the other's (on the twelve-hour clock: "8:30"
    # read in the morning for the evening's): one event.
    assert not other_hours(_EVENING, replace(_NIGHT, hours=frozenset({"2020-01-05T07:00"})))
    assert not other_hours(_EVENING, replace(_NIGHT, hours=frozenset({"2020-01-05T16:00"})))
    # Neither tells a time as its event's own: a vigil's, a hearing's hour says nothing.
    assert not other_hours(replace(_EVENING, event_hours=frozenset()), _NIGHT)
    # Times of other days, or none on one side: the rule does not speak.
    assert not other_hours(_EVENING, replace(_NIGHT, hours=frozenset({"2020-01-07T02:00"})))
    assert not at_other_hours(_NIGHT, [replace(_EVENING, hours=frozenset())])


def test_a_same_day_report_at_another_hour_opens_its_own_story():
    shared = ("shooting", "n_kessling", "police", "sunday", "n_hearne_avenue")
    first = (*shared, "n_clarke_boulevard", "female", "grazed", "evening", "side", "ambulance")
    own = (*shared, "grocery", "parking", "coroner", "morning", "casing", "identified")
    facts = (_EVENING, _NIGHT)
    assert placed_same_day(first, own, facts, hours_apart_below=0.6) is None
    assert placed_same_day(first, own, facts, hours_apart_below=0.0) == 10


def test_the_facts_made_ahead_keep_the_streets_and_hours():
    """The facts the extraction workers make are those grouping reads from the claims,
    streets and hours too (grouping at ingest compared no streets before)."""
    from workbench.models import Source

    claims = [
        _time("6:15 p.m.", "2020-01-05T18:15", clause_role="event"),
        Claim(
            id="p", source_id=1, kind="place", text="Hearne Avenue", start=0, end=13,
            sentence="On Hearne Avenue.", value={"name": "Hearne Avenue"},
        ),
    ]  # fmt: skip
    source = Source(
        id=1, file="a.txt", title="t", text="x", published="2020-01-06", content_hash="h"
    )
    kept = Ahead({"h": (checksum(source), "", "", facts_json(claims, "2020-01-06"))})
    facts = kept.events(source)
    assert facts is not None
    assert facts.streets == {"hearne"}
    assert facts.hours == facts.event_hours == {"2020-01-05T18:15"}


def test_a_later_report_telling_the_scene_and_the_minute_is_of_that_event():
    """A report a week on (the arrests) tells the first reports' day, street and minute
    ("at 3:10 p.m. on Spring Street"), reads a shop as its place and shares few words:
    one event. A time on the hour, another street or another day says nothing."""
    from story_builders import events_known, weak_match

    from workbench.stories.clock import the_scene_and_minute
    from workbench.stories.grouping import place
    from workbench.stories.settings import default

    first = EventFacts(
        "2020-01-03", "kessling", streets=frozenset({"spring"}),
        hours=frozenset({"2020-01-03T15:10"}),
    )  # fmt: skip
    later = replace(first, place="shoe warehouse", dated=frozenset({"2020-01-03", "2020-01-09"}))
    later = replace(later, streets=frozenset({"spring", "church"}))
    assert the_scene_and_minute(later, [first])
    assert not the_scene_and_minute(later, [replace(first, hours=frozenset({"2020-01-03T15:00"}))])
    assert not the_scene_and_minute(later, [replace(first, streets=frozenset({"green"}))])
    other_day = replace(later, day="2020-01-04", dated=frozenset({"2020-01-04"}))
    assert not the_scene_and_minute(other_day, [first])
    article, index, vectors = weak_match("2020-01-10")
    events = events_known({1: first, 2: later})
    assert place(article, index, default(), vectors, events).story_id == 10
    events = events_known({1: first, 2: replace(later, hours=frozenset({"2020-01-03T15:00"}))})
    assert place(article, index, default(), vectors, events).story_id is None
