"""Counts of people in the forms real reports take: shouted transcripts, ages after names,
lists of ages, a death at the place a victim was taken to, lists of names.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts, hand_parse

from workbench.claims import extract_claims
from workbench.claims.repair import repaired
from workbench.models import Sentence, Source
from workbench.parse import Parse
from workbench.parse.batch import parse_form, parse_key


def test_a_shouted_sentence_is_parsed_in_sentence_case_with_its_offsets():
    text = "POLICE SAY FOUR PEOPLE WERE SHOT."
    assert parse_form(text) == "Police say four people were shot."
    assert parse_form("Police say four people were shot.") == "Police say four people were shot."
    assert parse_key(text) != parse_key("x" + text[1:])  # keyed on what the parser reads
    assert ("FOUR PEOPLE", 4, "hit") in counts(text)


def test_reference_marks_glued_to_a_sentence_are_no_counts_and_no_part_of_its_verb():
    text = "Four others were injured.[1][2]"
    assert parse_form(text) == "Four others were injured.      "
    assert parse_form("See note [3] below.") == "See note [3] below."  # not glued: kept
    assert counts(text) == [("Four others", 4, "injured")]


def test_a_shouted_name_with_an_age_is_a_person():
    text = "A NEIGHBOR SHOT 9-YEAR-OLD DARNELL FOSTER IN THE ARM."
    assert [r for _, _, r in counts(text)] == ["hit"]


@pytest.mark.parametrize(
    "text",
    [
        "Officers charged him in the death of Dale Price, 31.",
        "He faces charges for the deaths of Morgan, 27 and Hale, 30, police said.",
        "He shot his sons, ages 12, 9 and 6, before fleeing.",
    ],
)
def test_ages_after_names_or_in_a_list_are_no_counts(text):
    assert not [c for c in counts(text) if c[1] in (31, 27, 30, 12, 9, 6)]


def test_a_list_of_ages_counts_the_persons_it_names():
    text = "The man killed his mother and his sons, ages 12, 9 and 6."
    assert ("his mother and his sons", 4, "killed") in counts(text)


def test_a_death_at_the_hospital_is_no_injury():
    text = "The driver was taken to a hospital, where he died hours later."
    assert [r for _, _, r in counts(text)] == ["killed"]


def test_a_name_between_commas_is_a_member_of_its_list():
    # "died: Carl Dunn, Ray Ortiz, and Lee Park" as the small model misreads it: the middle
    # name an apposition of the first, the last a conjunct.
    text = "died: Dunn, Ortiz, and Park."
    words = ["died", ":", "Dunn", ",", "Ortiz", ",", "and", "Park", "."]
    starts, at = [], 0
    for w in words:
        at = text.index(w, at)
        starts.append(at)
        at += len(w)
    tags = ["VBD", ":", "NNP", ",", "NNP", ",", "CC", "NNP", "."]
    deps = ["ROOT", "punct", "npadvmod", "punct", "appos", "punct", "cc", "conj", "punct"]
    heads = [0, 0, 0, 2, 2, 2, 2, 2, 0]
    ends = [s + len(w) for s, w in zip(starts, words, strict=True)]
    p = Parse(text, starts, ends, tags, deps, heads)
    fixed = repaired(p)
    assert fixed.deps[4] == "conj" and fixed.heads[4] == 2


def test_a_range_of_ages_counts_nobody():
    text = "He is accused of shooting his wife and their sons, ages 3 to 14, at home."
    assert not [c for c in counts(text) if c[1] in (3, 14)]


def test_a_name_in_apposition_is_counted_with_the_person_it_renames():
    text = "A second man, 22-year-old Ivy Shaw, was shot in the leg."
    assert counts(text) == [("A second man", 1, "hit")]


def test_an_object_and_its_state_after_left_are_counted_in_that_state():
    text = "The gunfire left one man dead and a state trooper injured."
    assert ("a state trooper", 1, "injured") in counts(text)


def test_a_hospital_named_by_its_of_phrase_is_a_hospital():
    text = "Two children were rushed to the University of Utah Hospital trauma center."
    assert ("Two children", 2, "injured") in counts(text)


def test_a_zero_graded_by_an_adverb_of_its_own_role_is_no_zero():
    assert counts("No one was seriously hurt.") == []
    assert counts("No one was hurt.") == [("No one", 0, "injured")]
    assert counts("No one was fatally shot.") == [("No one", 0, "killed")]


def test_a_zero_graded_through_a_verb_it_hands_its_subject_on_to_is_no_zero():
    # the severity is negated, not the harm: those hurt less are not said to be none
    # (a zero of everyone: "none of the guests" is a zero of a part, no count at all)
    assert counts("No one seemed to suffer serious injuries.") == []
    assert counts("No one seemed to suffer injuries.") == [("No one", 0, "injured")]


def test_an_indefinite_pronoun_is_nobody_counted():
    assert counts("Everybody is hurt by this.") == []


def test_the_state_after_a_link_verb_and_its_object_is_the_objects():
    text = "A deputy found the teenage girl injured near the road."
    assert counts(text) == [("the teenage girl", 1, "injured")]


def _two_sentences(first: str, second: str) -> list[tuple[str, str | None, str | None]]:
    text = f"{first} {second}"
    source = Source(id=1, file="t", text=text, content_hash="x", published="2021-05-04")
    sentences = [
        Sentence(1, 1, 0, 0, 0, len(first), first),
        Sentence(2, 1, 1, 0, len(first) + 1, len(text), second),
    ]
    found = extract_claims(source, sentences)
    return [(c.text, c.role, c.value.get("role_from")) for c in found if c.kind == "quantity"]


def test_a_remainder_takes_the_role_of_the_count_it_is_the_rest_of():
    got = _two_sentences("Five men were wounded at the bar.", "Two others walked home.")
    assert ("Two others walked home", "injured", "the rest of “Five men” (injured)") in got


def test_a_remainder_denied_its_harm_takes_no_role():
    got = _two_sentences("Five men were wounded at the bar.", "Two others were not hurt.")
    assert [r for t, r, _ in got if t.startswith("Two others")] == [None]


def test_a_state_with_a_count_of_its_own_is_not_the_state_of_the_count_before_it():
    # "ends with 6 shot, 3 dead" as the small model sometimes reads a headline: "dead" an
    # adjective on "shot", with "3" as its own subject. The 6 are hit, not killed.
    from workbench.claims import roles
    from workbench.claims.counts import _postposed_state

    text = "ends with 6 shot, 3 dead"
    p = hand_parse(
        text,
        ["ends", "with", "6", "shot", ",", "3", "dead"],
        ["VBZ", "IN", "CD", "NN", ",", "CD", "JJ"],
        ["ROOT", "prep", "nummod", "pobj", "punct", "nsubj", "amod"],
        [0, 0, 3, 1, 3, 6, 3],
    )
    assert _postposed_state(p, 3, roles.default()) is None
    text = "ends with 6 shot dead"  # without a count of its own, the state is the 6's
    p = hand_parse(
        text,
        ["ends", "with", "6", "shot", "dead"],
        ["VBZ", "IN", "CD", "NN", "JJ"],
        ["ROOT", "prep", "nummod", "pobj", "amod"],
        [0, 0, 3, 1, 3],
    )
    assert _postposed_state(p, 3, roles.default()) == "killed"


def test_a_victim_only_named_as_one_more_takes_the_role_of_those_before():
    got = _two_sentences(
        "Two men were killed in the shooting on Elm Street.",
        "Deputies have not released the name of the third victim.",
    )
    assert ("the third victim", "killed", "one more after “Two men” (killed)") in got, got


def test_a_victim_a_clause_tells_of_keeps_its_own_role():
    got = _two_sentences(
        "Two men were killed in the shooting on Elm Street.",
        "A third victim was found in a car nearby.",
    )
    assert ("A third victim", "hit", None) in got, got


def test_the_first_victim_is_no_one_more():
    got = _two_sentences(
        "Two men were killed in the shooting on Elm Street.",
        "Deputies have not released the name of the first victim.",
    )
    assert not [g for g in got if g[0].endswith("first victim") and g[1] == "killed"], got
