"""Two reports of one city's day that place their events on other streets are two events
(`streets.other_streets`, `streets_apart_below`), unless a street or a victim is shared."""

from __future__ import annotations

from dataclasses import replace

from story_builders import placed_same_day

from workbench.models import Claim
from workbench.stories.events import EventFacts, same_event
from workbench.stories.streets import on_other_streets, one_street, other_streets, street_names

_FIRST = EventFacts(
    "2020-01-05", "kessling", streets=frozenset({"harrison", "taylor"}), harmed=frozenset({"age:2"})
)
_SECOND = EventFacts(
    "2020-01-05", "kessling", streets=frozenset({"bragg"}), harmed=frozenset({"age:38"})
)


def _place(name: str, **value) -> Claim:
    return Claim(
        id=name, source_id=1, kind="place", text=name, start=0, end=len(name),
        sentence=name, value={"name": name, **value},
    )  # fmt: skip


def test_a_street_is_read_bare_however_it_is_written():
    claims = [
        _place("the 1200 block of N. Taylor St."),
        _place("Harrison Street"),
        _place("Kessling"),  # a town, no street
        _place("Oak Avenue", destination=True),  # where a victim was taken: no scene
    ]
    assert street_names(claims) == {"taylor", "harrison"}
    assert one_street("martin luther king", "martin luther king jr")
    assert one_street("noe bixby", "noe bixbey")
    assert not one_street("harrison", "bragg")


def test_other_streets_of_one_city_are_two_events():
    assert other_streets(_FIRST, _SECOND)
    assert on_other_streets(_FIRST, [_SECOND, replace(_SECOND, streets=frozenset())])
    assert not same_event(_FIRST, [_SECOND])
    # A report naming both scenes, or a street of the other's (a cross street), is one place.
    assert not other_streets(replace(_FIRST, streets=frozenset({"harrison", "bragg"})), _SECOND)
    # The same victim counted (an age): one event told on its scene and where a victim fell.
    assert not other_streets(_FIRST, replace(_SECOND, harmed=_FIRST.harmed))
    # One places it in a quarter (or a site) the other names: one scene, its streets two.
    quarter = replace(_FIRST, place="university village", container="kessling")
    assert other_streets(quarter, _SECOND)
    assert not other_streets(quarter, replace(_SECOND, named=frozenset({"university village"})))
    # Another city, or no street on one side: the rule does not speak.
    assert not other_streets(_FIRST, replace(_SECOND, place="elmira"))
    assert not other_streets(_FIRST, replace(_SECOND, streets=frozenset()))
    assert not on_other_streets(_FIRST, [replace(_SECOND, streets=frozenset())])


def test_a_same_day_report_on_another_street_opens_its_own_story():
    shared = ("toddler", "shot", "n_kessling", "police", "sunday", "home")
    first = (*shared, "n_harrison_street", "porch", "mother", "window", "night")
    own = (*shared, "n_bragg_street", "car", "friend", "parking", "noon")
    facts = (_FIRST, _SECOND)
    assert placed_same_day(first, own, facts, streets_apart_below=0.6) is None
    assert placed_same_day(first, own, facts, streets_apart_below=0.0) == 10


def test_two_quarters_read_for_one_street_are_one_scene():
    """One report reads the quarter from a landmark ("Ute"), another gives the city's side
    ("East Kessling"); both name the street: one event, as two streets are two."""
    east = EventFacts("2020-01-05", "east kessling", "kessling", streets=frozenset({"30th"}))
    landmark = EventFacts("2020-01-05", "ute", "kessling", streets=frozenset({"30th"}))
    assert east.other_quarter(landmark)
    assert same_event(east, [landmark]) and same_event(landmark, [east])
    assert not same_event(east, [replace(landmark, streets=frozenset({"bragg"}))])
    assert not same_event(east, [replace(landmark, streets=frozenset())])


def test_a_later_report_recalling_the_day_place_and_street_is_of_that_event():
    """A report weeks on (a victim's death) tells its own day and recalls the first
    reports' day at their place and street ("the Jan. 3 shooting on Bragg Street"): one
    event, not another of another day, however few words it shares. Another street, or
    the first day not told, says nothing."""
    from story_builders import events_known, weak_match

    from workbench.stories.grouping import place
    from workbench.stories.settings import default
    from workbench.stories.streets import recalls_the_scene

    first = EventFacts(
        "2020-01-03", "kessling", streets=frozenset({"bragg"}), harmed=frozenset({"hit:5"})
    )
    later = EventFacts(
        "2020-01-20", "kessling", dated=frozenset({"2020-01-03", "2020-01-20"}),
        streets=frozenset({"bragg", "verbena"}), harmed=frozenset({"killed:1"}),
    )  # fmt: skip
    assert recalls_the_scene(later, [first])
    elsewhere = replace(later, streets=frozenset({"verbena"}))
    unrecalled = replace(later, dated=frozenset({"2020-01-20"}))
    assert not recalls_the_scene(elsewhere, [first])
    assert not recalls_the_scene(unrecalled, [first])
    assert not recalls_the_scene(replace(later, place="dorsey"), [first])
    article, index, vectors = weak_match("2020-01-22")
    assert (
        place(article, index, default(), vectors, events_known({1: first, 2: later})).story_id == 10
    )
    for facts in (elsewhere, unrecalled):
        events = events_known({1: first, 2: facts})
        assert place(article, index, default(), vectors, events).story_id is None
