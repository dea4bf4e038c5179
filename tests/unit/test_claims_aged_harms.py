"""An age used as a noun right before a harm's past form the tagger read as a noun ("a
7-year-old shot ...") is the person, and the form its verb: a participle on the person, or
the active verb when an object follows.

Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts, hand_parse

from workbench.claims.repair_participles import aged_harms
from workbench.claims.roles import default


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("A nurse remembers the cries of a 7-year-old shot during a robbery.", "a 7-year-old"),
        ("A 16-year-old shot in the leg.", "A 16-year-old"),
    ],
)
def test_an_age_before_a_harm_read_as_a_noun_is_the_one_harmed(text, person):
    assert (person, 1, "hit") in counts(text)


def test_an_age_before_a_harm_with_an_object_is_the_one_who_did_it():
    assert counts("A 12-year-old shot his brother Tuesday.") == [("his brother", 1, "hit")]


def test_the_repair_rehangs_the_age_as_the_noun_and_the_harm_as_its_participle():
    text = "the cries of a 7-year-old shot"
    words = ["the", "cries", "of", "a", "7", "-", "year", "-", "old", "shot"]
    tags = ["DT", "NNS", "IN", "DT", "CD", "HYPH", "NN", "HYPH", "JJ", "NN"]
    deps = ["det", "ROOT", "prep", "det", "nummod", "punct", "npadvmod", "punct", "amod", "pobj"]
    heads = [1, 1, 1, 9, 6, 6, 8, 8, 9, 2]
    fixed = aged_harms(hand_parse(text, words, tags, deps, heads), default())
    assert (fixed.tags[9], fixed.deps[9], fixed.heads[9]) == ("VBN", "acl", 8)
    assert (fixed.deps[8], fixed.heads[8], fixed.heads[3]) == ("pobj", 2, 8)


def test_a_noun_that_is_no_harm_keeps_its_age():
    text = "a 7-year-old dog"
    words = ["a", "7", "-", "year", "-", "old", "dog"]
    tags = ["DT", "CD", "HYPH", "NN", "HYPH", "JJ", "NN"]
    deps = ["det", "nummod", "punct", "npadvmod", "punct", "amod", "ROOT"]
    heads = [6, 3, 3, 5, 5, 6, 6]
    parse = hand_parse(text, words, tags, deps, heads)
    assert aged_harms(parse, default()) is parse


@pytest.mark.parametrize(
    "text", ["9-year-old shot and killed in Dayton", "9-year-old shot, killed in Dayton"]
)
def test_an_aged_harm_coordinated_with_a_death_is_one_killed(text):
    assert counts(text) == [("9-year-old", 1, "killed")]


def test_an_aged_harm_coordinated_with_a_verb_that_has_an_object_is_the_doer():
    found = counts("Police said the 40-year-old shot and killed his neighbour.")
    assert found == [("his neighbour", 1, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person noun before a harm the tagger read as a noun
        ("A teen shot in the park has died, police say.", ("A teen", 1, "killed")),
        ("A child shot at an apartment complex.", ("A child", 1, "hit")),
        # an age after an active harm verb, hung on it as a complement, is its object
        ("Driver kills 7-year-old on a bike path", ("7-year-old", 1, "killed")),
        ("Man allegedly kills 4-month-old before shooting himself", ("4-month-old", 1, "killed")),
    ],
)
def test_the_one_harmed_in_a_headline_the_parser_broke(text, expected):
    assert expected in counts(text), counts(text)


def test_an_age_after_a_linking_verb_is_no_object():
    assert counts("The boy was 7-year-old at the time.") == []


def test_an_age_before_dies_read_as_a_plural_noun_is_its_subject():
    text = "A 16-year-old dies in accidental shooting, deputies say"
    assert ("A 16-year-old", 1, "killed") in counts(text), counts(text)


def test_a_person_after_a_headline_comma_is_no_object():
    text = "Child shot, mother injured in a shooting on the west side"
    assert ("mother", 1, "injured") in counts(text), counts(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("A teen shot, killed two days before his graduation", "A teen"),
        ("A girl shot, killed outside her home in Dayton", "A girl"),
        ("An uncle facing charges after Toledo teen shot, killed", "Toledo teen"),
    ],
)
def test_a_harm_hung_under_its_coordinated_verb_is_one_killed(text, person):
    """ "A teen shot, killed ...": the parser made "killed" the head of "shot" (read as a
    noun), or the root above it. The word under "killed" on the way up takes its place, so
    the repair stays a tree (it once hung "killed" under its own dependent) and reads
    killed 1."""
    from workbench.claims.repair_participles import reduced_subjects
    from workbench.parse.batch import parse_texts

    parse = parse_texts([text])[0]
    roles = default()
    assert aged_harms(reduced_subjects(parse, roles), roles).is_tree()
    assert (person, 1, "killed") in counts(text), counts(text)


def test_a_repair_that_would_make_a_cycle_is_not_taken(monkeypatch):
    """A repair whose result hangs a token under its own dependent is refused: the parse
    before it stands, so no later walk of the tree runs forever."""
    from workbench.claims import repair_order
    from workbench.parse import Parse
    from workbench.parse.batch import parse_texts

    parse = parse_texts(["A man was hurt in a crash on Monday"])[0]

    def cyclic(p, roles):
        heads = list(p.heads)
        heads[0], heads[1] = 1, 0
        return Parse(p.text, p.starts, p.ends, p.tags, p.deps, heads)

    monkeypatch.setattr(repair_order, "reduced_subjects", cyclic)
    fixed = repair_order.repaired_parse(parse, default())
    assert fixed.is_tree() and fixed.heads[0] == parse.heads[0]
