"""Dates as people write them, resolved against the publication date (a Wednesday)."""

from __future__ import annotations

from datetime import date

import pytest

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
