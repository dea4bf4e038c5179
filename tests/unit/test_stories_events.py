"""The event's day and place, as the claims tell them, in grouping (`stories.events`)."""

from __future__ import annotations

from dataclasses import replace

from story_builders import MemberIndex, events_known, facts_told, weak_match

from workbench.stories.events import (
    EventFacts,
    Events,
    another_day,
    followed_up,
    other_people,
    other_victims,
    same_event,
    same_harm,
    same_victims_there,
    tells_their_day,
)
from workbench.stories.grouping import Article, Member, place
from workbench.stories.settings import default
from workbench.stories.similarity import Vectors


def test_an_articles_facts_are_the_day_and_place_its_text_tells():
    told = facts_told(
        "Two men were shot in Kessling on Friday night.\n\nThey were taken to a hospital "
        "in Dorsey.",
        "2019-03-12",
    )
    assert (told.day, told.place, told.container) == ("2019-03-08", "kessling", None)
    assert told.named == {"kessling", "dorsey"} and told.dated == {"2019-03-08"}
    assert facts_told("The council met to discuss the budget.", "2019-03-12").day is None


def test_the_same_day_and_place_is_one_event_another_day_is_another():
    friday = EventFacts("2019-03-08", "kessling")
    assert same_event(friday, [EventFacts("2019-03-08", "dorsey", "kessling")])
    assert not same_event(friday, [EventFacts("2019-03-08", "dorsey")])
    # One tells the town, the other the street it names in that town.
    town = EventFacts("2019-03-08", "kessling", named=frozenset({"kessling"}))
    street = EventFacts("2019-03-08", "vela street", named=frozenset({"vela street", "kessling"}))
    assert same_event(town, [street]) and same_event(street, [town])
    # A sentencing months later, dated by the sentencing, names the shooting's day too.
    trial = EventFacts("2019-09-20", "kessling", dated=frozenset({"2019-03-08", "2019-09-20"}))
    assert same_event(trial, [friday]) and same_event(friday, [trial])
    assert not same_event(replace(trial, dated=frozenset()), [friday])
    assert not same_event(EventFacts(None, "kessling"), [EventFacts(None, "kessling")])
    # One names the town, the other a quarter of it, or the town's county.
    assert same_event(friday, [EventFacts("2019-03-08", "south kessling")])
    assert same_event(friday, [EventFacts("2019-03-08", "kessling county")])
    assert not same_event(friday, [EventFacts("2019-03-08", "kesslingham")])
    # Two quarters of one town the same night are two events, though the town is both's.
    lawndale = EventFacts("2019-03-08", "lawndale", "kessling", frozenset({"kessling"}))
    dorsey = EventFacts("2019-03-08", "dorsey park", "kessling", frozenset({"kessling"}))
    assert lawndale.same_place(dorsey) and lawndale.other_quarter(dorsey)
    assert not same_event(lawndale, [dorsey]) and not same_event(dorsey, [lawndale])
    assert same_event(lawndale, [replace(dorsey, named=frozenset({"kessling", "lawndale"}))])
    assert same_event(lawndale, [friday]) and not friday.other_quarter(lawndale)
    assert another_day(friday, [EventFacts("2019-03-10"), EventFacts()], 2)
    assert not another_day(friday, [EventFacts("2019-03-09")], 2)
    assert not another_day(friday, [EventFacts()], 2)  # nothing told: nothing to compare


def test_a_follow_up_weeks_later_joins_by_the_day_and_place_it_tells():
    """A follow-up that names no one of the event (a funeral, a vigil, a memorial)
    shares few words with the first report; its day and place are the event's."""
    settings = replace(default(), join_event=0.1)
    event = ("shooting", "n_kessling", "park", "night", "wounded", "teens", "gunfire")
    stored = [Member(1, 10, 10, "2020-01-03", event)]
    later = Article(2, "2020-02-10", ("vigil", "candles", "mourners", *event[:3]))
    vectors = Vectors({t: 2 for t in (*event, *later.terms)} | {"shooting": 60}, 100)
    index = MemberIndex(stored)
    day = EventFacts("2020-01-03", "kessling")
    alone = place(later, index, settings, vectors)
    told = place(later, index, settings, vectors, events_known({1: day, 2: day}))
    elsewhere = events_known({1: day, 2: EventFacts("2020-01-03", "dorsey")})
    assert alone.story_id is None
    assert told.story_id == 10
    assert place(later, index, settings, vectors, elsewhere).story_id is None


