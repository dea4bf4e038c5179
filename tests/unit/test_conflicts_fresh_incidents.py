"""What the finder's ninth-session rules set aside, found on the judged pool of fresh incidents.

Each rule is general (another thing's place, another moment's day, a subgroup, one night
around midnight, the gunman counted among the dead); each test also says what still
disputes, so a rule cannot quietly swallow real disagreements.
"""

from __future__ import annotations

from figure_builders import count, source

from workbench.findings.care import dead_in_a_condition, told_by_care
from workbench.findings.conflicts import find_findings
from workbench.findings.event_facts import another_event, off_event
from workbench.findings.night import hour_told, one_night
from workbench.models import Claim
from workbench.stories.events import EventFacts


def _place(sid: int, name: str, kind: str | None = None) -> Claim:
    return Claim(
        id=f"p{sid}{name}",
        source_id=sid,
        kind="place",
        text=name,
        start=0,
        end=len(name),
        sentence=f"It happened in {name}.",
        value={"name": name, "type": kind},
    )


def _day(text: str, day: str) -> Claim:
    return Claim(
        id=f"d{text}",
        source_id=1,
        kind="date",
        text=text,
        start=0,
        end=len(text),
        sentence=f"The shooting happened {text}.",
        value={"start": day, "end": day, "granularity": "day", "resolved": True},
    )


ELMIRA = EventFacts(day="2016-06-12", place="elmira", container="chemung county")
HORSEHEADS = EventFacts(day="2016-06-12", place="horseheads")


def test_a_town_other_than_its_texts_event_town_disputes_no_place():
    assert off_event(_place(1, "Harvey"), ELMIRA, HORSEHEADS)  # a victim's home town
    assert not off_event(_place(1, "Elmira"), ELMIRA, HORSEHEADS)  # its own event's town
    # A finer place may lie within the event's town: compared as before.
    assert not off_event(_place(1, "Kellston", "district"), ELMIRA, HORSEHEADS, False)


def test_a_place_the_other_text_places_its_event_in_too_disputes_nothing():
    quarter = EventFacts(day="2016-06-12", place="old west end", container="elmira")
    assert off_event(_place(1, "Elmira"), ELMIRA, quarter)


def test_a_day_other_than_its_texts_event_day_disputes_no_day():
    assert off_event(_day("Friday", "2016-06-14"), ELMIRA, HORSEHEADS)  # the arrest's day
    assert not off_event(_day("Sunday", "2016-06-12"), ELMIRA, HORSEHEADS)


def test_a_span_that_does_not_hold_its_texts_event_day_disputes_no_day():
    """ "This weekend" read as the coming week in a Monday report that tells its shooting
    "early Sunday" (the app walk's records 94 and 95): a misread, or another moment's
    week; a week holding the day, or a year (when a factory opened), is compared."""
    week = _day("this weekend", "2016-06-13")
    week.value.update(end="2016-06-19", granularity="week")
    assert off_event(week, ELMIRA, HORSEHEADS)
    week.value.update(start="2016-06-06", end="2016-06-12")
    assert not off_event(week, ELMIRA, HORSEHEADS)
    year = _day("in 1998", "1998-01-01")
    year.value.update(end="1998-12-31", granularity="year")
    assert not off_event(year, ELMIRA, HORSEHEADS)


def test_the_small_hours_of_the_next_day_are_one_night_but_two_evenings_are_not():
    assert one_night(_day("Saturday", "2015-07-04"), _day("early Sunday morning", "2015-07-05"))
    assert not one_night(_day("Friday evening", "2015-12-11"), _day("Saturday night", "2015-12-12"))
    # The lead's rule (labels README): a night dated by its evening's day, the next day
    # told plainly, is one night too.
    assert one_night(_day("late Tuesday night", "2016-05-10"), _day("May 11", "2016-05-11"))
    assert one_night(_day("last night", "2016-10-29"), _day("Sunday", "2016-10-30"))
    # Two days told plainly, or a morning after the day before, still dispute.
    assert not one_night(_day("Wednesday", "2017-01-18"), _day("Thursday", "2017-01-19"))
    assert not one_night(_day("Wednesday", "2017-01-18"), _day("Thursday morning", "2017-01-19"))
    assert not one_night(_day("late Tuesday night", "2016-05-10"), _day("May 12", "2016-05-12"))


