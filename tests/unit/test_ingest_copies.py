"""Copy detection: a shortened, edited copy is found; quoting a few paragraphs is not copying."""

from __future__ import annotations

import random

from workbench.ingest.copies import CopyIndex

VOCABULARY = (
    "army city council river bridge minister protest police vote market price school "
    "hospital report court judge station road storm harbour election budget union strike "
    "village border company factory water power farmer trade bank museum train airport"
)
WORDS = VOCABULARY.split()


def _paragraphs(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(18, 40))).capitalize() + "."
        for _ in range(count)
    ]


def test_shortened_edited_copy_is_found():
    original = _paragraphs(1, 12)
    copy = [p.replace("council", "councils", 1) for p in original[:9]]  # 9 of 12, small edits
    copy[0] = copy[0][:-1] + ", officials said."
    index = CopyIndex()
    index.add(1, _paragraphs(2, 10))
    index.add(2, original)
    match = index.find(copy)
    assert match is not None
    assert match.source_id == 2 and match.score >= 0.9 and match.paragraphs == 9


def test_quoting_a_few_paragraphs_is_not_copying():
    wire = _paragraphs(3, 10)
    blog = _paragraphs(4, 8)
    quoting = blog[:3] + wire[2:5] + blog[3:]
    index = CopyIndex()
    index.add(1, wire)
    assert index.find(quoting) is None


def test_unrelated_articles_and_short_paragraphs_never_match():
    index = CopyIndex()
    for sid in range(1, 30):
        index.add(sid, _paragraphs(100 + sid, 8))
    assert index.find(_paragraphs(999, 8)) is None
    index.add(50, ["He said so.", "No comment.", "More later."])
    assert index.find(["He said so.", "No comment.", "More later."]) is None


def test_prefers_the_best_covering_earlier_source():
    original = _paragraphs(5, 10)
    index = CopyIndex()
    index.add(1, original[:5] + _paragraphs(6, 5))
    index.add(2, original)
    match = index.find(original[:8])
    assert match is not None and match.source_id == 2
