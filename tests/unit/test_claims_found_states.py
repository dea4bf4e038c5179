"""A found person's wound told after a place, a name or a relative clause: the state is the
object's ("found the man on the porch suffering from a gunshot wound"), as the parser reads
the short form ("found the man suffering ..."); not where another person stands between
(`repair_found_states`).

Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts, hand_parse

from workbench.claims.repair_found_states import found_states
from workbench.claims.roles import default

FOUND_WITH_A_PLACE_BETWEEN = {
    "Deputies found the cyclist on the back steps suffering from a gunshot wound.": "the cyclist",
    "Troopers found Ansel Vorn, who was visiting a cousin, suffering a wound.": "Ansel Vorn",
    "Deputies found the clerk in a shed on Quill Road suffering from stab wounds.": "the clerk",
    "Officers located a 19-year-old man in the back seat suffering a wound.": "a 19-year-old man",
}
"""A found person, then a place, a relative clause or a name, then the wound borne."""


@pytest.mark.parametrize(("text", "person"), FOUND_WITH_A_PLACE_BETWEEN.items())
def test_a_found_person_with_a_place_between_bears_the_wound(text, person):
    assert (person, 1, "injured") in counts(text), counts(text)


def test_the_place_is_never_the_one_who_suffers():
    found = counts("Deputies found the clerk in a shed on Quill Road suffering from stab wounds.")
    assert not [c for c in found if "Road" in c[0]], found


def test_a_person_between_may_be_the_one_who_suffers():
    # "with two children suffering": the children's wounds, not the woman's
    found = counts("Officers found Mira Tolk, 30, with two children suffering from gunshot wounds.")
    assert ("Mira Tolk", 1, "injured") not in found, found


def test_the_repair_makes_the_participle_the_complement_and_the_object_its_subject():
    text = "They found the clerk on the porch suffering from wounds"
    words = text.split()
    tags = ["PRP", "VBD", "DT", "NN", "IN", "DT", "NN", "VBG", "IN", "NNS"]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "pcomp", "prep", "pobj"]
    heads = [1, 1, 3, 1, 3, 6, 4, 4, 7, 8]
    fixed = found_states(hand_parse(text, words, tags, deps, heads), default())
    assert (fixed.deps[7], fixed.heads[7]) == ("ccomp", 1)
    assert (fixed.deps[3], fixed.heads[3]) == ("nsubj", 7)
    assert (fixed.deps[4], fixed.heads[4]) == ("prep", 3)  # the place stays on the clerk


def test_a_participle_with_its_own_subject_is_left_as_parsed():
    text = "They found the gun and he was suffering"
    words = text.split()
    tags = ["PRP", "VBD", "DT", "NN", "CC", "PRP", "VBD", "VBG"]
    deps = ["nsubj", "ROOT", "det", "dobj", "cc", "nsubj", "aux", "conj"]
    heads = [1, 1, 3, 1, 1, 7, 7, 1]
    parse = hand_parse(text, words, tags, deps, heads)
    assert found_states(parse, default()) is parse
