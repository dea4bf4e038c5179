"""Big cities' parts and their containers, from the containment table
(`claims.place_containment`)."""

from __future__ import annotations

from workbench.claims.place_containment import (
    as_named,
    container_of,
    inside,
    known,
    nearest_container,
)


def test_a_part_is_in_its_city_only_when_the_article_names_the_city():
    assert container_of("Englewood", "Chicago police said two men were shot.") == "Chicago"
    assert container_of("Englewood", "Two men were shot in Englewood, N.J.") is None


def test_a_city_around_the_container_names_it_too():
    assert container_of("East Flatbush", "New York police said") == "Brooklyn"


def test_a_part_of_two_cities_is_the_named_one_s():
    assert container_of("Hyde Park", "Boston police said") == "Boston"
    assert container_of("Hyde Park", "Chicago police said") == "Chicago"


def test_the_page_s_web_address_may_name_the_city():
    address = "www.chicagotribune.com https://www.chicagotribune.com/news/local/x.html"
    assert container_of("Albany Park", "A man was shot.", address) == "Chicago"
    assert container_of("Albany Park", "A man was shot.", "www.wxyz.com") is None


def test_nesting_at_any_depth_and_other_names():
    assert inside("East Flatbush", "New York City")
    assert inside("Brooklyn", "NYC")
    assert not inside("Chicago", "Englewood")
    assert as_named("NYC") == "New York"
    assert as_named("Elmira") == "Elmira"
    assert known("the Bronx") and not known("Elmira")


def test_the_table_s_container_replaces_a_wider_or_a_county_one_not_another_city():
    text = "in Brooklyn; Chicago police; Boston police"
    assert nearest_container("Williamsburg", "New York", text) == "Brooklyn"
    assert nearest_container("Englewood", "Cook County", text) == "Chicago"
    assert nearest_container("Hyde Park", "Boston", text) == "Boston"
    assert nearest_container("Elmira", "Chemung County", text) == "Chemung County"


def test_a_side_of_a_part_is_in_the_part_s_city():
    # "North Austin": a part the table does not name, written as a side of one it does
    assert container_of("North Austin", "A girl was shot.", "abc7chicago.com") == "Chicago"
    assert container_of("North Austin", "A girl was shot.", "www.wxyz.com") is None
    assert container_of("Northern Austin", "A girl was shot.", "abc7chicago.com") is None
