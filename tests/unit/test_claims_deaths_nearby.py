"""A death told only by its noun ("the killing") read one paragraph at a time: kept where
its own paragraph counts one person dead, though the article counts more (a round-up of
incidents, each its own paragraph); dropped where the paragraph is of many dead, as the
article-wide reading drops it.

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
            index = len(sentences)
            sentences.append(Sentence(index + 1, 1, index, number, at, at + len(t), t))
            texts.append(t)
            at += len(t) + 1
    source = Source(1, "t.txt", " ".join(texts), "h", published="2021-05-02")
    found = extract_claims(source, sentences)
    return [(c.text, c.value["low"], c.role) for c in found if c.kind == "quantity"]


ONE = (
    "A man was shot and killed outside a bakery on Elm Street.",
    "Detectives have named no suspect in the killing.",
)
MANY = ("In a second shooting, two women were shot and killed on Oak Street.",)


def test_a_death_noun_in_a_paragraph_of_one_dead_is_killed_one_beside_other_deaths():
    found = paragraphs(ONE, MANY)
    assert ("the killing", 1, "killed") in found, found


def test_a_death_noun_in_a_paragraph_of_many_dead_counts_no_one():
    found = paragraphs(ONE + MANY)
    assert ("the killing", 1, "killed") not in found, found


def test_a_loss_is_not_read_by_its_paragraph():
    found = paragraphs(
        (
            "A man was shot and killed outside a bakery on Elm Street.",
            "Neighbors mourned the loss.",
        ),
        MANY,
    )
    assert not [f for f in found if "loss" in f[0]], found
