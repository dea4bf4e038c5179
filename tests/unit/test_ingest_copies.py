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


def _edit_every(paragraph: str, step: int) -> str:
    words = paragraph.split()
    return " ".join(w + "s" if i % step == step // 2 else w for i, w in enumerate(words))


def test_copy_with_a_word_changed_throughout_is_found():
    original = _paragraphs(7, 10)
    index = CopyIndex()
    index.add(1, original)
    match = index.find([_edit_every(p, 10) for p in original])
    assert match is not None and match.source_id == 1 and match.paragraphs == 10


def test_trimmed_paragraphs_with_small_edits_are_found():
    """Each paragraph loses its last third (too short for `fuzz.ratio`): partial matching."""
    original = _paragraphs(8, 10)
    trimmed = []
    for p in original:
        words = p.split()
        trimmed.append(" ".join(words[: len(words) * 2 // 3]).replace("river", "rivers", 1))
    index = CopyIndex()
    index.add(1, original)
    match = index.find(trimmed)
    assert match is not None and match.source_id == 1 and match.paragraphs == 10


def test_shared_boilerplate_is_not_copying_and_hides_no_copy():
    """Sixty sources end with the same two boilerplate paragraphs; none copies another,
    and a real copy among them still finds its own original."""
    boilerplate = _paragraphs(9, 2)
    index = CopyIndex()
    for sid in range(1, 61):
        own = _paragraphs(1000 + sid, 4)
        assert index.find(own + boilerplate) is None
        index.add(sid, own + boilerplate)
    copy = [_edit_every(p, 10) for p in _paragraphs(1000 + 30, 4)[:3]] + boilerplate
    match = index.find(copy)
    assert match is not None and match.source_id == 30


def test_lcs_bound_never_rules_out_a_partial_match():
    """The cheap bound that gates `fuzz.partial_ratio` holds for trimmed, edited pairs, and
    for a paragraph running past the end of the other (where the bound is tight)."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import LCSseq

    from workbench.ingest.copies import LCS_BOUND, PARAGRAPH_MATCH

    rng = random.Random(11)
    tight = 0
    for seed in range(400):
        longer = _paragraphs(seed, 1)[0].lower()
        if seed % 2:
            start = rng.randint(0, len(longer) // 3)
            shorter = longer[start : start + rng.randint(len(longer) // 2, len(longer))]
            chars = list(shorter)
            for _ in range(rng.randint(0, 6)):
                chars[rng.randrange(len(chars))] = rng.choice("xyz ")
            shorter = "".join(chars)
        else:
            extra = _paragraphs(seed + 5000, 1)[0].lower().split()[: rng.randint(1, 4)]
            shorter = longer[-rng.randint(len(longer) // 2, len(longer) * 3 // 4) :]
            shorter += " " + " ".join(extra)
        if fuzz.partial_ratio(shorter, longer) >= PARAGRAPH_MATCH:
            common = LCSseq.similarity(shorter, longer) / min(len(shorter), len(longer))
            assert common >= LCS_BOUND
            tight += common < 0.85
    assert tight > 20
