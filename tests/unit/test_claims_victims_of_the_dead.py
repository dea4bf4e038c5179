"""A count of victims that no verb puts in a role is hit by its noun alone; where the
article counts as many dead, the victims are those dead (the labels' convention: a victims
noun in a context of deaths is killed). Sentences invented here."""

from __future__ import annotations

import pytest

from workbench.claims import extract_claims
from workbench.models import Sentence, Source


def counts(*sentences: str) -> list[tuple[str, float, str | None]]:
    """Each quantity of an article of these sentences: its words, low value and role."""
    text = " ".join(sentences)
    items, at = [], 0
    for i, s in enumerate(sentences, 1):
        items.append(Sentence(i, 1, i, 0, at, at + len(s), s))
        at += len(s) + 1
    source = Source(id=1, file="t", text=text, content_hash="x", published="2021-05-04")
    found = extract_claims(source, items)
    return [(c.text, c.value["low"], c.role) for c in found if c.kind == "quantity"]


def test_victims_as_many_as_the_dead_are_the_dead():
    found = counts(
        "The gunman killed four people at the house.", "Their mother knew all four victims."
    )
    assert ("four victims", 4, "killed") in found


def test_victims_of_another_number_stay_hit():
    found = counts("The gunman killed two people.", "Police said five victims were found.")
    assert ("five victims", 5, "hit") in found


def test_victims_with_no_dead_counted_stay_hit():
    assert ("four victims", 4, "hit") in counts("Their mother knew all four victims.")


def test_victims_where_the_article_counts_injured_and_no_dead_are_injured():
    found = counts("Three people were wounded at the park.", "All three victims were teenagers.")
    assert ("three victims", 3, "injured") in found, found
    found = counts("Two men were wounded.", "Police said two of the victims were brothers.")
    assert ("two of the victims", 2, "injured") in found, found


@pytest.mark.parametrize(
    "second",
    [
        "Officers located two shooting victims in the lot.",  # the noun tells the harm
        "Two victims of the shooting were brothers.",
        "One victim was a man who was shot in the leg.",  # his own clause tells how
    ],
)
def test_victims_whose_words_tell_the_harm_stay_hit(second):
    found = counts("Two men were wounded at the park.", second)
    assert [r for t, _, r in found if t != "Two men"] == ["hit"], found


def test_victims_beside_the_dead_and_the_injured_stay_hit():
    found = counts(
        "One man was killed and two were wounded.", "Police said three victims were found."
    )
    assert ("three victims", 3, "hit") in found, found


def test_victims_as_many_as_the_injured_beside_the_dead_are_the_injured():
    found = counts(
        "One man was killed and three were wounded.", "The other three victims were teenagers."
    )
    assert ("three victims", 3, "injured") in found, found
