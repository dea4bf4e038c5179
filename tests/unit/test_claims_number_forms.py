"""Numbers as people write them: fractions, halves, negatives, scales, spaced thousands,
ranges and bounds in words, and a change that is not a range."""

from __future__ import annotations

import pytest

from workbench.claims.quantities import find_quantities


def first(text: str) -> dict:
    found = find_quantities(text, [])
    assert found, text
    return found[0].value


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Half a million people fled the coast.", 500_000, 500_000),
        ("One and a half million people voted.", 1_500_000, 1_500_000),
        ("Two thirds of the members agreed.", 0.666667, 0.666667),
        ("The pipe was 3/4 full.", 0.75, 0.75),
        ("Between ten and fifteen people were hurt.", 10, 15),
        ("Ten to fifteen people were hurt.", 10, 15),
        ("From 20 through 100 people came each day.", 20, 100),
        ("Greater than 100 and less than 300 people came.", 101, 299),
        ("The club has 10k members.", 10_000, 10_000),
        ("We counted 2.33 k visitors.", 2_330, 2_330),
        ("The city has 1 414 021 residents.", 1_414_021, 1_414_021),
        ("Up to 500 people attended.", 0, 500),
        ("More than 40 people came.", 41, None),
        ("At least 40 people came.", 40, None),
    ],
)
def test_the_interval_a_number_states(text, low, high):
    value = first(text)
    assert (value["low"], value["high"]) == (low, high)


def test_scales_on_money_include_trillions():
    value = first("The plan costs $2.2T over ten years.")
    assert value["low"] == 2.2e12 and value["unit"] == "USD"


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("It fell to -20C.", -20),
        ("It was minus 15 C.", -15),
        ("It was minus fifteen degrees.", -15),
        ("MARLOW (kxyz.com)--Three are dead after a fire.", 3),
        ("MARLOW -Three are dead after a fire.", 3),
        ("The gauge read --4 at noon.", 4),
    ],
)
def test_negatives(text, low):
    assert first(text)["low"] == low


def test_a_change_is_the_value_after_with_the_value_before():
    value = first("Prices rose from 40 to 75 dollars.")
    assert (value["low"], value["high"], value["from"]) == (75, 75, 40)
