"""Datelines and agencies name the event's town; the event's date and place per article."""

from __future__ import annotations

import pytest

from workbench.claims import extract_claims
from workbench.claims.datelines import dateline
from workbench.claims.event import event_of
from workbench.ingest.sentences import split_sentences
from workbench.models import Source


@pytest.mark.parametrize(
    ("opening", "name", "container"),
    [
        ("MILLBROOK - A man was shot on Friday.", "Millbrook", None),
        ("FAIRVIEW, Ore. — Two people were hurt.", "Fairview", "Ore."),
        ("East Lindon (KXYZ) -- Police said", "East Lindon", None),
        ("MILTON TWP., Ohio - A boy was hurt.", "Milton Township", "Ohio"),
    ],
)
def test_a_dateline_opening_a_paragraph_is_a_place(opening, name, container):
    found = dateline(opening)
    assert found is not None and found.value["name"] == name
    assert found.value["container"] == container and found.value["dateline"]


@pytest.mark.parametrize(
    "opening", ["Man shot - police say he fled", "UPDATE 5:30 PM: more", "A - B testing"]
)
def test_headlines_and_updates_are_not_datelines(opening):
    assert dateline(opening) is None


def _claims(text: str, published: str = "2019-03-12"):
    source = Source(id=1, file="t", text=text, content_hash="x", published=published)
    return source, extract_claims(source, split_sentences(text))


def test_the_event_is_where_and_when_the_victims_are_counted():
    text = (
        "CEDAR FALLS, Iowa - A Waterloo man was shot and killed Sunday night outside a bar, "
        "Cedar Falls police said.\n\nHe was to appear in court in Des Moines on March 20."
    )
    source, claims = _claims(text)
    event = event_of(claims, source.published)
    assert event.place == "Cedar Falls"
    assert event.date == "2019-03-10" and event.date_basis == "text"


def test_a_city_s_police_names_the_town_when_no_dateline_does():
    text = "Two men were wounded in a shooting on Elm Street, Riverton police said Monday."
    source, claims = _claims(text)
    assert event_of(claims, source.published).place == "Riverton"


def test_a_city_s_police_chief_names_the_town():
    text = "Riverton Police Chief Ann Cole said two men were shot on Elm Street Monday."
    source, claims = _claims(text)
    assert event_of(claims, source.published).place == "Riverton"
