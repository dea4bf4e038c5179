"""A follow-up's event day: the calendar day its parse hangs on the event's act, not its
news's weekdays; and what the act's head is (`date_clauses.clause_of`'s `act_head`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from workbench.claims import extract_claims
from workbench.claims import roles as roles_data
from workbench.claims.date_clauses import clause_of
from workbench.claims.dates import find_dates
from workbench.claims.event import event_of
from workbench.ingest.sentences import split_sentences
from workbench.models import Source
from workbench.parse import parse_all


def _head(sentence: str, phrase: str) -> str | None:
    parse = parse_all([sentence])[sentence]
    found = next(
        d for d in find_dates(sentence, date(2021, 5, 4)) if d.start == sentence.find(phrase)
    )
    return clause_of(parse, found.start, found.end, roles_data.default()).get("act_head")


def _event_date(text: str, published: str) -> str | None:
    source = Source(id=1, file="t", text=text, content_hash="x", published=published)
    sentences = [replace(s, id=s.index) for s in split_sentences(text)]
    return event_of(extract_claims(source, sentences), source.published).date


def test_the_act_s_head_is_a_known_event_noun_a_verb_of_its_own_or_aside():
    assert _head("He was sentenced for the March 16 shooting.", "March 16") == "noun"
    assert _head("Four people were shot on April 27 near the park.", "April 27") == "verb"
    sentence = "It was the second on the block since a March 3 shooting that wounded a teen."
    assert _head(sentence, "March 3") == "aside"


def test_a_pronoun_that_happened_on_a_day_is_the_event_s_act():
    assert _head("It happened on Aug. 3 at his father's house in Detroit.", "Aug. 3") == "verb"
    assert _head("What happened Oct. 27 at his home was a tragedy.", "Oct. 27") == "verb"
    assert _head("It started on Aug. 3 with a phone call.", "Aug. 3") is None


@pytest.mark.parametrize(
    ("lede", "told", "day"),
    [
        # a follow-up: its news by weekdays, its event by the calendar day of the act
        (
            "A Millbrook man appeared in court Monday.",
            "He is charged in the March 16, 2020 shooting that killed two men outside a bar.",
            "2020-03-16",
        ),
        # a first report keeps its own day over an earlier shooting's calendar day
        (
            "Two men were shot and killed late Friday outside a bar on Elm Street.",
            "It was the second on the block since a March 3 shooting that wounded a teen.",
            "2021-04-30",
        ),
    ],
)
def test_a_follow_up_dates_its_event_by_the_calendar_day_of_the_act(lede, told, day):
    assert _event_date(f"{lede} {told}", "2021-05-04") == day


def test_a_weekday_six_days_before_the_page_s_date_gives_way_to_the_other_dates():
    # a page dated a Monday, written on after: its "Tuesday" is likelier the next day
    text = (
        "Police on Tuesday said the man who was shot Sunday has died. "
        "Officers found him Sunday night with wounds to his chest."
    )
    assert _event_date(text, "2021-05-03") == "2021-05-02"


def test_a_weekday_six_days_back_that_dates_the_act_itself_stays():
    text = "A man was shot and killed Tuesday outside a bar, police said."
    assert _event_date(text, "2021-05-03") == "2021-04-27"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a death's day, and the harm a span before it
        ("Rohan Levy died Thursday, three days after he was shot near Lenox Road.", "2021-04-26"),
        ("A man was arrested Thursday, a day after he shot his friend in the head.", "2021-04-28"),
        # a span before an arrest is no harm's
        ("A man died Thursday, two days after he was arrested on Elm Street.", "2021-04-29"),
    ],
)
def test_a_day_told_so_long_after_the_harm_dates_the_harm(text, day):
    assert _event_date(text, "2021-05-01") == day
