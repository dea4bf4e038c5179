"""Days a report tells without saying them: the news of its publication, a month named by
another day of it, other victims named on another day, a report within a week of the same
place and victims (`stories.events`, `stories.apart`, `stories.weighing`)."""

from __future__ import annotations

from dataclasses import replace

from story_builders import MemberIndex, events_known, weak_match

from workbench.stories.apart import other_named_another_day
from workbench.stories.events import (
    EventFacts,
    followed_up,
    of_its_news,
    recalls_month,
    two_ages,
)
from workbench.stories.grouping import Article, Member, place
from workbench.stories.settings import default
from workbench.stories.similarity import Vectors

TEMPLATE = ("shooting", "n_kessling", "overnight", "wounded", "hospital", "police")


def _template_match(published: str) -> tuple[Article, MemberIndex, Vectors]:
    """One outlet's template for a city's shootings: a report published on `published`
    and a stored one of 3 January, alike by the template's words (0.6)."""
    stored = [Member(1, 10, 10, "2020-01-03", (*TEMPLATE, "street"))]
    article = Article(2, published, (*TEMPLATE, "avenue"))
    vectors = Vectors({t: 2 for t in (*TEMPLATE, "street", "avenue")}, 100)
    return article, MemberIndex(stored), vectors


def test_a_report_telling_no_day_is_of_the_day_before_its_publication():
    two_hurt = EventFacts(place="kessling", harmed=frozenset({"injured:2"}))
    assert of_its_news(two_hurt, "2020-01-07").day == "2020-01-06"
    # A day told is kept; nothing counted (a family's plea, a profile) tells no news day.
    told = replace(two_hurt, day="2020-01-02")
    assert of_its_news(told, "2020-01-07") == told
    assert of_its_news(EventFacts(place="kessling"), "2020-01-07").day is None
    assert of_its_news(two_hurt, None).day is None


def test_a_dayless_report_of_other_victims_days_later_opens_its_own_story():
    """Two teens hurt, told four days after a boy's killing in the same city's template."""
    settings = replace(default(), event_days_apart=2, event_apart_below=0.9)
    article, index, vectors = _template_match("2020-01-06")
    killing = EventFacts("2020-01-02", "kessling", harmed=frozenset({"age:14"}))
    two_hurt = EventFacts(place="kessling", harmed=frozenset({"injured:2"}))
    events = events_known({1: killing, 2: two_hurt})
    assert place(article, index, settings, vectors, events).story_id is None
    # The next day's report of the killing, or one counting the same victims, joins.
    soon = replace(article, published="2020-01-03")
    assert place(soon, index, settings, vectors, events).story_id == 10
    same = events_known({1: killing, 2: replace(two_hurt, harmed=frozenset({"age:14"}))})
    assert place(article, index, settings, vectors, same).story_id == 10
    # A family's plea counting no one tells no news of its own day.
    plea = events_known({1: killing, 2: EventFacts(place="kessling")})
    assert place(article, index, settings, vectors, plea).story_id == 10


def test_a_month_told_by_another_day_of_it_recalls_no_earlier_event():
    shooting = EventFacts("2020-05-04", "kessling", harmed=frozenset({"killed:1", "injured:2"}))
    later = EventFacts(
        "2020-06-06",
        "kessling",
        harmed=frozenset({"killed:1", "injured:2"}),
        dated=frozenset({"2020-06-06", "2020-05-31"}),
        months=frozenset({"2020-06", "2020-05"}),
    )
    # "May 31" names May, but another day of it than the shooting's.
    assert not recalls_month(later, "2020-05-04")
    assert not followed_up(later, [shooting])
    # "Last May", or the shooting's own day of it, recall the shooting.
    by_month = replace(later, dated=frozenset({"2020-06-06"}))
    assert recalls_month(by_month, "2020-05-04")
    assert followed_up(by_month, [shooting])
    by_day = replace(later, dated=frozenset({"2020-06-06", "2020-05-04"}))
    assert recalls_month(by_day, "2020-05-04")


def test_other_victims_named_on_another_day_are_another_incident():
    club = EventFacts("2020-01-03", "kessling", victims=frozenset({"dorian marsh"}))
    blog = EventFacts("2020-01-04", "kessling", victims=frozenset({"ellis varga"}))
    assert other_named_another_day(blog, [club])
    # A name in common (the surname alone), the same day, or no name: not told apart.
    assert not other_named_another_day(replace(blog, victims=frozenset({"d marsh"})), [club])
    assert not other_named_another_day(replace(blog, day="2020-01-03"), [club])
    told_theirs = replace(blog, dated=frozenset({"2020-01-04", "2020-01-03"}))
    assert not other_named_another_day(told_theirs, [club])
    assert not other_named_another_day(blog, [replace(club, victims=frozenset())])
    assert not other_named_another_day(replace(blog, day=None), [club])


