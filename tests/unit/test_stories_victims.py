"""Other victims on another day keep an article out of a story however alike its words
(`apart.other_victims_another_day`, `victims_apart_below`)."""

from __future__ import annotations

from dataclasses import replace

from story_builders import MemberIndex

from workbench.stories.apart import other_victims_another_day, other_victims_elsewhere
from workbench.stories.events import EventFacts, Events
from workbench.stories.grouping import Article, Member, place
from workbench.stories.settings import default
from workbench.stories.similarity import Vectors

_SUNDAY = EventFacts("2020-01-05", "kessling", harmed=frozenset({"age:17"}))


def _events(known: dict[int, EventFacts]) -> Events:
    events = Events(None)
    events.known.update(known)
    return events


def _template(published: str) -> tuple[Article, MemberIndex, Vectors]:
    """One outlet's two reports in its template ("Teen boy killed in <quarter> shooting"):
    alike words (0.2 to 0.5 alike), each of its own quarter."""
    shared = ("teen", "killed", "shooting", "n_kessling")
    first = (*shared, "n_south_kessling", "sunday", "n_oak_street", "porch", "father", "car")
    own = (*shared, "n_chatham", "monday", "n_elm_street", "alley", "friend", "bus")
    frequency = {t: 3 for t in {*first, *own}}
    article = Article(2, published, own)
    stored = Member(1, 10, 10, "2020-01-05", first)
    return article, MemberIndex([stored]), Vectors(frequency, 100)


def test_other_ages_and_another_day_are_another_incident():
    monday = EventFacts("2020-01-06", "kessling", harmed=frozenset({"age:16"}))
    assert other_victims_another_day(monday, [_SUNDAY])
    # Either alone is not enough: the same day told, or the same age.
    assert not other_victims_another_day(replace(monday, day="2020-01-05"), [_SUNDAY])
    assert not other_victims_another_day(replace(monday, harmed=_SUNDAY.harmed), [_SUNDAY])
    # Nor without an age or a day on one side, nor beside a story article that tells both.
    assert not other_victims_another_day(replace(monday, harmed=frozenset()), [_SUNDAY])
    assert not other_victims_another_day(monday, [replace(_SUNDAY, day=None)])
    assert not other_victims_another_day(monday, [_SUNDAY, monday])


def test_a_next_day_report_of_other_victims_opens_its_own_story():
    article, index, vectors = _template("2020-01-07")
    alike = vectors.similarities(
        (article.source_id, article.terms), [(1, index.members[0].terms)], [10]
    )[0][0]
    assert 0.15 < alike < 0.5
    monday = EventFacts("2020-01-06", "kessling", harmed=frozenset({"age:16"}))
    settings = replace(default(), victims_apart_below=0.5)
    known = {1: _SUNDAY, 2: monday}
    assert place(article, index, settings, vectors, _events(known)).story_id is None
    # The same victim's age: a report of the same incident with its day misread.
    same = {1: _SUNDAY, 2: replace(monday, harmed=_SUNDAY.harmed)}
    assert place(article, index, settings, vectors, _events(same)).story_id == 10
    # Without the rule, alike words within days join.
    off = replace(settings, victims_apart_below=0.0)
    assert place(article, index, off, vectors, _events(known)).story_id == 10


def test_a_report_from_afar_tells_its_own_day_and_is_not_kept_out_so():
    """A hearing's report weeks on tells the hearing's day and may give the accused's age:
    the rule speaks of reports of the same days only."""
    article, index, vectors = _template("2020-01-07")
    stored = replace(index.members[0], terms=(*index.members[0].terms, "n_tom_dorsey"))
    named = replace(article, terms=(*article.terms, "n_tom_dorsey"))
    vectors = Vectors({**vectors.frequency, "n_tom_dorsey": 2}, 100)
    settings = replace(default(), victims_apart_below=0.9, join_mid=0.3, join_far=0.3)
    monday = EventFacts("2020-01-06", "kessling", harmed=frozenset({"age:16"}))
    index = MemberIndex([stored])
    assert place(named, index, settings, vectors, _events({1: _SUNDAY, 2: monday})).story_id is None
    hearing = replace(monday, day="2020-02-20")
    weeks_on = replace(named, published="2020-02-21")
    known = _events({1: _SUNDAY, 2: hearing})
    assert place(weeks_on, index, settings, vectors, known).story_id == 10


def test_other_ages_at_another_place_are_another_incident():
    """Two towns' accidents of one day told alike ("boy, 11, shoots self" and "boy, 9"):
    other ages and another place together keep the report out; either alone does not."""
    elsewhere = EventFacts("2020-01-05", "dorsey", harmed=frozenset({"age:9"}))
    assert other_victims_elsewhere(elsewhere, [_SUNDAY])
    assert not other_victims_elsewhere(replace(elsewhere, place="kessling"), [_SUNDAY])
    assert not other_victims_elsewhere(replace(elsewhere, harmed=_SUNDAY.harmed), [_SUNDAY])
    # A quarter of the story's town is its place; no place or no age on one side tells none.
    assert not other_victims_elsewhere(replace(elsewhere, place="south kessling"), [_SUNDAY])
    # Two quarters of the town both are in are two places.
    quarter = replace(_SUNDAY, place="lawndale", container="kessling")
    assert other_victims_elsewhere(replace(elsewhere, container="kessling"), [quarter])
    assert not other_victims_elsewhere(replace(elsewhere, place="kessling"), [quarter])
    assert not other_victims_elsewhere(replace(elsewhere, place=None), [_SUNDAY])
    assert not other_victims_elsewhere(elsewhere, [replace(_SUNDAY, harmed=frozenset())])
    article, index, vectors = _template("2020-01-06")
    settings = replace(default(), victims_apart_below=0.5)
    assert (
        place(article, index, settings, vectors, _events({1: _SUNDAY, 2: elsewhere})).story_id
        is None
    )
    same_age = {1: _SUNDAY, 2: replace(elsewhere, harmed=_SUNDAY.harmed)}
    assert place(article, index, settings, vectors, _events(same_age)).story_id == 10
