"""The people an event's reports name, in grouping (`stories.events`): read by name, a
person in common joins a later report, other people keep a report apart."""

from __future__ import annotations

from dataclasses import replace

from story_builders import MemberIndex, events_known, facts_told, weak_match

from workbench.stories.events import EventFacts, other_people, shared_people
from workbench.stories.grouping import place
from workbench.stories.settings import default
from workbench.stories.similarity import Vectors


def test_the_people_harmed_arrested_or_charged_are_read_by_name():
    told = facts_told(
        "Ana Ruiz Vela and Tom Dorsey were shot in Kessling on Friday. Police arrested "
        "Carl Benning on Saturday. Chief Mark Olsen said the city is safe.",
        "2019-03-12",
    )
    assert {"ana ruiz vela", "tom dorsey"} <= told.people
    assert "mark olsen" not in told.people  # he speaks: nothing happened to him
    assert shared_people(told, [EventFacts(people=frozenset({"tom dorsey"}))]) == {"tom dorsey"}
    assert not shared_people(told, [EventFacts(people=frozenset({"rita dorsey"}))])


def test_a_trial_months_later_joins_by_the_person_it_names():
    """A sentencing's report is dated by its hearing and shares few words with the
    shooting's first report; it names the man shot, as the first report did."""
    settings = replace(default(), join_person=0.1, event_days_apart=2, event_apart_below=0.9)
    trial, index, vectors = weak_match("2020-09-14")
    named = MemberIndex(
        [replace(index.members[0], terms=(*index.members[0].terms, "n_tom_dorsey"))]
    )
    vectors = Vectors({**vectors.frequency, "n_tom_dorsey": 2}, 100)
    shot = frozenset({"tom dorsey"})
    told = {1: EventFacts("2020-01-03", "kessling", people=shot)}
    hearing = EventFacts("2020-09-14", "kessling", people=shot)
    assert place(trial, named, settings, vectors, events_known({**told, 2: hearing})).story_id == 10
    other = replace(hearing, people=frozenset({"rita vance"}))
    assert place(trial, named, settings, vectors, events_known({**told, 2: other})).story_id is None
    # A name many other stories use ("Year Old", read from a capitalised heading) is no one.
    common = Vectors({**vectors.frequency, "n_tom_dorsey": 40}, 100)
    assert (
        place(trial, named, settings, common, events_known({**told, 2: hearing})).story_id is None
    )


def test_a_report_naming_other_people_does_not_join_on_the_day_and_place_alone():
    """One outlet's two shootings of one night in one city: the same day and place told,
    few words in common, and each names its own victim."""
    settings = replace(default(), join_event=0.05, people_apart_below=0.15)
    brief, index, vectors = weak_match("2020-01-04")
    night = EventFacts("2020-01-03", "kessling", people=frozenset({"tom dorsey"}))
    told = {1: night}
    mine = replace(night, people=frozenset({"rita vance"}))
    assert other_people(mine, [night]) and not other_people(night, [night])
    assert not other_people(replace(mine, people=frozenset()), [night])  # names no one
    assert place(brief, index, settings, vectors, events_known({**told, 2: mine})).story_id is None
    assert place(brief, index, settings, vectors, events_known({**told, 2: night})).story_id == 10


def test_words_in_capitals_name_no_one():
    told = facts_told(
        "A QUADRUPLE SHOOTING left THREE MEN wounded in Kessling on Friday. Tom Dorsey was "
        "shot too.",
        "2019-03-12",
    )
    assert told.people == {"tom dorsey"}  # a page that shouts capitalises every word