def test_the_time_of_day_is_parsed_not_listed():
    assert hour_told(_day("Tuesday night", "2016-05-10")) == 20  # dateparser's night
    assert hour_told(_day("Tuesday evening", "2016-05-10")) == 18
    assert hour_told(_day("late Tuesday", "2016-05-10")) == 23
    assert hour_told(_day("early Wednesday", "2016-05-11")) == 3
    assert hour_told(_day("May 11", "2016-05-11")) is None


def test_a_count_dated_over_a_week_before_its_event_or_to_a_year_is_another_events():
    earlier = count(1, "injured", 5, "five people")
    earlier.event_date, earlier.event_date_basis = "2015-12-03", "text"
    assert another_event(earlier, EventFacts(day="2016-02-07"))
    toll = count(1, "killed", 700, "700 homicides")
    toll.event_date, toll.event_date_basis = "2016", "text"
    assert another_event(toll, EventFacts(day="2016-11-16"))
    sequel = count(1, "killed", 1, "Amiyah")
    sequel.event_date, sequel.event_date_basis = "2016-10-25", "text"
    assert not another_event(sequel, EventFacts(day="2016-10-29"))  # a hearing's report


def test_a_whole_smaller_than_half_its_own_sources_part_is_a_subgroup():
    sources = [source(1), source(2)]
    claims = [
        count(1, "hit", 12, "12 people"),
        count(2, "hit", 4, "4 other victims"),  # taken to one hospital
        count(2, "injured", 11, "11 others"),
        count(2, "killed", 1, "1 woman"),
    ]
    conflicts, _ = find_findings(claims, sources)
    assert not [c for c in conflicts if c.role == "hit"]


def test_the_dead_including_the_gunman_do_not_dispute_his_victims():
    sources = [source(1), source(2)]
    headline = "Police: 5 dead, including gunman, in Georgia shooting"
    claims = [
        count(1, "killed", 5, "5 dead", sentence=headline),
        count(2, "killed", 4, "4 people"),
    ]
    assert find_findings(claims, sources)[0] == []
    claims = [count(1, "killed", 5, "5 dead", sentence=headline), count(2, "killed", 3, "3")]
    assert [c.role for c in find_findings(claims, sources)[0]] == ["killed"]
    # The gunman counted among the dead is none of the hurt counted after them.
    told = "Six people were killed, including the suspect, and four people were injured."
    claims = [
        count(1, "injured", 4, "four people", sentence=told),
        count(2, "injured", 3, "three people"),
    ]
    assert [c.role for c in find_findings(claims, sources)[0]] == ["injured"]


def test_a_group_told_with_others_beside_the_people_counted_does_not_dispute_them():
    sources = [source(1), source(2)]
    group = {"parts": [5, 1], "whole": 6}
    told = "five adults and an unborn child"
    claims = [
        count(1, "killed", 6, told, sentence=f"{told} were killed.", group=group),
        count(2, "killed", 5, "five people"),
    ]
    assert find_findings(claims, sources)[0] == []
    # A count that is none of the group's parts still disputes it.
    claims = [
        count(1, "killed", 6, told, sentence=f"{told} were killed.", group=group),
        count(2, "killed", 4, "four people"),
    ]
    assert [c.role for c in find_findings(claims, sources)[0]] == ["killed"]


def test_a_count_told_by_its_condition_is_at_least_those_not_a_rival_total():
    sources = [source(1), source(2)]
    critical = "Two of the victims are in critical condition."
    claims = [
        count(1, "injured", 5, "five people"),
        count(2, "injured", 2, "Two of the victims", sentence=critical),
    ]
    assert told_by_care(claims[1]) and not told_by_care(claims[0])
    assert find_findings(claims, sources)[0] == []
    # More in a condition than the other report's whole still disputes it.
    claims = [
        count(1, "injured", 2, "two people"),
        count(
            2, "injured", 5, "five victims", sentence="The five victims are in stable condition."
        ),
    ]
    assert [c.role for c in find_findings(claims, sources)[0]] == ["injured"]


def test_a_count_told_by_the_harms_degree_is_at_least_those_not_a_rival_total():
    """ "Two were critically wounded" beside "three wounded": those so hurt are some of the
    hurt (the adverb of a condition's adjective); more of them than a whole still dispute."""
    sources = [source(1), source(2)]
    degree = "Two people were critically wounded."
    claims = [
        count(1, "injured", 3, "three people"),
        count(2, "injured", 2, "Two people", sentence=degree),
    ]
    assert told_by_care(claims[1])
    assert find_findings(claims, sources)[0] == []
    claims = [
        count(1, "injured", 1, "one person"),
        count(2, "injured", 4, "Four people", sentence="Four people were seriously hurt."),
    ]
    assert [c.role for c in find_findings(claims, sources)[0]] == ["injured"]
    plain = count(1, "injured", 2, "Two people", sentence="Two people were also wounded.")
    assert not told_by_care(plain)