def test_a_page_of_another_victim_a_day_apart_joins_only_when_very_alike():
    settings = replace(default(), event_days_apart=2, victims_apart_below=0.9)
    article, index, vectors = _template_match("2020-01-04")
    club = EventFacts("2020-01-03", "kessling", victims=frozenset({"dorian marsh"}))
    blog = EventFacts("2020-01-04", "kessling", victims=frozenset({"ellis varga"}))
    assert (
        place(article, index, settings, vectors, events_known({1: club, 2: blog})).story_id is None
    )
    theirs = replace(blog, victims=club.victims)
    assert (
        place(article, index, settings, vectors, events_known({1: club, 2: theirs})).story_id == 10
    )


def test_a_report_months_on_telling_another_day_asks_more_alike_words():
    """A station's template for the city's next fatal shooting, months after the first,
    on the same street."""
    words = (*TEMPLATE, "n_orchard_lane")
    stored = [Member(1, 10, 10, "2020-01-03", (*words, "street"))]
    article = Article(2, "2020-04-10", (*words, "avenue"))
    vectors = Vectors({t: 2 for t in (*words, "street", "avenue")}, 100)
    index = MemberIndex(stored)
    first = EventFacts("2020-01-03", "kessling", harmed=frozenset({"killed:1"}))
    later = EventFacts("2020-04-09", "kessling", harmed=frozenset({"killed:1"}))
    events = events_known({1: first, 2: later})
    far = replace(default(), event_days_apart=2, event_apart_below=0.0)
    assert place(article, index, far, vectors, events).story_id == 10
    asks = replace(far, event_apart_far_below=0.9)
    assert place(article, index, asks, vectors, events).story_id is None
    # Telling the first day (a trial's report), or within weeks, it is not kept out so.
    trial = events_known({1: first, 2: replace(later, day="2020-01-03")})
    assert place(article, index, asks, vectors, trial).story_id == 10
    soon = replace(article, published="2020-01-20")
    assert place(soon, index, asks, vectors, events).story_id == 10
    # A charge's report counting no one, or giving only an age (the accused's as often),
    # is dated by its own day.
    charge = events_known({1: first, 2: replace(later, harmed=frozenset())})
    assert place(article, index, asks, vectors, charge).story_id == 10
    aged = events_known({1: first, 2: replace(later, harmed=frozenset({"age:19"}))})
    assert place(article, index, asks, vectors, aged).story_id == 10


def test_a_report_within_a_week_of_the_same_place_and_victims_needs_no_name():
    """The victims identified five days on: the shooting's place and its two hurt, and no
    name the first reports gave (they named no one). Weeks on, a name is still asked."""
    settings = replace(default(), join_harmed_later=0.1, event_days_apart=2, event_apart_below=0.9)
    named, index, vectors = weak_match("2020-01-08")
    told = {1: EventFacts("2020-01-03", "kessling", harmed=frozenset({"injured:2"}))}
    mine = EventFacts("2020-01-08", "kessling", harmed=frozenset({"injured:2", "hit:3"}))
    events = events_known({**told, 2: mine})
    assert place(named, index, settings, vectors, events).story_id == 10
    elsewhere = events_known({**told, 2: replace(mine, place="dorsey")})
    assert place(named, index, settings, vectors, elsewhere).story_id is None
    weeks_on = replace(named, published="2020-01-20")
    assert place(weeks_on, index, settings, vectors, events).story_id is None


def test_two_victims_ages_in_common_within_days_are_one_event_whatever_day_and_place():
    """The first reports read the resort's town and the day; a report four days on reads the
    coast's name and its own day, and gives the same two ages."""
    settings = replace(default(), join_harmed=0.05, event_days_apart=2, event_apart_below=0.9)
    article, index, vectors = weak_match("2020-01-06")
    two = frozenset({"killed:2", "age:17", "age:44"})
    told = {1: EventFacts("2020-01-03", "kessling", harmed=two)}
    mine = EventFacts("2020-01-06", "north dorsey", harmed=two)
    assert two_ages(mine, told.values())
    assert place(article, index, settings, vectors, events_known({**told, 2: mine})).story_id == 10
    # One age in common, or a round-up's many ages, is not enough.
    one = replace(mine, harmed=frozenset({"killed:2", "age:17", "age:45"}))
    assert not two_ages(one, told.values())
    assert place(article, index, settings, vectors, events_known({**told, 2: one})).story_id is None
    many = frozenset({*two, *(f"age:{n}" for n in range(20, 28))})
    assert not two_ages(replace(mine, harmed=many), told.values())
