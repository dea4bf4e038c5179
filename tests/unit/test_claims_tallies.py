"""A rank of a tally to date is a count of that many, marked as more events' than this one.

Sentences written here in the style of local news (none copied from a corpus)."""

from __future__ import annotations

import pytest

from workbench.claims import extract_claims
from workbench.findings.screening import elsewhere
from workbench.models import Sentence, Source
from workbench.stories.events import facts_of
from workbench.vocabulary import default as vocabulary


def _claims(text: str):
    source = Source(id=1, file="t", text=text, content_hash="x", published="2021-05-04")
    found = extract_claims(source, [Sentence(1, 1, 0, 0, 0, len(text), text)])
    return [c for c in found if c.kind == "quantity"]


def _read(text: str) -> list[tuple[str | None, float, bool]]:
    return [(c.role, c.value["low"], bool(c.value.get("tally"))) for c in _claims(text)]


def test_a_ranked_death_told_again_is_the_tally_to_date():
    assert _read("Police said the killing was the county's 14th homicide.") == [
        ("killed", 14, True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The shooting marked the 12th homicide in the city this year.",
        "It was the town's 12th homicide of the year.",
    ],
)
def test_a_ranked_death_is_only_the_tally_never_one_death_of_the_event(text):
    assert _read(text) == [("killed", 12, True)], _read(text)


def test_a_persons_own_ranked_deed_is_no_tally_read_here():
    assert not _read("It was his second murder in a year.")


def test_a_person_ranked_in_a_role_over_a_period_is_the_tally_to_date():
    found = _read("The woman was the 9th person shot and killed by deputies this year.")
    assert found == [("killed", 9, True)], found


def test_a_rank_that_orders_this_events_victims_is_no_tally():
    for text in ("The second victim was shot in the leg.", "A second victim was found dead."):
        assert not any(tally for _, _, tally in _read(text)), _read(text)


def test_a_rank_of_events_of_several_dead_is_no_tally_of_deaths():
    assert not _read("It was the fourth multiple-victim homicide in the city.")


def test_a_tally_is_no_figure_of_the_event_for_the_finder_or_the_stories():
    claim = _claims("Police said the killing was the county's 14th homicide.")[0]
    assert elsewhere(claim, vocabulary())
    assert not facts_of([claim], "2021-05-04").harmed
