"""Periods (a weekend, the part of a year before the telling) and the counts told over them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from workbench.claims import extract_claims
from workbench.claims.date_periods import as_event_date
from workbench.claims.dates import find_dates
from workbench.claims.event import event_of
from workbench.findings.claim_views import period
from workbench.ingest.sentences import split_sentences
from workbench.models import Source

TUESDAY = date(2015, 8, 4)
SATURDAY = date(2016, 2, 13)
WEEKEND = "2016-02-05/2016-02-07"
EARLIER = "2016-01-01/2016-05-10"


def _period(text: str, published: date | None) -> tuple[str, dict]:
    found = [d for d in find_dates(text, published) if d.value.get("period")]
    assert len(found) == 1, [(text[d.start : d.end], d.value) for d in find_dates(text, published)]
    return text[found[0].start : found[0].end], found[0].value


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        # A Tuesday's "over the weekend": the Friday-Sunday just gone.
        ("Nine people were shot over the weekend.", TUESDAY, "2015-07-31", "2015-08-02"),
        ("Nine people were shot this past weekend.", TUESDAY, "2015-07-31", "2015-08-02"),
        ("Nine people were shot last weekend.", TUESDAY, "2015-07-31", "2015-08-02"),
        # Written on a Saturday, "last weekend" is the week before's; "this weekend" the
        # one under way.
        ("Eight others were injured last weekend.", SATURDAY, "2016-02-05", "2016-02-07"),
        ("Two were shot this weekend.", SATURDAY, "2016-02-12", "2016-02-14"),
        # Still to come: the coming one.
        ("A vigil will be held this weekend.", TUESDAY, "2015-08-07", "2015-08-09"),
        ("He was shot earlier this year.", TUESDAY, "2015-01-01", "2015-08-04"),
        ("He was shot earlier this month.", TUESDAY, "2015-08-01", "2015-08-04"),
        ("The trial opens later this month.", TUESDAY, "2015-08-04", "2015-08-31"),
    ],
)
def test_a_period_resolves_to_its_first_and_last_day(text, published, start, end):
    _, value = _period(text, published)
    assert value["resolved"] is True
    assert (value["start"], value["end"]) == (start, end)


def test_a_holiday_s_weekend_or_weekends_in_general_are_no_weekend_of_the_telling():
    assert not [d for d in find_dates("It happens on weekends.", TUESDAY) if d.value.get("period")]
    text = "Shootings rose over the Memorial Day weekend."
    assert not [d for d in find_dates(text, TUESDAY) if d.value.get("period") == "weekend"]


def test_without_a_publication_date_a_period_stays_unresolved():
    span, value = _period("Nine people were shot over the weekend.", None)
    assert span == "over the weekend"
    assert value["resolved"] is False and "no publication date" in value["reason"]


@pytest.mark.parametrize(
    ("value", "told"),
    [
        ({"start": "2016-02-07", "end": "2016-02-07", "granularity": "day"}, "2016-02-07"),
        ({"start": "2016-02-01", "end": "2016-02-29", "granularity": "month"}, "2016-02"),
        ({"start": "2016-01-01", "end": "2016-12-31", "granularity": "year"}, "2016"),
        ({"start": "2016-02-05", "end": "2016-02-07", "granularity": "week"}, WEEKEND),
        ({"start": "2016-01-01", "end": "2016-05-10", "granularity": "year"}, EARLIER),
    ],
)
def test_a_period_is_an_event_date_of_its_first_and_last_day(value, told):
    assert as_event_date(value) == told
    first, last = period(told) or (None, None)
    assert (str(first)[:7], str(last)[:7]) == (value["start"][:7], value["end"][:7])


def _claims(text: str, published: str):
    source = Source(id=1, file="t", text=text, content_hash="x", published=published)
    sentences = [replace(s, id=s.index) for s in split_sentences(text)]
    return extract_claims(source, sentences), source


def test_a_count_told_over_a_weekend_carries_the_weekend_not_a_day():
    text = (
        "Four people were shot early Monday in Brooklyn, police said. "
        "Across the city, 22 people were shot over the weekend."
    )
    claims, source = _claims(text, "2015-08-04")
    by_text = {c.text.split()[0]: c for c in claims if c.kind == "quantity"}
    assert by_text["22"].event_date == "2015-07-31/2015-08-02"
    assert by_text["22"].event_date_basis == "text"
    assert by_text["Four"].event_date == "2015-08-03"
    # The article's event stays the day its text gives.
    assert event_of(claims, source.published).date == "2015-08-03"


def test_a_count_takes_the_date_of_its_own_clause_from_the_parse():
    # Nearer in characters to the telling's day, nearer in the parse to its own clause's.
    text = "Police said Friday that 22 people were shot over the weekend."
    claims, _ = _claims(text, "2015-08-04")
    count = next(c for c in claims if c.kind == "quantity")
    assert count.event_date == "2015-07-31/2015-08-02"
    text = (
        "A man was charged Friday in the nightclub shooting that left two people dead "
        "and eight others injured last weekend."
    )
    claims, _ = _claims(text, "2016-02-13")
    eight = next(c for c in claims if c.kind == "quantity" and c.text.startswith("eight"))
    assert eight.event_date == WEEKEND


def test_a_follow_up_dates_its_event_by_a_day_inside_the_weekend_its_lede_tells():
    # The lede's day is the arraignment's; the day inside its weekend is the shooting's.
    text = (
        "Two teens were arraigned Tuesday in a shooting that wounded three people over "
        "the weekend.\n\n"
        "Police say the teens opened fire during a family gathering on Elm Street "
        "Saturday night."
    )
    claims, source = _claims(text, "2016-09-06")
    assert event_of(claims, source.published).date == "2016-09-03"


def test_a_lede_that_dates_the_act_keeps_its_day_over_a_weekend_it_names():
    text = (
        "Five people were shot Thursday night on the block where six more have been "
        "wounded since last weekend.\n\n"
        "Two more people were shot in another attack early Sunday."
    )
    claims, source = _claims(text, "2016-07-21")
    assert event_of(claims, source.published).date == "2016-07-21"
