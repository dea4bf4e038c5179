"""A headline's bare number with its state, hung by the parser on a noun further on, and the
tallies of deaths over a period (a first death of the year, a number of suicides or
homicides over a year): counts of several events, marked so, never set against this one's.

Sentences and headlines written here (none copied from a corpus); four cases fail on the
extractor before these rules (EXTRACTOR 549), the guards pass on both."""

from __future__ import annotations

import pytest
from claim_builders import article_claims, counts

from workbench.claims import extract_claims
from workbench.models import Source


def _title_counts(title: str) -> list[tuple[str, float, str | None]]:
    source = Source(1, "t", "Police are investigating.", "h", published="2021-05-02", title=title)
    found = extract_claims(source, [])
    return [(c.text, c.value["low"], c.role) for c in found if c.headline]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("3 dead after shooting at Riverside tavern", (3, "killed")),
        ("5 Injured in Oak Hill Shooting: Police", (5, "injured")),
    ],
)
def test_a_headlines_number_with_its_state_counts_no_noun_further_on(title, expected):
    found = [(v, r) for _, v, r in _title_counts(title)]
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two injured men walked into the emergency room.", (2, "injured")),
        ("At least four more people were wounded in the attack.", (4, "injured")),
    ],
)
def test_a_number_in_a_noun_phrase_keeps_its_noun(text, expected):
    assert expected in [(v, r) for _, v, r in counts(text)], counts(text)


def _tallies(*texts: str) -> list[tuple[str, float, str | None, bool]]:
    return [
        (c.text, c.value["low"], c.role, bool(c.value.get("tally"))) for c in article_claims(*texts)
    ]


def test_a_first_death_of_a_period_is_a_tally_of_one():
    found = _tallies("The town's first homicide of the year happened on Pine Road.")
    assert ("The town's first homicide", 1, "killed", True) in found, found


def test_a_first_victim_with_no_period_is_no_tally():
    found = _tallies("The first victim was found in the kitchen.")
    assert not any(t for *_, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "There were four suicides at the county jail last year.",
        "The county has recorded 31 homicides this year.",
    ],
)
def test_a_number_of_deaths_each_its_own_event_over_a_period_is_a_tally(text):
    found = _tallies(text)
    assert [(r, t) for _, _, r, t in found] == [("killed", True)], found


def test_deaths_of_one_night_stay_the_events():
    found = _tallies("Two homicides on Friday night left the block shaken, police said.")
    assert not any(t for *_, t in found), found
