"""Numbers that are not counts of anything: blocks, street numbers, phones, clock times."""

from __future__ import annotations

import pytest

from workbench.claims.quantities import find_quantities


@pytest.mark.parametrize(
    "text",
    [
        "Officers were called to the 4200 block of Maple Avenue.",
        "The bakery at 212 Main St. opened late.",
        "Anyone with information can call 555-123-4567.",
        "The alarm sounded at 2.13 am.",
        "It happened in the 1500 blocks west of the river.",
    ],
)
def test_addresses_phones_and_times_are_not_quantities(text):
    assert find_quantities(text, []) == []


def test_a_count_beside_an_address_is_still_a_count():
    found = find_quantities("Three people were shot in the 900 block of Oak Street.", [])
    assert [q.value["low"] for q in found] == [3]