def test_an_alike_report_of_another_day_does_not_join():
    """The same outlet's template for another weekend's shooting in its city."""
    settings = replace(default(), event_days_apart=2, event_apart_below=0.9)
    template = ("shooting", "n_kessling", "overnight", "wounded", "hospital", "police")
    stored = [Member(1, 10, 10, "2020-01-03", (*template, "street"))]
    article = Article(2, "2020-01-05", (*template, "avenue"))
    vectors = Vectors({t: 2 for t in (*template, "street", "avenue")}, 100)
    index = MemberIndex(stored)
    same = events_known({1: EventFacts("2020-01-03"), 2: EventFacts("2020-01-03")})
    other = events_known({1: EventFacts("2020-01-03"), 2: EventFacts("2020-01-05")})
    assert place(article, index, settings, vectors, same).story_id == 10
    assert place(article, index, settings, vectors, other).story_id is None
    assert place(article, index, settings, vectors).story_id == 10  # no claims: words


def test_who_was_harmed_is_read_from_the_counts_and_the_ages():
    told = facts_told(
        "One man was killed and six people were injured in Kessling on Friday. "
        "A 25-year-old man died at the scene.",
        "2019-03-09",
    )
    assert {"killed:1", "injured:6", "age:25"} <= told.harmed


def test_the_same_victims_counted_are_one_event_unless_the_place_differs():
    one_six = EventFacts(place="kessling", harmed=frozenset({"killed:1", "injured:6"}))
    assert same_harm(one_six, [EventFacts(harmed=frozenset({"killed:1", "injured:6"}))])
    assert same_harm(
        EventFacts(harmed=frozenset({"age:10"})),
        [EventFacts(harmed=frozenset({"age:10", "killed:1"}))],
    )
    assert same_harm(
        EventFacts(harmed=frozenset({"injured:4"})), [EventFacts(harmed=frozenset({"injured:4"}))]
    )
    # One killed is every day's news; the same toll in another town is another event.
    assert not same_harm(
        EventFacts(harmed=frozenset({"killed:1"})), [EventFacts(harmed=frozenset({"killed:1"}))]
    )
    assert not same_harm(one_six, [EventFacts(place="dorsey", harmed=one_six.harmed)])
    assert not same_harm(EventFacts(), [one_six])
    assert not same_harm(EventFacts(harmed=frozenset({"age:10"})), [one_six], least=2)
    # A round-up counts so many that any one incident's toll is among them.
    roundup = frozenset({f"age:{n}" for n in range(20, 28)} | {"killed:1", "injured:6"})
    assert not same_harm(one_six, [EventFacts(harmed=roundup)])


def test_a_story_report_that_reads_no_place_is_of_its_storys_place():
    """A brief of the Dallas shooting reads no place; its sister reports read Dallas. A
    Milwaukee report sharing the brief's "four shot" is elsewhere all the same (the app
    walk's "shooting · Dallas" story took Milwaukee's, Queens' and Los Angeles' reports)."""
    toll = frozenset({"hit:4", "killed:1"})
    milwaukee = EventFacts("2016-08-12", "milwaukee", harmed=frozenset({"hit:4"}))
    brief = EventFacts("2016-08-12", harmed=toll)
    dallas = EventFacts("2016-08-12", "dallas", harmed=frozenset({"killed:1"}))
    assert same_harm(milwaukee, [brief])  # the brief alone: nothing says it is elsewhere
    assert not same_harm(milwaukee, [brief, dallas])
    assert same_harm(replace(milwaukee, place="dallas"), [brief, dallas])
    # The same day told, a count of two or more shared: as any report elsewhere, only when
    # asked.
    assert same_harm(milwaukee, [brief, dallas], anywhere=True)


