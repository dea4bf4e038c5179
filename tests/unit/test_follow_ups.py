"""A later report (the next day's, or an arrest's weeks on) that recalls the first news's
day, place and toll tells the same event, however few names the two share and whatever
window of days parts other reports; stating the first report's figure beside its own on
another day, it recalls the count it changes rather than a part of it."""

from __future__ import annotations

from figure_builders import count, source

from workbench.findings.event_facts import EventCheck
from workbench.findings.figure_findings import figure_findings
from workbench.stories.events import EventFacts
from workbench.vocabulary import load

VOCAB = load()
DAY = "2016-11-12"
NAMES = {
    1: frozenset({"bridgeport", "circolo sportivo", "park avenue", "bridgeport hospital"}),
    2: frozenset({"bridgeport", "club sportivo", "bridgeport police", "sweet sixteen"}),
}


def _facts(day: str | None = DAY, place: str = "bridgeport", *harmed: str) -> EventFacts:
    return EventFacts(
        day=day,
        place=place,
        dated=frozenset([day] if day else []),
        named=frozenset([place]),
        harmed=frozenset(harmed),
    )


def _conflicts(published: str, first: list, later: list, facts: dict) -> list:
    sources = [source(1, "2016-11-13"), source(2, published)]
    stories = {1: (1, 1), 2: (1, 1)}
    found, _ = figure_findings(
        first + later, sources, VOCAB, stories, NAMES, False, events=EventCheck(facts)
    )
    return found


def test_texts_of_one_scene_and_toll_recall_one_event():
    check = EventCheck(
        {
            1: _facts(DAY, "bridgeport", "hit:5"),
            2: _facts(DAY, "bridgeport", "hit:5", "hit:6"),
            3: _facts(DAY, "bridgeport", "hit:1"),  # one hurt: every day's news
            4: _facts("2016-11-19", "bridgeport", "hit:5"),
            5: _facts(DAY, "stamford", "hit:5"),
        }
    )
    assert check.recalls(1, 2)
    assert not check.recalls(1, 3)
    assert not check.recalls(1, 4)
    assert not check.recalls(1, 5)


def test_a_quarter_its_text_places_in_the_other_texts_town_is_one_scene():
    """A later report placing its event in a quarter "of" the town (its container) and the
    first report placing it in the town itself tell one scene; two quarters of one town,
    or a quarter of another town, do not."""
    quarter = EventFacts(
        day=DAY, place="east end", container="bridgeport", harmed=frozenset({"hit:5"})
    )
    other = EventFacts(
        day=DAY, place="north end", container="bridgeport", harmed=frozenset({"hit:5"})
    )
    elsewhere = EventFacts(
        day=DAY, place="east end", container="stamford", harmed=frozenset({"hit:5"})
    )
    check = EventCheck({1: _facts(DAY, "bridgeport", "hit:5"), 2: quarter, 3: other, 4: elsewhere})
    assert check.one_scene(1, 2) and check.one_scene(2, 1)
    assert check.recalls(2, 1)
    assert not check.one_scene(2, 3)
    assert not check.one_scene(1, 4)


def test_a_follow_up_two_months_on_that_recalls_the_toll_tells_its_update():
    first = [count(1, "hit", 5, "five teens")]
    later = [
        count(2, "hit", 5, "five people", sentence="A shooting where five people were shot."),
        count(2, "hit", 6, "six victims", sentence="Shots resulted in six victims being shot."),
    ]
    recalled = {1: _facts(DAY, "bridgeport", "hit:5"), 2: _facts(DAY, "bridgeport", "hit:5")}
    found = _conflicts("2017-01-14", first, later, recalled)
    assert [(c.relation, c.role) for c in found] == [("update", "hit")]
    # Neither the day nor the toll recalled: past the window, two events told alike.
    other = {1: _facts(DAY, "bridgeport", "hit:5"), 2: _facts("2017-01-07", "bridgeport")}
    assert _conflicts("2017-01-14", first, later, other) == []


def test_the_first_report_stating_the_follow_ups_figure_tells_no_change():
    first = [count(1, "hit", 5, "five teens"), count(1, "hit", 6, "six people")]
    later = [count(2, "hit", 6, "six victims")]
    recalled = {1: _facts(DAY, "bridgeport", "hit:6"), 2: _facts(DAY, "bridgeport", "hit:6")}
    assert _conflicts("2017-01-14", first, later, recalled) == []


def test_a_report_of_the_same_day_stating_both_counts_tells_a_part():
    first = [count(1, "hit", 5, "five teens")]
    later = [count(2, "hit", 5, "five people"), count(2, "hit", 6, "six people")]
    recalled = {1: _facts(DAY, "bridgeport", "hit:5"), 2: _facts(DAY, "bridgeport", "hit:5")}
    assert _conflicts("2016-11-13", first, later, recalled) == []


def test_a_later_report_stating_both_counts_tells_the_change_even_within_a_week():
    # The next day's "five people were shot" beside its "six victims" recalls the count it
    # changes, as a follow-up weeks on does; only the first report's stating the later's
    # figure says no change.
    first = [count(1, "hit", 5, "five teens")]
    later = [count(2, "hit", 5, "five people"), count(2, "hit", 6, "six people")]
    recalled = {1: _facts(DAY, "bridgeport", "hit:5"), 2: _facts(DAY, "bridgeport", "hit:5")}
    assert [c.role for c in _conflicts("2016-11-14", first, later, recalled)] == ["hit"]
    first = [count(1, "hit", 5, "five teens"), count(1, "hit", 6, "six people")]
    assert _conflicts("2016-11-14", first, later, recalled) == []


def test_reports_days_apart_that_tell_one_scene_and_toll_are_one_event():
    # The next day's police release shares none of the first report's names, yet tells
    # the same day, place and toll: one event, as a follow-up weeks on would be.
    first = [count(1, "hit", 5, "five teens")]
    later = [count(2, "hit", 6, "six victims")]
    sources = [source(1, "2016-11-13"), source(2, "2016-11-14")]
    names = {
        1: frozenset({"circolo sportivo", "park avenue", "jeanette herron", "armando perez"}),
        2: frozenset({"sweet sixteen", "reckless endangerment", "first degree", "peace"}),
    }

    def found(facts: dict) -> list:
        stories, check = {1: (1, 1), 2: (1, 1)}, EventCheck(facts)
        found, _ = figure_findings(first + later, sources, VOCAB, stories, names, events=check)
        return found

    recalled = {1: _facts(DAY, "bridgeport", "hit:5"), 2: _facts(DAY, "bridgeport", "hit:5")}
    assert [c.role for c in found(recalled)] == ["hit"]
    # No toll in common: nothing shared tells one event.
    assert found({1: _facts(DAY, "bridgeport", "hit:5"), 2: _facts(DAY, "bridgeport")}) == []
