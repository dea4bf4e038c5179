"""Dates as people write them, resolved against the publication date (a Wednesday)."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.claims.date_forms import weekday_warning
from workbench.claims.dates import find_dates

WEDNESDAY = date(2016, 10, 12)


@pytest.mark.parametrize(
    ("text", "expression", "day"),
    [
        ("It happened the previous Wednesday.", "previous Wednesday", "2016-10-05"),
        ("They meet the following Wednesday.", "following Wednesday", "2016-10-19"),
        ("The trial starts in two weeks.", "in two weeks", "2016-10-26"),
        ("It opens two days from now.", "two days from now", "2016-10-14"),
        ("It happened on the 8th.", "the 8th", "2016-10-08"),
        ("It happened on the 18th.", "the 18th", "2016-09-18"),
        ("It happened on May twenty-nine.", "May twenty-nine", "2016-05-29"),
        ("It happened on 05-Aug-2016.", "05-Aug-2016", "2016-08-05"),
        ("It happened on 2016-10-16.", "2016-10-16", "2016-10-16"),
        ("On 06/24/2013 at 9:18 pm, a man was found dead.", "06/24/2013", "2013-06-24"),
        ("He was shot on 6/4/13 outside a bar.", "6/4/13", "2013-06-04"),
    ],
)
def test_the_day_an_expression_names(text, expression, day):
    found = {text[d.start : d.end]: d.value.get("start") for d in find_dates(text, WEDNESDAY)}
    assert found.get(expression) == day, found


def test_a_weekday_that_contradicts_its_date_is_shown():
    text = "On Monday, Oct. 12, 2016, police said."
    found = find_dates(text, WEDNESDAY)
    assert any(d.value.get("weekday_mismatch") == "Wednesday" for d in found)
    right = find_dates("On Monday, Oct. 10, 2016, police said.", WEDNESDAY)
    assert not any(d.value.get("weekday_mismatch") for d in right)


def test_a_weekday_that_contradicts_the_publication_date_is_shown():
    sunday = date(2016, 10, 16)
    found = find_dates("Police said yesterday (Sunday) that two men were shot.", sunday)
    assert {d.value.get("weekday_against") for d in found} == {"publication"}
    assert weekday_warning(found[0].value).endswith("the publication date may be wrong")
    fine = find_dates("Police said yesterday, Saturday, that two men were shot.", sunday)
    assert not any(d.value.get("weekday_mismatch") for d in fine)


def test_an_abbreviated_weekday_after_a_time_is_a_day_and_a_paper_is_not():
    found = find_dates("Deputies were called about 10 p.m. Sun. to a home.", date(2016, 10, 3))
    assert [d.value.get("start") for d in found] == ["2016-10-02T22:00", "2016-10-02"]
    assert find_dates("He reads the Sun. It is fine.", date(2016, 10, 3)) == []


def test_ordinals_and_weeks_that_are_not_days():
    assert find_dates("It was the 22nd homicide in the city.", WEDNESDAY) == []
    assert find_dates("The latest in a week that saw three shootings.", WEDNESDAY) == []


def test_the_day_of_the_telling_is_marked():
    found = find_dates("Two men were shot, police said Tuesday.", WEDNESDAY)
    assert found[0].value.get("telling") is True
    assert not find_dates("Two men were shot Tuesday.", WEDNESDAY)[0].value.get("telling")


def test_a_day_told_in_the_past_is_one_gone_by_and_a_block_is_not_a_year():
    july = date(2016, 7, 6)
    [shot] = find_dates("He was fatally shot Nov. 9 on the west side.", july)
    assert shot.value["start"] == "2015-11-09"
    [trial] = find_dates("The trial starts Nov. 9.", july)
    assert trial.value["start"] == "2016-11-09"
    assert find_dates("Police were called to the 1500 block of Main Street.", july) == []


def test_a_weekday_before_a_dated_day_is_that_day_not_last_week_s():
    text = "The shooting happened Saturday July 4, 2015 in the 2600 block."
    found = [(text[d.start : d.end], d.value.get("start")) for d in find_dates(text, WEDNESDAY)]
    assert found == [("Saturday July 4, 2015", "2015-07-04")]


def test_numbers_with_slashes_that_are_not_a_date():
    assert find_dates("The store is open 24/7 and 3/4 of it was hit.", WEDNESDAY) == []
    assert find_dates("Case 12/31/2016/44 was closed.", WEDNESDAY) == []
    found = find_dates("A date of 2/30/2015 does not exist.", WEDNESDAY)
    assert [(d.value["start"], d.value["resolved"]) for d in found] == [(None, False)]


def test_a_date_in_numbers_inside_parentheses_is_no_event_day():
    stamp = find_dates("(07/06/16) - A jury has been selected in the trial.", WEDNESDAY)
    birth = find_dates("Timothy Caston (DOB 07/19/98) was at his residence.", WEDNESDAY)
    told = find_dates("On 06/24/2013 a man was found dead.", WEDNESDAY)
    assert [d.value.get("telling") for d in stamp + birth + told] == [True, True, None]