def test_a_toll_in_common_is_two_events_when_the_victims_ages_all_differ():
    """Two cities' weekend round-ups both count "five killed" (the app walk's Philadelphia
    and Milwaukee, the same day): the ages they give are not the same people's."""
    milwaukee = EventFacts(
        "2016-08-12", "milwaukee", harmed=frozenset({"killed:5", "age:21", "age:23"})
    )
    philadelphia = EventFacts(
        "2016-08-12", "philadelphia", harmed=frozenset({"killed:5", "age:20", "age:52"})
    )
    assert other_victims(philadelphia, milwaukee)
    assert not same_harm(philadelphia, [milwaukee], anywhere=True)
    # One age in common, or ages told by one side only: the toll still tells.
    one_age = replace(philadelphia, harmed=philadelphia.harmed | {"age:23"})
    assert same_harm(one_age, [milwaukee], anywhere=True)
    no_ages = replace(philadelphia, harmed=frozenset({"killed:5"}))
    assert not other_victims(no_ages, milwaukee)
    assert same_harm(no_ages, [milwaukee], anywhere=True)


def test_reports_whose_victims_ages_all_differ_name_other_people():
    """One outlet's two Chicago shootings of one day: a boy of 16, a man of 20."""
    boy = EventFacts("2017-01-22", "bridgeport", harmed=frozenset({"age:16"}))
    man = EventFacts("2017-01-22", "east garfield park", harmed=frozenset({"age:20"}))
    assert other_people(boy, [man])
    assert not other_people(boy, [man, replace(man, harmed=frozenset({"age:16", "age:20"}))])
    assert not other_people(boy, [replace(man, harmed=frozenset({"injured:2"}))])
    # A round-up gives every age of a weekend: no side's victims by age.
    roundup = frozenset({f"age:{n}" for n in range(20, 28)} | {"killed:1"})
    assert not other_people(boy, [replace(man, harmed=roundup)])
    assert not other_people(replace(boy, harmed=roundup), [man])


def test_the_same_toll_on_the_same_day_is_one_event_though_the_places_read_differ():
    """One report's place is a quarter ("Berclair"), the other's the city: the same day
    and an age or a count of two or more in common outweigh it, but only when asked."""
    quarter = EventFacts("2020-01-03", "berclair", harmed=frozenset({"killed:2", "injured:2"}))
    city = EventFacts("2020-01-03", "memphis", harmed=frozenset({"killed:2"}))
    assert not same_harm(quarter, [city])
    assert same_harm(quarter, [city], anywhere=True)
    # Another day, or only counts of one in common, is another event elsewhere.
    assert not same_harm(quarter, [replace(city, day="2020-01-04")], anywhere=True)
    one = frozenset({"killed:1", "injured:1"})
    assert not same_harm(replace(quarter, harmed=one), [replace(city, harmed=one)], anywhere=True)
    assert same_harm(replace(quarter, place="memphis", harmed=one), [replace(city, harmed=one)])


def test_a_report_of_the_same_victims_elsewhere_joins_on_more_words():
    settings = replace(default(), join_harmed=0.05, join_harmed_elsewhere=0.5)
    brief, index, vectors = weak_match("2020-01-04")
    toll = frozenset({"injured:4"})
    told = {1: EventFacts("2020-01-03", "kessling", harmed=toll)}
    quarter = EventFacts("2020-01-03", "dorsey heights", harmed=toll)
    assert (
        place(brief, index, settings, vectors, events_known({**told, 2: quarter})).story_id is None
    )
    settings = replace(settings, join_harmed_elsewhere=0.06)
    assert place(brief, index, settings, vectors, events_known({**told, 2: quarter})).story_id == 10


