"""Which sentences go to the parser: the tight test parses only what can carry a claim."""

import pytest

from workbench.claims import roles
from workbench.claims.candidates import may_need_parse, needs_parse


@pytest.mark.parametrize(
    "text",
    [
        "Three people were at the bar.",  # a quantity
        "He did not survive.",  # a role's word
        "A man was gunned down outside.",  # every word of "gun down"
        "Wichita police said the bar opened in 2014.",  # an agency: the event's city
        "The Winston-Salem Police Department said the bar opened in 2014.",
        "Kansas City, Mo., police said the bar opened in 2014.",
        "The bar on Detroit's east side opened in 2014.",  # a city owning a place
        "Police said the family lost a child in 2014.",  # the bereaved: no cue holds them
        "Nobody knows.",  # a zero
        "The boy was taken to a hospital.",  # care: one injured, though no harm is named
        "She remains in stable condition.",
        "It happened on Aug. 3 at his father's house.",  # a happening dated: the event's day
        "The incident occurred around 2 a.m. Sunday.",
    ],
)
def test_sentences_that_can_carry_a_claim_are_parsed(text):
    rules = roles.default()
    assert needs_parse(text, rules) and may_need_parse(text, rules)


@pytest.mark.parametrize(
    "text",
    [
        "The store will face the street.",  # "face" of "face charges" alone
        "The store opened up again.",  # "up" of "round up" alone
        "The hearing is set for 10:30 a.m. on March 5, 2014.",  # numbers of a date only
        "Anyone with information should call 555-123-4567.",  # a phone number
        "Police said the bar opened in 2014.",  # an agency named by no place
        "Officers said the bar opened in 2014.",
        "The city said the bar opened in 2014.",  # an owned noun with no owner
    ],
)
def test_sentences_the_loose_test_passed_but_nothing_can_come_of_are_not(text):
    rules = roles.default()
    assert may_need_parse(text, rules) and not needs_parse(text, rules)


def test_a_happening_with_no_date_is_not_parsed_for_its_day():
    rules = roles.default()
    assert not needs_parse("It happened so fast.", rules)
    assert not may_need_parse("It happened so fast.", rules)
