"""A counted victims noun its clause puts in no role is in the role the article tells for
its people: injured where no one died (being shot is being hurt), and beside a death,
injured when as many are told hurt, even when that count's own hit is told too.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

from claim_builders import article_claims


def _scored(*texts: str) -> list[tuple[str, float, str | None]]:
    """The counts the labels would compare: the derived hit beside the injured left out."""
    return [
        (c.text, c.value["low"], c.role)
        for c in article_claims(*texts)
        if c.role and not c.value.get("survivors_hit")
    ]


def test_victims_where_no_one_died_are_the_injured():
    found = _scored(
        "Four people were shot outside a bar on Friday night.",
        "Officers said they found four victims near the door.",
    )
    assert ("four victims", 4, "injured") in found, found


def test_the_other_victims_beside_a_death_are_the_injured_told_shot_too():
    found = _scored(
        "One man was killed in the shooting.",
        "Three others were shot and taken to a hospital.",
        "The conditions of the other three victims are unknown.",
    )
    assert ("three victims", 3, "injured") in found, found


def test_victims_as_many_as_the_dead_stay_the_dead():
    found = _scored(
        "Three men were killed in the shooting on Friday night.",
        "Police have not named the three victims.",
    )
    assert ("three victims", 3, "injured") not in found, found