def test_a_later_report_tells_the_events_month_place_and_toll():
    shooting = EventFacts("2020-01-03", "kessling", harmed=frozenset({"killed:2"}))
    hearing = EventFacts(
        "2020-04-14", "kessling", harmed=frozenset({"killed:2"}), months=frozenset({"2020-01"})
    )
    assert followed_up(hearing, [shooting])
    assert not followed_up(replace(hearing, months=frozenset({"2020-04"})), [shooting])
    assert not followed_up(replace(hearing, place="dorsey"), [shooting])
    # Within the event's own month every report tells that month: another shooting.
    assert not followed_up(replace(hearing, day="2020-01-24"), [shooting])
    one = frozenset({"killed:1"})  # one killed is every month's news
    assert not followed_up(replace(hearing, harmed=one), [replace(shooting, harmed=one)])
    assert facts_told("Two men were shot in Kessling last July.", "2019-03-12").months == {
        "2018-07"
    }


def test_a_hearing_months_later_joins_by_the_month_place_and_toll_it_tells():
    settings = replace(default(), join_followup=0.1)
    hearing, index, vectors = weak_match("2020-04-14")
    toll = frozenset({"killed:2"})
    told = {1: EventFacts("2020-01-03", "kessling", harmed=toll)}
    later = EventFacts("2020-04-14", "kessling", harmed=toll, months=frozenset({"2020-01"}))
    assert place(hearing, index, settings, vectors, events_known({**told, 2: later})).story_id == 10
    unsaid = replace(later, months=frozenset({"2020-04"}))
    assert (
        place(hearing, index, settings, vectors, events_known({**told, 2: unsaid})).story_id is None
    )


def test_a_report_months_later_joins_by_the_event_day_it_tells():
    settings = replace(default(), join_told_day=0.1)
    trial, index, vectors = weak_match("2020-09-14")
    told = {1: EventFacts("2020-01-03", "kessling")}
    later = EventFacts("2020-09-14", dated=frozenset({"2020-09-14", "2020-01-03"}))
    assert tells_their_day(later, told.values())
    assert place(trial, index, settings, vectors, events_known({**told, 2: later})).story_id == 10
    # Another day told, or the same words with no day told: a new story.
    other = replace(later, dated=frozenset({"2020-09-14", "2020-01-04"}))
    assert not tells_their_day(other, told.values())
    assert place(trial, index, settings, vectors, events_known({**told, 2: other})).story_id is None
    assert (
        place(trial, index, default(), vectors, events_known({**told, 2: other})).story_id is None
    )
    # Within days every report tells that day: it asks the words of those days there.
    soon = replace(trial, published="2020-01-04")
    same_days = replace(later, day=None)
    assert (
        place(soon, index, settings, vectors, events_known({**told, 2: same_days})).story_id is None
    )


def test_a_report_of_the_same_victims_joins_on_fewer_words_within_days():
    settings = replace(default(), join_harmed=0.05)
    brief, index, vectors = weak_match("2020-01-04")
    four = EventFacts(harmed=frozenset({"injured:4"}))
    assert place(brief, index, settings, vectors).story_id is None
    assert place(brief, index, settings, vectors, events_known({1: four, 2: four})).story_id == 10
    later = replace(brief, published="2020-02-04")  # weeks later: words must say more
    assert place(later, index, settings, vectors, events_known({1: four, 2: four})).story_id is None


def test_the_same_victims_counted_outweigh_another_day_told():
    """An arrest report whose event day was read as the arrest's still counts the
    victims of the shooting."""
    settings = replace(default(), event_days_apart=2, event_apart_below=0.9, harmed_over_day=2)
    template = ("shooting", "n_kessling", "overnight", "wounded", "hospital", "police")
    stored = [Member(1, 10, 10, "2020-01-03", (*template, "street"))]
    article = Article(2, "2020-01-05", (*template, "avenue"))
    vectors = Vectors({t: 2 for t in (*template, "street", "avenue")}, 100)
    index = MemberIndex(stored)
    toll = frozenset({"killed:1", "injured:6"})
    misread = events_known(
        {1: EventFacts("2020-01-03", harmed=toll), 2: EventFacts("2020-01-05", harmed=toll)}
    )
    assert place(article, index, settings, vectors, misread).story_id == 10
    one = events_known(
        {
            1: EventFacts("2020-01-03", harmed=frozenset({"killed:2"})),
            2: EventFacts("2020-01-05", harmed=frozenset({"killed:2"})),
        }
    )
    assert place(article, index, settings, vectors, one).story_id is None


