"""Holidays read as days (`claims.holidays`): by rule of the calendar, against the
publication date, and only where a day is meant."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.claims.dates import find_dates

PUBLISHED = date(2016, 3, 10)


def _days(text: str, published: date | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(d.kind, d.value.get("start")) for d in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A clerk was robbed on Christmas Eve near the depot.", "2015-12-24"),
        ("Gunfire broke out early Easter Sunday behind the church.", "2015-04-05"),
        ("Neighbours heard shots during the Fourth of July fireworks.", "2015-07-04"),
        ("A driver was hurt Thanksgiving night on the bypass.", "2015-11-26"),
        ("The fight started late on New Year's Eve.", "2015-12-31"),
        ("A Christmas Eve stabbing left one man hurt.", "2015-12-24"),
        ("Two men were stabbed on Memorial Day 2014 in the park.", "2014-05-26"),
        ("The store burned on Labor Day.", "2015-09-07"),
        ("A boy was hit by a car on Halloween.", "2015-10-31"),
    ],
)
def test_a_holiday_is_the_last_one_before_the_publication_unless_a_year_is_given(text, day):
    assert ("holiday", day) in _days(text)


def test_a_holiday_still_to_come_is_the_next_one():
    assert ("holiday", "2016-12-25") in _days("The family will gather again on Christmas.")


def test_a_holiday_on_the_publication_day_is_that_day():
    assert _days("The parade was held on Christmas Day.", date(2015, 12, 25)) == [
        ("holiday", "2015-12-25")
    ]


def test_a_holiday_named_as_a_thing_dates_nothing():
    assert _days("She went Christmas shopping after work.") == []
    assert _days("He wore a Halloween costume to the bar.") == []


def test_a_holiday_naming_an_occasion_is_not_the_day_of_what_happened_there():
    assert _days("The fight started at a New Year's Eve party.") == []


def test_a_holiday_without_a_publication_date_stays_unresolved():
    assert _days("The crash happened on Christmas Eve.", None) == [("holiday", None)]
