"""Titles of stories whose articles' claims name no place but their headings do, and
headings' capitals that are no place (titles 15)."""

from __future__ import annotations

from workbench.stories.settings import default
from workbench.stories.title_towns import typed_town_names
from workbench.stories.titles import PlaceMention, TitleMaterial, story_title

TYPED = typed_town_names(
    [
        ("Dunmore", "city", "in"),
        ("Pellam", "county", "noun"),
        ("ONE", "city", "dateline"),
        ("Custody", None, "in"),  # only after "in": no town's type
        ("Kessling", "agency", "agency"),
    ]
)


def _page(heading: str, lead: str = "", *places: PlaceMention) -> TitleMaterial:
    return TitleMaterial(heading, lead, "2020-01-04", list(places))


def test_the_database_s_typed_towns_are_datelines_and_typed_names_only():
    assert {"dunmore", "dunmore city", "pellam", "pellam county", "one", "one city"} == TYPED


def test_a_page_that_lost_its_article_is_titled_by_the_town_its_heading_names():
    """Its claims are its heading's, and headings give no place claim: the title had no
    place at all (walk27)."""
    lost = [
        _page("Dunmore toddler dies after argument between relatives"),
        _page("Police accuse woman of shooting toddler in Dunmore - The Daily Record"),
    ]
    assert story_title(lost, default(), typed_towns=TYPED) == "shooting · Dunmore · 2020-01-04"
    county = [_page("Boy, 3, shot in Pellam County home")]
    assert story_title(county, default(), typed_towns=TYPED) == (
        "shooting · Pellam County · 2020-01-04"
    )


def test_a_heading_s_capitals_that_are_no_town_name_none():
    for heading in (
        "One shot outside a bar",  # a number opening the heading
        "Ann Dunmore shot outside a bar",  # a surname after a given name
        "Dunmore Grill owner shot",  # the first word of a longer name
        "Boy shot, no one in custody",
    ):
        assert story_title([_page(heading)], default(), typed_towns=TYPED) == (
            "shooting · 2020-01-04"
        ), heading


def test_a_place_claim_of_the_text_comes_before_the_heading_s_town():
    street = PlaceMention("Orchard Street", "street", "at", True, "Orchard Street")
    page = _page("Man shot in Dunmore", "A man was shot at Orchard Street.", street)
    assert story_title([page], default(), typed_towns=TYPED) == (
        "shooting · Orchard Street · 2020-01-04"
    )


def test_a_word_a_heading_capitalises_after_a_capital_preposition_is_no_place():
    """ "No One In Custody": a line cased as a heading; prose writes "in custody"."""
    custody = PlaceMention("Custody", None, "in", True, "Custody")
    town = PlaceMention("Dunmore", "city", "dateline", False, "DUNMORE")
    lead = "Motive For Shooting Unknown; No One In Custody\n\nDUNMORE - Two men were shot."
    page = _page("Two shot in Dunmore", lead, custody, town)
    assert story_title([page], default()) == "shooting · Dunmore · 2020-01-04"
    prose = PlaceMention("Dunmore", None, "in", True, "Dunmore")
    lead = "Shooting In Dunmore\n\nA boy was shot on Elm Street in Dunmore on Friday."
    assert story_title([_page("Boy shot", lead, prose)], default()) == (
        "shooting · Dunmore · 2020-01-04"
    )


def test_an_agency_of_no_town_is_no_place():
    """ "taken by the Fire Department": the agency's name holds no town."""
    fire = PlaceMention("Fire", "agency", "agency", True, "Fire")
    street = PlaceMention("Hope Street", "street", "on", False, "Hope Street")
    page = _page("Police logs", "He was taken by the Fire Department.", fire, street)
    assert story_title([page], default()) == "fire · 2020-01-04"  # its kind, not its place