def test_one_victims_age_in_common_outweighs_another_day_told():
    """By default one telling fact in common (an age, a count of two or more) is enough."""
    brief, index, vectors = weak_match("2020-01-05")  # 0.12 alike: joins by the victims
    aged = frozenset({"age:14"})
    told = {1: EventFacts("2020-01-03", harmed=aged), 2: EventFacts("2020-01-05", harmed=aged)}
    assert default().harmed_over_day == 1
    assert place(brief, index, default(), vectors, events_known(told)).story_id == 10
    two = replace(default(), harmed_over_day=2)
    assert place(brief, index, two, vectors, events_known(told)).story_id is None


def test_an_arrest_days_later_joins_by_the_place_the_victims_and_a_name_of_its_own():
    """An arrest's report ten days on, dated by the arrest, gives the shooting's place, the
    victim's age and the street; weeks are its window, not years (one city's toll recurs)."""
    settings = replace(default(), join_harmed_later=0.1, event_days_apart=2, event_apart_below=0.9)
    arrest, index, vectors = weak_match("2020-01-13")
    street = ("n_dorsey_avenue",)
    named = MemberIndex([replace(index.members[0], terms=(*index.members[0].terms, *street))])
    arrest = replace(arrest, terms=(*arrest.terms, *street))
    vectors = Vectors({**vectors.frequency, "n_dorsey_avenue": 2}, 100)
    told = {1: EventFacts("2020-01-03", "kessling", harmed=frozenset({"age:14"}))}
    mine = EventFacts("2020-01-12", "kessling", harmed=frozenset({"age:14"}))
    assert same_victims_there(mine, told.values())
    assert not same_victims_there(replace(mine, place="dorsey"), told.values())
    assert not same_victims_there(replace(mine, harmed=frozenset({"killed:1"})), told.values())
    # A round-up of the city's later day shares one age with the story among many of its
    # own: not the same victims.
    round_up = replace(mine, harmed=frozenset({"age:14", "age:20", "age:22", "hit:20"}))
    assert not same_victims_there(round_up, told.values())
    assert same_victims_there(replace(mine, harmed=frozenset({"age:14", "hit:2"})), told.values())
    assert place(arrest, named, settings, vectors, events_known({**told, 2: mine})).story_id == 10
    elsewhere = replace(mine, place="dorsey")
    assert (
        place(arrest, named, settings, vectors, events_known({**told, 2: elsewhere})).story_id
        is None
    )
    unnamed = replace(arrest, terms=arrest.terms[:-1])
    assert (
        place(unnamed, named, settings, vectors, events_known({**told, 2: mine})).story_id is None
    )
    months = replace(arrest, published="2020-06-13")
    assert place(months, named, settings, vectors, events_known({**told, 2: mine})).story_id is None


def test_grouping_reads_a_place_written_with_or_without_full_stops_as_one():
    """ "St. Charles" and "St Charles" (an outlet's style) are one place to grouping;
    conflict finding's own reading (`facts_of`) keeps the claims' spelling."""
    from workbench.stories.event_reading import one_spelling

    dotted = EventFacts("2017-03-10", "st. charles", "kane co.", frozenset({"d.c."}))
    plain = EventFacts("2017-03-10", "st charles")
    assert not dotted.same_place(plain)
    events = Events(None, {1: dotted})
    read = events.of([(1, None)])[1]
    assert read.same_place(plain)
    assert (read.place, read.container, read.named) == ("st charles", "kane co", {"d c"})
    assert one_spelling(plain) is plain
