"""Datelines and agencies name the event's town; the event's date and place per article."""

from __future__ import annotations

import pytest

from workbench.claims import extract_claims
from workbench.claims.datelines import cut_dateline, dateline
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
        ("MILLBROOK –", "Millbrook", None),  # alone on its line, the report below
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


@pytest.mark.parametrize("line", ["WKXY - Millbrook", "CRIME WATCH - TIPS OF THE WEEK"])
def test_a_credit_line_or_a_heading_with_no_prose_after_its_dash_is_no_dateline(line):
    assert dateline(line) is None
    assert dateline("MILLBROOK - It was chaos.") is not None


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


@pytest.mark.parametrize(
    ("opening", "name", "kind"),
    [
        ("ORCHARD >> The county task force is investigating a homicide.", "Orchard", "city"),
        ("BRANTLEY, Ala. (AP) Authorities say a boy was shot.", "Brantley", "city"),
        ("PINE COUNTY, Ala. (WXYZ) — The sheriff is investigating.", "Pine County", "county"),
    ],
)
def test_datelines_in_other_forms(opening, name, kind):
    found = dateline(opening)
    assert found is not None and found.value["name"] == name and found.value["type"] == kind


def test_an_outlet_without_a_dash_makes_a_dateline_only_after_capitals():
    assert dateline("Brantley, Ala. (AP) Authorities say a boy was shot.") is None


def test_a_dateline_the_sentence_splitter_cut_at_its_state_is_read_whole():
    text = "ASHGROVE, Ga. (AP) — Two men were shot and killed at an apartment on Friday."
    source, claims = _claims(text)
    assert event_of(claims, source.published).place == "Ashgrove"
    assert cut_dateline("ASHGROVE, Ga.", " (AP) — Two men were shot") is not None
    assert cut_dateline("Police said so.", " (AP) — Two men were shot") is None


@pytest.mark.parametrize(
    ("text", "container"),
    [
        (
            "PINE COUNTY, Ala. (WXYZ) — Five people were shot inside a club in the Cedar "
            "Valley early Sunday.\n\nThe Pine County Sheriff's Office is investigating.",
            "Pine County",
        ),
        (
            "ELMHURST, Calif. (AP) — County detectives are investigating the killings of two "
            "people in semi-rural Cedar Valley.\n\nThe valley is 15 miles south of Elmhurst.",
            "Elmhurst",
        ),
    ],
)
def test_a_dateline_contains_the_area_the_victims_were_shot_in(text, container):
    source, claims = _claims(text)
    event = event_of(claims, source.published)
    assert event.place == "Cedar Valley" and event.container == container


def test_a_cut_dateline_ends_at_its_state_and_an_outlet_runs_into_a_sentence():
    assert cut_dateline("DANNIKA --", " Police are looking for a man.") is None
    assert dateline("KOTV (CBS/AP) TULSA, Okla. - A hearing is set.") is None


def test_a_title_before_an_agency_noun_is_a_person_s_not_a_town():
    text = "Two men were shot, Senior Deputy Prosecutor Ann Cole told the court."
    _, claims = _claims(text)
    assert not [c for c in claims if c.kind == "place" and c.value["name"] == "Senior Deputy"]


def test_a_town_the_parser_tags_as_an_adjective_of_the_police_is_the_agency_s_town():
    # the small model reads "Ferndale" here as an adjective (JJ, amod) of "police"; the
    # article writes it as a name inside a sentence, and never in lower case
    text = (
        "Ferndale police said a man faces charges after a toddler shot himself on Monday. "
        "The boy is expected to recover, a spokesman for the city of Ferndale said."
    )
    assert _agency_towns(text) == ["Ferndale"]


def _agency_towns(text: str) -> list[str]:
    """The names of the article's places read from an agency ("Ferndale police")."""
    _, claims = _claims(text)
    return [c.value["name"] for c in claims if c.kind == "place" and c.value["cue"] == "agency"]


def test_a_capitalised_word_only_at_a_sentence_start_is_no_agency_s_town():
    text = (
        "Responding officers found two men shot on Monday. "
        "Officers responding to the call found a third man unhurt."
    )
    assert _agency_towns(text) == []


def test_a_town_the_parser_tags_as_a_common_noun_of_the_police_is_the_agency_s_town():
    # the small model reads "Chattanooga" at the sentence start as a common noun (NN,
    # compound) of "police"; the article writes it as a name inside a sentence
    text = (
        "Chattanooga police are investigating a shooting that sent a juvenile to the hospital. "
        "Anyone with information is asked to call Chattanooga police."
    )
    assert set(_agency_towns(text)) == {"Chattanooga"}


def test_a_town_of_a_plural_proper_noun_is_the_agency_s_town():
    # "Bluffs" is a plural proper noun (NNPS), "Council" hangs on it inside the name
    text = "The Council Bluffs Police Department said a 7-year-old boy was hit by a bullet."
    assert set(_agency_towns(text)) == {"Council Bluffs", "Council Bluffs Police"}


def test_a_word_capitalised_only_within_a_longer_name_is_no_agency_s_town():
    # "School" is capitalised inside a sentence only after "High", part of a school's name
    text = (
        "Students gathered outside of Arden Hill High School on Monday. "
        "School officials say two students were shot last week."
    )
    assert _agency_towns(text) == []


@pytest.mark.parametrize(
    "text", ["BRENNICK—A woman was shot Friday.", "BRENNICK –Metro police say a man was shot."]
)
def test_a_long_dash_touching_the_first_word_closes_a_dateline(text):
    found = dateline(text)
    assert found is not None and found.value["name"] == "Brennick"


def test_a_shouted_line_with_a_touching_dash_is_no_dateline():
    assert dateline("SHOTS FIRED—POLICE RESPOND") is None
