"""A wound or injuries noun a singular pronoun owns ("a towel to her wounds", "because of
his injuries"): injured 1 whatever its clause says (labels28c's injuries told by a noun),
the same person said again where the sentence counted them already.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims


def _counts(text: str) -> list[tuple[str, str]]:
    return [
        (c.role, c.text)
        for c in article_claims(text)
        if c.kind == "quantity" and c.role in ("killed", "injured", "hit")
    ]


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        ("A neighbor held a towel to her wounds until paramedics arrived.", "her wounds"),
        (
            "Police are investigating whether his injuries are connected to the party.",
            "his injuries",
        ),
        ("She tied a shirt around his wounds.", "his wounds"),
    ],
)
def test_an_owned_wound_names_one_hurt(text, owned):
    assert _counts(text) == [("injured", owned)]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("He was taken to a hospital to be treated for his injuries.", [("injured", "He")]),
        ("The man died of his injuries on Sunday.", [("killed", "The man")]),
        ("Their injuries are minor.", []),  # a plural owner names no one
        ("Doctors said his second wound was the worst.", []),  # ranked: one of several
        ("Police say if the boy dies of his injuries, more charges will be filed.", []),
        ("Her wounds proved fatal.", []),  # a death told of the wound, no one hurt
    ],
)
def test_an_owned_wound_of_one_counted_or_of_many_adds_no_one(text, counts):
    assert _counts(text) == counts