def test_a_count_taken_to_hospital_is_told_by_care_through_the_roles_data():
    taken = count(1, "injured", 3, "three people", sentence="Three people were taken to hospital.")
    taken.value["predicate"] = "take"
    assert told_by_care(taken)
    wounded = count(1, "injured", 3, "three people", sentence="Three people were wounded.")
    wounded.value["predicate"] = "wound"
    assert not told_by_care(wounded)
    dead = count(
        1, "killed", 1, "One man", sentence="One man is dead and two in critical condition."
    )
    assert not told_by_care(dead)  # nobody is dead in a condition


def test_a_count_whose_why_records_a_verb_of_care_is_told_by_care():
    """ "One was treated at the scene": the number word's claim keeps its predicate only in
    its `why`."""
    one = count(1, "injured", 1, "One", sentence="One was treated at the scene.")
    one.value["why"] = "“One” (passive treat)"
    assert told_by_care(one)
    one.value["why"] = "“One” (passive wound)"
    assert not told_by_care(one)


def test_people_told_of_what_the_sentence_speaks_of_are_at_least_those():
    """ "The identities of three victims killed" (the claims' `of_noun`: identity) beside
    five killed: those named so far, at least three, no rival total; more such people than
    the other report's whole still dispute it."""
    sources = [source(1), source(2)]
    named = "The identities of three victims killed were released."
    claims = [
        count(1, "killed", 5, "Five people"),
        count(2, "killed", 3, "three victims", sentence=named),
    ]
    claims[1].value["of_noun"] = "identity"
    assert find_findings(claims, sources)[0] == []
    claims[0] = count(1, "killed", 2, "Two people")
    assert [c.role for c in find_findings(claims, sources)[0]] == ["killed"]


def test_shares_of_two_named_wholes_dispute_nothing_but_of_one_whole_they_do():
    from conflict_builders import qty, run

    def share(sid, value, subject, sentence):
        text = f"{value} percent"
        return qty(sid, text, sentence, value, unit="%", action="be down", subject=subject)

    thefts = share(1, 12, "thefts", "Thefts are down 12 percent this spring.")
    crime = share(2, 3, "overall crime", "Overall crime was down 3 percent in the county.")
    assert [c for c in run([thefts, crime])[0] if c.kind == "quantity"] == []
    turnout = share(1, 40, "turnout", "Turnout was down 40 percent.")
    again = share(2, 65, "turnout", "Turnout was down 65 percent.")
    assert [c.kind for c in run([turnout, again])[0]] == ["quantity"]


def test_a_zero_of_a_qualified_noun_is_none_of_those_not_none_at_all():
    """ "No major injuries" beside "treated for minor injuries": none of the so qualified,
    both can hold; a plain zero still disputes one hurt."""
    sources = [source(1), source(2)]
    minor = "The boy was treated for minor injuries."
    for zero, disputed in (("no major injuries", False), ("no injuries", True)):
        claims = [
            count(1, "injured", 1, "The boy", sentence=minor, implicit=True),
            count(2, "injured", 0, zero, sentence=f"There were {zero}."),
        ]
        assert bool(find_findings(claims, sources)[0]) is disputed


def test_a_count_of_the_dead_whose_clause_puts_them_in_a_condition_is_misread():
    """ "Still in hospital are three victims in critical condition", read as dead because
    the article counts as many dead elsewhere: nobody dead is in a condition, so it is no
    figure of the dead against another report's five."""
    sources = [source(1, "2017-01-07"), source(2, "2017-01-07")]
    critical = "Still in hospital are three victims in critical condition."
    claims = [
        count(1, "killed", 3, "three victims", noun="victims", sentence=critical),
        count(2, "killed", 5, "five people"),
    ]
    assert dead_in_a_condition(claims[0]) and not dead_in_a_condition(claims[1])
    assert find_findings(claims, sources)[0] == []
    claims[0] = count(1, "killed", 3, "three victims", noun="victims")
    assert [c.role for c in find_findings(claims, sources)[0]] == ["killed"]
