"""Dates and times resolved against the publication date, never against today."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.claims.date_resolve import fix_weekday, resolve_time
from workbench.claims.dates import find_dates

MONDAY = date(2019, 1, 21)


def one(text, published=MONDAY):
    found = find_dates(text, published)
    assert len(found) == 1, [(text[d.start : d.end], d.value) for d in found]
    return text[found[0].start : found[0].end], found[0].value


@pytest.mark.parametrize(
    ("text", "start", "granularity"),
    [
        ("They were detained early Monday.", "2019-01-21", "day"),
        ("Protests are planned for Wednesday.", "2019-01-23", "day"),
        ("He was sworn in on Jan. 10.", "2019-01-10", "day"),
        ("He was sworn in on January 10.", "2019-01-10", "day"),
        ("He was re-elected last May.", "2018-05-01", "month"),
        ("It happened in March 2017.", "2017-03-01", "month"),
        ("He died in 2013.", "2013-01-01", "year"),
        ("It happened three days ago.", "2019-01-18", "day"),
        ("The vote was on 4 July 2015.", "2015-07-04", "day"),
        ("They met last week.", "2019-01-14", "week"),
        ("The court rules on Feb. 2.", "2019-02-02", "day"),
        ("The arrests in a Nov., 2016 shooting.", "2016-11-01", "month"),
        ("It happened in November, 2016, at a party.", "2016-11-01", "month"),
    ],
)
def test_expressions_resolve_against_the_publication_date(text, start, granularity):
    _, value = one(text)
    assert value["resolved"] is True
    assert (value["start"], value["granularity"]) == (start, granularity)


def test_a_misspelt_weekday_is_still_that_weekday():
    assert fix_weekday("Wedmesday") == "wednesday"
    assert fix_weekday("Holiday") is None and fix_weekday("Yesterday") is None
    assert one("Protests are planned for Wedmesday.")[1]["start"] == "2019-01-23"


def test_a_local_time_with_its_gmt_twin_is_one_instant_in_utc():
    span, value = one("It said at around 2:50 a.m. (06:50 GMT), guardsmen moved.")
    assert span == "2:50 a.m. (06:50 GMT)"
    # No day in the sentence: left for the story to date, not put on the publication day.
    assert not value["resolved"] and value["local"] == "2:50 a.m."
    value = resolve_time(span, MONDAY, "story")
    assert value["start"] == value["end"] == "2019-01-21T06:50Z"
    assert value["local"] == "02:50" and value["day_basis"] == "story"


def test_a_time_takes_the_sentences_day_when_it_gives_one():
    found = find_dates("The blast came at 10:30 p.m. on Saturday.", MONDAY)
    assert [d.value["start"] for d in found] == ["2019-01-19T22:30", "2019-01-19"]


def test_vague_expressions_say_so():
    _, value = one("Soldiers defected in recent weeks.")
    assert value["resolved"] is False and value["granularity"] == "vague"
    assert "vague" in value["reason"]


def test_without_a_publication_date_relative_dates_stay_unresolved_with_a_reason():
    _, value = one("They were detained early Monday.", published=None)
    assert value["resolved"] is False and value["start"] is None
    assert "no publication date" in value["reason"]
    _, absolute = one("It happened in March 2017.", published=None)
    assert absolute["start"] == "2017-03-01"


def test_may_the_verb_is_not_a_month():
    assert find_dates("Officials said it may be weeks before power returns.", MONDAY) == []


def test_a_pages_posted_or_updated_stamp_is_a_telling_not_the_event():
    text = "Posted: Friday, May 6, 2016 9:10 PM EDT Updated: Saturday, May 7, 2016 8:00 AM EDT"
    found = find_dates(text, date(2016, 5, 7))
    assert found and all(d.value.get("telling") for d in found)
    (event,) = find_dates("Two men were shot Friday, May 6, 2016.", date(2016, 5, 7))
    assert not event.value.get("telling")


def test_a_day_owning_a_noun_after_said_is_the_noun_s_not_the_telling_s():
    (owner,) = find_dates("Police said Tuesday's shooting happened near 6 p.m.", MONDAY)[:1]
    assert owner.value["expression"] == "Tuesday" and not owner.value.get("telling")
    (told,) = find_dates("Police said Tuesday that two men were shot.", MONDAY)
    assert told.value.get("telling")


def test_an_ordinal_that_numbers_a_name_is_no_day_of_the_month():
    for text in ("He was shot in the 4th Ward last weekend.", "A club in the 18th & Vine area."):
        assert all(d.value["expression"] != "the 4th" for d in find_dates(text, MONDAY))
        assert all(d.value["expression"] != "the 18th" for d in find_dates(text, MONDAY))
    (day,) = find_dates("It happened on the 18th, police said.", MONDAY)
    assert day.value["start"] == "2019-01-18"


def test_a_day_told_with_a_short_past_verb_is_one_gone_by():
    # "died" is a past tense of four letters: a day without a year in its sentence is the
    # one gone by, not the nearest one months ahead.
    text = "Police said two men died after the April 27 shooting outside a church."
    _, value = one(text, date(2015, 10, 31))
    assert value["start"] == "2015-04-27"


def test_a_year_written_right_before_a_day_is_that_days_year():
    found = find_dates("He was convicted in the 2014 July 4 shooting.", date(2016, 6, 24))
    assert [d.value["start"] for d in found] == ["2014-01-01", "2014-07-04"]
    found = find_dates("It was used in the 2011 New Year's Eve slaying.", date(2016, 6, 24))
    assert found[-1].value["start"] == "2011-12-31"
    # A year set apart from the day by a comma is its own date.
    found = find_dates("In 2014, the July 4 parade was cancelled.", date(2016, 6, 24))
    assert found[-1].value["start"] != "2014-07-04"


def test_following_without_the_is_a_preposition_not_the_next_weekday():
    published = date(2017, 4, 6)  # a Thursday
    (told,) = find_dates("No report was taken following Saturday's shooting.", published)
    assert (told.value["expression"], told.value["start"]) == ("Saturday", "2017-04-01")
    (after,) = find_dates("He came back the following Monday.", published)
    assert after.value["expression"] == "following Monday"
