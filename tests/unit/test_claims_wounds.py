"""A wound a person has: injured, and hit, unless the article tells that person died.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims, article_roles, counts

from workbench.claims import extract_claims
from workbench.claims.predicates import WOUND_HIT_MARK
from workbench.models import Sentence, Source


def article(*texts: str) -> list[tuple[str, float, str | None]]:
    """Each quantity of a short article, one sentence per text."""
    return [(c.text, c.value["low"], c.role) for c in article_claims(*texts)]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("A man suffered a gunshot wound to the leg.", "A man", 1),
        ("Deputies found a woman with a stab wound in the kitchen.", "a woman", 1),
        ("Deputies found four people suffering gunshot wounds.", "four people", 4),
        ("Officers spoke to a driver who sustained a gunshot wound.", "a driver", 1),
    ],
)
def test_a_wound_one_has_is_injured_and_hit(text, words, value):
    found = counts(text)
    assert (words, value, "injured") in found and (words, value, "hit") in found, found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A neighbor was struck by gunshots on the porch.", "A neighbor"),
        ("Police said the clerk is the victim of a gunshot wound.", "the clerk"),
    ],
)
def test_how_one_was_hurt_is_no_wound_one_has(text, words):
    assert counts(text) == [(words, 1, "hit")]


def test_no_one_with_a_wound_is_none_hit():
    assert counts("No one suffered gunshot wounds, police said.") == [("No one", 0, "hit")]


def test_the_wound_of_the_only_dead_is_hit():
    found = article(
        "Officers found a teenager with a gunshot wound in the alley.",
        "The teenager was pronounced dead at the scene.",
    )
    assert ("a teenager", 1, "hit") in found, found
    assert not [f for f in found if f[2] == "injured"], found


def test_the_wound_stays_injured_where_someone_lived():
    found = article(
        "Officers found a teenager with a gunshot wound in the alley.",
        "A second man was shot and killed nearby.",
        "Another man was taken to a hospital in stable condition.",
    )
    assert ("a teenager", 1, "injured") in found, found


def test_a_later_death_of_the_wounded_is_killed_and_hit():
    found = counts("A teenager had a gunshot wound to the chest, and he died at the scene.")
    assert sorted(found) == [("A teenager", 1, "hit"), ("A teenager", 1, "killed")], found
    assert not [f for f in found if f[2] == "injured"], found


def _marked(texts: tuple[str, ...]) -> list[tuple[str, str | None, bool]]:
    """Each quantity's words, role and whether it carries the wound's hit mark."""
    text = " ".join(texts)
    sentences, at = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence(i + 1, 1, i, 0, at, at + len(t), t))
        at += len(t) + 1
    found = extract_claims(Source(1, "t.txt", text, "h", published="2021-05-02"), sentences)
    return [
        (c.text, c.role, bool(c.value.get(WOUND_HIT_MARK))) for c in found if c.kind == "quantity"
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A man suffered a gunshot wound to the leg.", "A man"),
        ("A boy was taken to a hospital with a gunshot wound to the hip.", "A boy"),
        ("Deputies found four people suffering gunshot wounds.", "four people"),
        ("Their son, who is recovering from a gunshot wound, is home.", "Their son"),
    ],
)
def test_a_survivors_wound_marks_its_hit_as_the_injured_count_again(text, words):
    found = _marked((text,))
    assert (words, "injured", False) in found, found
    assert (words, "hit", True) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Shot twice, the man was rushed to a hospital with a gunshot wound.",
        "A man who was shot in the leg was taken to a hospital in good condition.",
        "Two men were shot and taken to a hospital.",
    ],
)
def test_a_harm_told_by_a_verb_is_a_hit_count_of_its_own(text):
    found = _marked((text,))
    assert [f for f in found if f[1] == "hit"], found
    assert not [f for f in found if f[2]], found


def test_where_the_article_tells_of_dead_a_wounds_hit_is_a_count():
    found = _marked(
        (
            "Officers found a teenager with a gunshot wound in the alley.",
            "A second man was shot and killed nearby.",
            "Another man was taken to a hospital in stable condition.",
        )
    )
    assert ("a teenager", "hit", False) in found, found


def test_one_told_bleeding_is_hit_where_the_article_tells_only_of_a_death():
    """Bleeding tells a wound the person has (`Roles.wound_verbs`): injured, as a wound
    borne, and the dead's (hit) where the article tells of the dead and no one else lived."""
    assert article("The man was bleeding from his head.") == [("The man", 1, "injured")]
    found = article("The man was bleeding from his head.", "He was pronounced dead later.")
    assert ("The man", 1, "hit") in found and ("He", 1, "killed") in found, found


def test_a_groups_wounds_beside_a_death_told_only_by_an_event_noun_stay_injured():
    # EXTRACTOR 920: "the March homicide" names no one of the four; a counted dead person would.
    found = article_roles(
        "Officers found four men with gunshot wounds on Elm Street.",
        "The March homicide on Oak Street remains unsolved.",
    )
    assert ("four men", 4, "injured") in found, found


def test_a_groups_wounds_beside_a_counted_dead_person_are_hit():
    found = article_roles(
        "Officers found four men with gunshot wounds on Elm Street.",
        "One of them was pronounced dead.",
    )
    assert ("four men", 4, "hit") in found and ("four men", 4, "injured") not in found, found
