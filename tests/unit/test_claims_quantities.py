"""Quantities: hedges, ranges, vague counts, units, and the numbers that are not claims."""

from __future__ import annotations

import pytest

from workbench.claims.quantities import find_quantities


def one(text):
    found = find_quantities(text, [])
    assert len(found) == 1, [(text[q.start : q.end], q.value) for q in found]
    q = found[0]
    return text[q.start : q.end], q.value


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Police arrested 1,200 people.", 1200, 1200),
        ("Twenty-seven people died.", 27, 27),
        ("Around two dozen men fled.", 22, 26),
        ("More than 60 countries agreed.", 61, None),
        ("At least 15 soldiers were killed.", 15, None),
        ("Up to 30,000 people fled.", 0, 30000),
        ("Fewer than 10 people came.", 0, 9),
        ("Nearly 300 homes burned.", 270, 299),
        ("Between 20 and 30 people were hurt.", 20, 30),
        ("Some 20-30 people were hurt.", 20, 30),
        ("Dozens of officers were detained.", 24, 99),
        ("Several thousand people marched.", 3000, 9000),
        ("Half a dozen cars burned.", 6, 6),
        ("1.5 million people voted.", 1_500_000, 1_500_000),
        ("Fifty or so people waited.", 45, 55),
    ],
)
def test_counts_become_intervals(text, low, high):
    _, value = one(text)
    assert (value["low"], value["high"]) == (low, high)
    assert value["unit"] is None


def test_exact_only_without_hedge_range_or_vagueness():
    assert one("27 people were detained.")[1]["exact"] is True
    assert one("About 27 people were detained.")[1]["exact"] is False


@pytest.mark.parametrize(
    ("text", "unit", "low"),
    [
        ("Turnout was 67.4 percent.", "%", 67.4),
        ("Support fell 6 percentage points.", "pp", 6),
        ("The deal is worth $1.2bn.", "USD", 1_200_000_000),
        ("It cost €20 million.", "EUR", 20_000_000),
        ("They spent 50 billion pounds.", "GBP", 50_000_000_000),
        ("The ship weighed 12 tonnes.", "kg", 12000),
        ("The trip took three hours.", "s", 10800),
    ],
)
def test_units_and_currencies_convert_to_one_base_unit(text, unit, low):
    _, value = one(text)
    assert value["unit"] == unit
    assert value["low"] == pytest.approx(low)


def test_a_measure_in_two_units_is_one_quantity_in_the_base_unit():
    span, value = one("They were caught 3 kilometers (2 miles) from the palace.")
    assert span == "3 kilometers (2 miles)"
    assert value["low"] == value["high"] == 3000 and value["unit"] == "m"
    assert value["given"] == {"low": 3, "high": 3, "unit": "kilometers"}


def test_the_counted_noun_is_lemmatised_through_adjectives():
    assert one("Dozens of Venezuelan military officers were detained.")[1]["counted"] == "officer"
    assert one("Several heavily armed men appeared.")[1]["counted"] == "man"
    assert one("Hundreds burning piles of trash.")[1]["counted"] is None


@pytest.mark.parametrize(
    "text",
    [
        "He began his second term in 2019.",
        "Maria, a 36-year-old teacher, spoke.",
        "The president, 64, spoke.",
        "The Boeing 737 landed.",
        "Covid-19 spread fast.",
        "The F-16 jets arrived.",
        "Brazil won 3-1.",
        "A few hours earlier, the group left.",
        "One of the men spoke.",
        "The 5G network failed.",
    ],
)
def test_years_ordinals_ages_names_scores_and_relative_times_are_not_quantities(text):
    assert find_quantities(text, []) == []


def test_masked_spans_are_skipped():
    text = "On March 3, 40 people died."
    spans = find_quantities(text, [(3, 10)])
    assert [text[q.start : q.end] for q in spans] == ["40 people"]
