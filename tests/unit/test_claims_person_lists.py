"""Lists of persons the parser breaks apart, ages said of a person, a pronoun's fate.

Sentences written here in the style of local news (none copied from a corpus); each rule
is checked on names and places made up for the test.
"""

from __future__ import annotations

import pytest
from claim_builders import counts

from workbench.claims import extract_claims
from workbench.models import Sentence, Source


def test_an_opening_phrase_does_not_swallow_the_named_subjects():
    found = counts(
        "According to the Millbrook Police Department, Aaron Fisk and Dale Moreno, both "
        "31-years-old, were shot and killed on Pine Street early Sunday."
    )
    assert ("Aaron Fisk and Dale Moreno", 2, "killed") in found, found


def test_a_name_after_the_age_of_the_name_before_joins_the_list():
    found = counts("He is charged in the deaths of Fisk, 31 and Moreno, 29, the court said.")
    assert [(v, r) for _, v, r in found if r == "killed"] == [(2, "killed")], found


def test_the_state_of_a_found_list_with_ages_is_the_lists_own():
    found = counts("Officers arrived to find Fisk, 31, and Moreno, 29, dead.")
    assert [(v, r) for _, v, r in found] == [(2, "killed")], found


@pytest.mark.parametrize(
    "text",
    [
        "Another boy, also 15, was shot in the foot.",
        "The victim, Dale Moreno, was also 15.",
        "The victims were 15 and 17.",
    ],
)
def test_an_age_said_of_a_person_counts_no_one(text):
    assert not [c for c in counts(text) if c[1] >= 15 and c[2] is not None], counts(text)


def test_a_toll_said_by_be_is_still_a_count():
    assert counts("The death toll was 15.")[0][1] == 15


def test_a_pronouns_later_clause_gives_its_fate():
    found = counts(
        "He had been shot several times and was taken to Mercy Hospital, where he later "
        "was pronounced dead, police said."
    )
    assert [r for _, _, r in found if r] == ["killed"], found


@pytest.mark.parametrize(
    "text",
    [
        "He tried to kill his wife, the sheriff said.",
        "Prosecutors say he planned to shoot three people at the mill.",
        "The man accused of trying to kill two deputies was arraigned.",
        "He was charged with the attempted murder of Dale Moreno.",
    ],
)
def test_a_harm_meant_is_not_a_harm_done(text):
    assert not [c for c in counts(text) if c[2] in ("killed", "hit", "injured")], counts(text)


def test_a_harm_done_after_another_verb_still_counts():
    assert ("three people", 3, "killed") in counts("He used a rifle to kill three people.")


@pytest.mark.parametrize(
    "text",
    ["Deputies said two pistols were recovered at the scene.", "He is survived by his wife."],
)
def test_a_passive_of_a_verb_one_undergoes_is_no_harm(text):
    assert not [c for c in counts(text) if c[2] == "injured"], counts(text)


def test_an_adverb_on_a_found_state_says_its_role():
    found = counts("Family grieving after 17-year-old boy found fatally shot in garage")
    assert [(v, r) for _, v, r in found if r] == [(1, "killed")], found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Ortega opened fire, killing three and wounding 16 before taking his own life.",
            "taking his own life",
        ),
        ("The gunman shot four people, then took his own life.", "took his own life"),
    ],
)
def test_the_shooters_own_end_told_without_a_subject_counts_one_killed(text, words):
    assert (words, 1, "killed") in counts(text), counts(text)


def test_a_victims_death_after_the_shot_is_left_to_the_clause_naming_the_victim():
    # (the clause counts the clerk hit; the gerund is not read as a second person)
    found = counts("The clerk was shot before dying at the hospital.")
    assert ("The clerk", 1, "hit") in found and len(found) == 1, found


def test_a_hospital_named_after_to_is_no_person():
    found = counts("A 35-year-old man was shot and was taken to Advocate Christ Medical Center.")
    assert {t for t, _, _ in found} == {"A 35-year-old man"}, found


def test_a_name_counted_killed_later_is_not_also_injured():
    text = "Dale Moreno was taken to Mercy Hospital in critical condition. Dale Moreno died Sunday."
    source = Source(id=1, file="t", text=text, content_hash="x", published="2021-05-04")
    cut = text.index(" Dale", 10) + 1
    sentences = [
        Sentence(1, 1, 0, 0, 0, cut - 1, text[: cut - 1]),
        Sentence(2, 1, 1, 1, cut, len(text), text[cut:]),
    ]
    found = [c.role for c in extract_claims(source, sentences) if c.kind == "quantity"]
    assert found == ["killed"], found


def test_a_counted_noun_after_a_comma_in_a_list_is_a_member_not_an_apposition():
    found = counts("One elderly man, two young women, and one boy were killed in the fire.")
    assert ("One elderly man, two young women, and one boy", 4, "killed") in found, found


