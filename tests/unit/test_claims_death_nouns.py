"""A death told by a noun of the event ("after the killing", "police confirmed the death"):
killed 1, but not where the noun is a modifier, an attribute, a rank, meant, joined to
another event noun, or of an event the article counts more than one dead in.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims

from workbench.claims.mention_kinds import DEATH_NOUN_MARK

DEATH = "A 44-year-old man was shot dead outside a laundromat on Tuesday."


def _death_nouns(*texts: str) -> list[tuple[str, float, str | None]]:
    claims = article_claims(*texts)
    return [(c.text, c.value["low"], c.role) for c in claims if c.value.get(DEATH_NOUN_MARK)]


@pytest.mark.parametrize(
    ("told", "words"),
    [
        ("Neighbors gathered on the corner after the killing.", "the killing"),
        ("The county coroner confirmed the death on Wednesday.", "the death"),
        ("Detectives asked anyone with information about the homicide to call.", "the homicide"),
        ("This murder has shaken the neighborhood, the pastor said.", "This murder"),
        # "a homicide" is an attribute: the death, not a second one
        ("The medical examiner ruled the death a homicide.", "the death"),
    ],
)
def test_a_noun_of_one_death_counts_one_dead(told, words):
    assert _death_nouns(DEATH, told) == [(words, 1, "killed")]


@pytest.mark.parametrize(
    "told",
    [
        "He faces a murder charge in the case.",  # a modifier
        "It was the town's third homicide this year.",  # a rank
        "He was charged with the attempted murder of a clerk.",  # meant, and "of" someone
        "Her death devastated the family.",  # an owner: the owner is the count
        "Police are investigating the death of a teenager.",  # "of" names the dead
        "He denied any role in the robbery or the killing.",  # joined to another event
    ],
)
def test_a_noun_that_names_no_event_of_its_own_counts_no_one(told):
    assert _death_nouns(DEATH, told) == []


def test_a_noun_of_an_event_with_more_dead_counts_no_one():
    many = "Three people were killed in a shooting at a park on Sunday."
    assert _death_nouns(many, "Police made no arrests after the killing.") == []


def test_a_death_named_in_an_article_of_no_harm_counts_no_one():
    """A death named in passing, in a report that counts no harm: no one dead of it."""
    assert _death_nouns("Lawmakers met on Tuesday.", "Police confirmed the death.") == []
