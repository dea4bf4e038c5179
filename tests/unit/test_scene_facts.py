"""What two reports tell alike of one day's scene counts toward the implied figure's gate
(finder 371): its place, an age of someone harmed, a clock time; each once."""

from __future__ import annotations

from workbench.findings.event_facts import EventCheck
from workbench.findings.scene_facts import scene_facts
from workbench.stories.events import EventFacts


def _facts(day="2019-04-02", place="brindle", **kw) -> EventFacts:
    return EventFacts(day=day, place=place, dated=frozenset({day}), **kw)


def _shared(first: EventFacts, then: EventFacts) -> int:
    return scene_facts(EventCheck({1: first, 2: then}), 1, 2)


def test_one_street_and_one_hour_of_a_day_are_two_facts_though_the_places_differ():
    street = frozenset({"west quillon street"})
    first = _facts(place="brindle", named=street, hours=frozenset({"2019-04-02T07:45"}))
    then = _facts(
        place="harrow county",
        named=street | {"harrow county"},
        hours=frozenset({"2019-04-02T07:45", "2019-04-02T18:27"}),
    )
    assert _shared(first, then) == 2
    assert _shared(first, _facts(place="harrow county", named=street)) == 1  # no hour


def test_an_age_of_someone_harmed_counts_once_beside_the_place():
    first = _facts(harmed=frozenset({"age:15", "age:18", "injured:2"}))
    assert _shared(first, _facts(harmed=frozenset({"age:15", "age:18", "killed:1"}))) == 2
    assert _shared(first, _facts(harmed=frozenset({"age:16", "injured:2"}))) == 1  # a count
    # is no age: one place alone


def test_an_age_counts_only_at_one_place():
    """Two quarters of one city, one afternoon, an 18-year-old hurt in each: no scene."""
    first = _facts(place="ostler park", harmed=frozenset({"age:18", "injured:4"}))
    then = _facts(place="wick hollow", harmed=frozenset({"age:18", "killed:2"}))
    assert _shared(first, then) == 0
    assert _shared(first, _facts(place="ostler park", harmed=then.harmed)) == 2


def test_nothing_of_the_scene_is_shared_by_texts_of_two_days():
    first = _facts(harmed=frozenset({"age:15"}), hours=frozenset({"2019-04-02T07:45"}))
    then = _facts(
        day="2019-04-09", harmed=frozenset({"age:15"}), hours=frozenset({"2019-04-09T07:45"})
    )
    assert _shared(first, then) == 0