def test_counts_that_add_up_to_the_one_before_name_it_again():
    found = counts("Two people, one man and one woman, were wounded.")
    assert max(v for _, v, r in found if r == "injured") == 2, found


def test_a_state_word_with_an_object_is_a_preposition_not_a_parts_own_state():
    found = counts("Two men inside a bakery and a woman on the sidewalk were injured.")
    assert max(v for _, v, r in found if r == "injured") == 3, found


def test_an_age_as_a_noun_leads_its_list():
    found = counts("A 9-year-old and two adults were wounded in the attack.")
    assert ("A 9-year-old and two adults", 3, "injured") in found, found


def _killed(text: str) -> list[float]:
    return sorted(v for _, v, r in counts(text) if r == "killed")


def test_a_noun_after_a_semicolon_is_the_lists_next_item_not_an_apposition():
    found = _killed(
        "Those killed at the backyard party were siblings Mark Dunn, 35, Brenda Powers, 27, "
        "and Carla Powers, 25; their cousin, Tara Dunn, 37; and a family friend, Sara "
        "Moore, 26."
    )
    assert max(found) == 5, found


def test_a_bare_noun_after_a_semicolon_read_as_a_verb_is_the_lists_next_item():
    found = _killed(
        "Three siblings, Mark Dunn, 35, Brenda Powers, 27, and Carla Powers, 25; their "
        "cousin, Tara Dunn, 37; and friend Sara Moore, 26, died in the shooting."
    )
    assert max(found) == 5, found


def test_a_date_inside_a_list_of_the_dead_does_not_void_the_list():
    found = _killed(
        "Ana Ruiz, 25, was killed in the June 3 shooting, along with her unborn child; "
        "Tom Reed, 30; Sam Hill, 28; and Joe Cole, 19."
    )
    assert found == [5], found


def test_a_partitive_and_the_persons_along_with_it_add_up():
    found = _killed(
        "Two of her sons, Tom Reed, 30, and Sam Reed, 28, were killed, along with her "
        "nephew, Joe Hill, 19, and a neighbor, Ann Cole, 40."
    )
    assert max(found) == 4, found


def test_a_partitive_and_a_noun_of_a_number_are_no_group():
    found = _killed(
        "A gunman shot three deputies, killing two of the deputies and leading dozens of "
        "officers on a chase through the hills."
    )
    assert 3 not in found, found


def test_a_suspect_taken_along_with_a_partitive_is_none_of_its_group():
    found = counts(
        "Two of the boys, as well as their father, were taken to Mercy Hospital, along with "
        "the suspect."
    )
    assert max(v for _, v, r in found if r == "injured") == 3, found


def test_an_event_told_of_its_patient_is_no_person_of_a_list():
    found = counts(
        "Detectives are investigating the murder of Ana Ruiz and the attempted murder of Joe Cole."
    )
    assert found == [("Ana Ruiz", 1, "killed")], found


def test_a_companion_with_a_harm_of_its_own_is_counted_apart():
    found = counts(
        "A 30-year-old man shot in the leg was taken to Mercy Hospital, along with a "
        "40-year-old woman with a wound to the hand."
    )
    assert ("a 40-year-old woman", 1, "injured") in found, found
    assert all(value == 1 for _, value, _ in found), found


def test_a_companion_with_no_harm_of_its_own_shares_the_clause():
    found = counts("A 30-year-old man was taken to Mercy Hospital, along with a 40-year-old woman.")
    assert [(value, role) for _, value, role in found] == [(2, "injured")], found


@pytest.mark.parametrize(
    "text",
    [
        "The victims were a 40 year old man, a 31 year old man, a 22 year old woman and a "
        "19 year old man.",
        "The victims were a 40 year old man from Salem, a 31 year old man from Salem, a 22 "
        "year old woman from Troy and a 19 year old man from Troy.",
    ],
)
def test_a_chain_of_aged_persons_read_as_appositions_is_one_list(text):
    assert [(value, role) for _, value, role in counts(text)] == [(4, "hit")]


def test_a_companion_after_an_active_verbs_object_shares_the_objects_role():
    found = counts("Police said he shot Tom Reed along with Ana Ruiz and her teenage son.")
    assert [(value, role) for _, value, role in found] == [(3, "hit")], found


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        ("The victims, three men and a woman, were all from Salem.", 4, "hit"),
        ("The victims, two boys and a girl, were taken to Mercy Hospital.", 3, "injured"),
    ],
)
def test_counted_persons_set_off_after_a_plural_noun_name_its_persons(text, value, role):
    # Not one more member beside the plural noun: an apposition naming its persons, in the
    # clause's role, or the noun's when the clause gives none.
    found = counts(text)
    assert ("three men and a woman" in text) == any(v == 4 for _, v, _ in found), found
    assert any((v, r) == (value, role) for _, v, r in found), found
    assert all(v <= value for _, v, _ in found), found
