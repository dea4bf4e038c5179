"""The first looks that spare the rules over the parse most tokens: each token's lemma made
once per parse, and the tags a singular person can be found under. Parses built by hand."""

from __future__ import annotations

from workbench.claims.lemmas import lemma_of
from workbench.claims.mention_kinds import PERSON_TAGS, candidate
from workbench.claims.roles import default as roles
from workbench.claims.verb_forms import lemma
from workbench.parse import Parse


def _parse(text: str, tags: list[str], deps: list[str], heads: list[int]) -> Parse:
    starts, ends, at = [], [], 0
    for word in text.split():
        at = text.index(word, at)
        starts.append(at)
        at += len(word)
        ends.append(at)
    return Parse(text, starts, ends, tags, deps, heads)


def test_a_lemma_is_its_words_and_tags_made_once_per_parse():
    p = _parse("Two glorbs were blimped", ["CD", "NNS", "VBD", "VBN"],
        ["nummod", "nsubjpass", "auxpass", "ROOT"], [1, 3, 3, 3])  # fmt: skip
    assert [lemma(p, k) for k in range(4)] == [lemma_of(p.word(k), p.tags[k]) for k in range(4)]
    assert lemma(p, 1) == "glorb" and lemma(p, -1) == lemma_of("blimped", "VBN")
    assert p.memo["lemmas"] is p.memo["lemmas"] and len(p.memo["lemmas"]) == 4


def test_another_is_a_person_whatever_its_tag_and_a_verb_never_is():
    # "One glorb is dead and another is hurt": "another" tagged as a determiner.
    p = _parse("One glorb is dead and another is hurt",
        ["CD", "NN", "VBZ", "JJ", "CC", "DT", "VBZ", "JJ"],
        ["nummod", "nsubj", "ROOT", "acomp", "cc", "nsubj", "conj", "acomp"],
        [1, 2, 2, 2, 2, 6, 2, 6])  # fmt: skip
    assert "DT" not in PERSON_TAGS and candidate(p, 5, roles()) == "pronoun"
    assert candidate(p, 2, roles()) is None and candidate(p, 0, roles()) is None
