"""A wound a person has, read one paragraph at a time: the wound of someone a paragraph tells
dead is the dead's (hit), even where the article tells survivors in other paragraphs (a
round-up of incidents, a list of cases).

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

from workbench.claims import extract_claims
from workbench.models import Sentence, Source


def paragraphs(*paras: tuple[str, ...]) -> list[tuple[str, float, str | None]]:
    """Each quantity of a short article given as paragraphs of sentences."""
    sentences, at, texts = [], 0, []
    for number, para in enumerate(paras):
        for t in para:
            sentences.append(
                Sentence(len(sentences) + 1, 1, len(sentences), number, at, at + len(t), t)
            )
            texts.append(t)
            at += len(t) + 1
    source = Source(1, "t.txt", " ".join(texts), "h", published="2021-05-02")
    found = extract_claims(source, sentences)
    return [(c.text, c.value["low"], c.role) for c in found if c.kind == "quantity"]


def test_a_wound_of_one_told_dead_in_its_paragraph_is_hit_beside_survivors_elsewhere():
    found = paragraphs(
        (
            "Officers found a teenager with a gunshot wound in the alley.",
            "The teenager was pronounced dead at the scene.",
        ),
        ("In a separate shooting, a woman was taken to a hospital in stable condition.",),
    )
    assert ("a teenager", 1, "hit") in found, found
    assert ("a teenager", 1, "injured") not in found, found
    assert ("a woman", 1, "injured") in found, found


def test_a_paragraph_that_tells_no_one_dead_leaves_the_wound_a_survivors():
    found = paragraphs(
        ("Officers found a teenager with a gunshot wound in the alley.",),
        ("A second man was shot and killed nearby.",),
        ("Another man was taken to a hospital in stable condition.",),
    )
    assert ("a teenager", 1, "injured") in found, found


def test_a_survivor_in_the_same_paragraph_leaves_the_wound_a_survivors():
    found = paragraphs(
        (
            "Officers found a teenager with a gunshot wound in the alley.",
            "A second man was shot and killed nearby.",
            "Another man was taken to a hospital in stable condition.",
        ),
        ("In a separate shooting, a woman was found dead in a parked van.",),
    )
    assert ("a teenager", 1, "injured") in found, found
