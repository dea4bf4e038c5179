"""A headline's lists of persons with a comma for "and": the persons before a shared harm
state ("2 men, 3 women shot"), and the persons listed after a harmed object ("killing wife
and four daughters", "shooting self, girl"), are one group whose whole is counted.

Headlines written here (none copied from a corpus)."""

from __future__ import annotations

import pytest
from claim_builders import headline_counts

from workbench.claims import extract_claims
from workbench.models import Source


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("3 men, 2 women shot in Fairview, police say", (5, "hit")),
        ("Police: 5 adults, 1 child shot outside Elm Street market", (6, "hit")),
        ("Girl, 3 men injured in Riverside shootings Sunday", (4, "injured")),
        ("3 deputies, man injured in Oak County shootout", (4, "injured")),
        ("Suspect sought after player, 6 others hurt in bar shooting", (7, "injured")),
        ("3 men, woman, unborn child slain in backyard ambush", (5, "killed")),
        ("Shooting that left mother, 3 children dead was murder-suicide", (4, "killed")),
        ("Teen, 6-year-old shot in Millbrook", (2, "hit")),
        ("Harbor gunfire leaves 4 men, 1 woman wounded", (5, "injured")),
        ("5 people, including 3 teens, injured in Eastside shootout", (5, "injured")),
        ("Teen among 5 shot in Millbrook", (1, "hit")),
        # the persons listed after a harmed object share its harm
        ("Police hunt man suspected of killing wife and three sons", (4, "killed")),
        ("Man held in the killing of his wife, 3 sons in Lakeview", (4, "killed")),
        ("Boy charged after accidentally shooting self, friend in Westside", (2, "hit")),
        ("Trial set in ambush that killed 4, unborn child", (5, "killed")),
    ],
)
def test_persons_listed_with_commas_are_one_group(title, expected):
    found = headline_counts(title)
    assert expected in found, found


@pytest.mark.parametrize(
    "title",
    [
        "Girl, 4, shot in the leg on North Side",  # an age, no second person
        "Man kills wife, police say",  # the speaker, no victim
        "Man shoots woman, dog in Elmwood",  # an animal is no person
        "Witness saw father kill mother, shoot sister",  # a second clause, not a list
    ],
)
def test_no_group_where_the_comma_lists_no_persons_sharing_a_harm(title):
    found = headline_counts(title)
    assert all(value == 1 for value, _ in found), found


def test_a_count_ends_at_its_own_noun_before_the_later_parts():
    source = Source(
        1,
        "t",
        "Police are investigating.",
        "h",
        published="2021-05-02",
        title="3 deputies, man injured in Oak County shootout",
    )
    found = [(c.text, c.value["low"]) for c in extract_claims(source, []) if c.headline]
    assert ("3 deputies", 3) in found and ("3 deputies, man", 4) in found, found
