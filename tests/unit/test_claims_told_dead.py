"""A person told dead without a word of death: an absence ("my son is gone"), a return denied
("nothing will bring her back"), an owned killer ("Smith's killer"), "the deceased", a person
noun a word of death modifies ("the homicide victim"): killed 1, only where the article tells
a death by another count.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims

from workbench.claims.told_dead import ABSENCE_MARK

DEATH = "A 22-year-old man was shot and killed near a gas station on Tuesday."
HARM = "A 22-year-old man was shot near a gas station on Tuesday."


@pytest.mark.parametrize(
    ("told", "words"),
    [
        ("“My brother is gone,” his sister said.", "My brother"),
        ("“Nothing will bring Omar back,” his mother said.", "Omar"),
        ("An arrest is not going to bring Omar back, his uncle said.", "Omar"),
        ("“He will never come home again,” she said.", "He"),
        ("Police want information that leads to Omar's killer.", "Omar"),
        ("The name of the deceased has not been released.", "the deceased"),
        ("A neighbor described the homicide victim as quiet.", "the homicide victim"),
    ],
)
def test_one_told_dead_without_a_word_of_death_is_one_killed(told, words):
    claims = article_claims(DEATH, told)
    found = [(c.text, c.value["low"], c.role, c.value.get(ABSENCE_MARK)) for c in claims]
    assert (words, 1, "killed", True) in found, found


@pytest.mark.parametrize(
    "told",
    [
        "“Their sons are gone,” a neighbor said.",  # a plural, told no number
        "I want to bring my brother back.",  # a hope
        "The shooter was gone when officers arrived.",  # past, no quotation: fled
        "Police said the killer remains at large.",  # a killer owned by no one
        "He was the county's 12th homicide victim this year.",  # a tally
    ],
)
def test_an_absence_of_many_a_hope_or_a_flight_counts_no_one(told):
    found = article_claims(DEATH, told)
    assert not any(c.value.get(ABSENCE_MARK) for c in found), found


def test_an_absence_in_an_article_of_no_death_counts_no_one():
    found = article_claims(HARM, "“My brother is gone,” his sister said.")
    assert not any(c.value.get(ABSENCE_MARK) for c in found), found
