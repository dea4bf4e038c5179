"""A person in care (taken to a hospital, in a condition) is one injured, though no word of
harm is in the sentence: the labels' convention, and what a reader takes from it.

Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    "text",
    [
        "The girl was taken to a hospital.",
        "He is still in the hospital.",
        "She is in fair condition.",
    ],
)
def test_a_person_in_care_is_one_injured_with_no_word_of_harm(text):
    assert [(value, role) for _, value, role in counts(text)] == [(1, "injured")]


@pytest.mark.parametrize(
    "text",
    [
        "Stabbed twice, the clerk was rushed to a hospital.",
        "The girl is in serious condition after being shot.",
    ],
)
def test_a_person_in_care_told_how_hurt_by_a_participle_is_one_hit(text):
    # labels29c's decision (tests/labelled/gva/README.md, "A participle on a counted noun
    # beside an outcome", and dev_s's "after being shot"): one count, hit; it was injured
    # and hit before EXTRACTOR 514
    assert sorted(role for _, value, role in counts(text) if value == 1) == ["hit"]


def test_a_person_in_care_after_hurting_another_is_not_hit_himself():
    found = counts("The man was taken to a hospital after stabbing his brother.")
    assert ("The man", 1, "injured") in found and ("The man", 1, "hit") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The teacher arrived at a hospital an hour later.",
        "The clerk was airlifted to a trauma center.",
        "Her brother drove her to the emergency room.",
        "The teen was transferred to a medical center in the city.",
    ],
)
def test_each_way_to_each_place_of_care_is_one_injured(text):
    assert [(value, role) for _, value, role in counts(text) if role] == [(1, "injured")]


def test_the_one_who_drives_someone_to_care_is_not_hurt():
    found = counts("Her brother drove her to the emergency room.")
    assert [text for text, _, role in found if role == "injured"] == ["her"]


@pytest.mark.parametrize(
    "text",
    [
        "The driver was transported to the county jail.",
        "Her father went to the hospital to see her.",
    ],
)
def test_taken_elsewhere_or_for_another_reason_is_no_care(text):
    assert [role for _, _, role in counts(text) if role in ("injured", "hit")] == []


def test_taken_for_treatment_by_a_purpose_clause_is_still_care():
    text = "Three of the hikers were taken to a hospital to receive treatment for their burns."
    assert ("injured", 3) in [(role, value) for _, value, role in counts(text)]


def test_a_person_whose_own_words_say_how_and_who_reaches_care_is_one_hit():
    # labels29c's decision (a participle telling the harm beside care: one count, hit;
    # EXTRACTOR 514): injured and hit before
    found = counts("A teacher stabbed in the arm went to the hospital.")
    assert sorted(role for _, value, role in found if value == 1) == ["hit"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The clerk had surgery on Friday.", 1),
        ("Three hikers are still receiving treatment.", 3),
        ("The driver is listed as stable.", 1),
        ("The teacher was released after treatment at a clinic.", 1),
    ],
)
def test_treatment_surgery_and_a_listed_state_are_care(text, value):
    assert (value, "injured") in [(v, role) for _, v, role in counts(text)]


@pytest.mark.parametrize(
    "text", ["The clerk has two more surgeries ahead.", "The clerk suffered three stab wounds."]
)
def test_a_count_of_the_phrase_object_counts_things_not_people(text):
    assert [(v, role) for _, v, role in counts(text) if v != 1 and role] == []


def test_a_number_on_a_day_hung_on_the_verb_is_no_person():
    found = counts("Two hikers will need surgery, one Thursday and one Friday.")
    assert [(v, role) for _, v, role in found if role] == [(2, "injured")]


def test_expected_to_survive_is_injured():
    assert ("injured", 2) in [
        (role, v) for _, v, role in counts("Both hikers are expected to survive.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The teen was flown to Lakeside Health Center in Dayton for treatment.",
        "The other victim was transported to Memphis for further treatment.",
    ],
)
def test_a_way_of_care_for_a_need_of_care_is_care_whatever_place_it_names(text):
    assert [(value, role) for _, value, role in counts(text)] == [(1, "injured")]


def test_a_way_to_a_named_place_for_another_need_is_no_care():
    assert counts("The suspect was taken to Central Booking for processing.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Her brother remains in the trauma unit.",
        "The clerk is in intensive care.",
        "The boy was in the burn unit on Sunday.",
    ],
)
def test_being_in_each_place_of_care_is_one_injured(text):
    assert [(value, role) for _, value, role in counts(text) if role] == [(1, "injured")]


@pytest.mark.parametrize(
    "text",
    [
        "Shot three times, Marlow was rushed to Mercy Hospital.",
        "Stabbed in the chest, Reed was taken to a hospital.",
    ],
)
def test_an_opening_participle_read_as_a_name_tells_how_the_patient_was_hurt(text):
    # labels29c's decision (a participle telling the harm beside care: one count, hit;
    # EXTRACTOR 514): injured and hit before
    assert sorted(role for _, value, role in counts(text) if value == 1) == ["hit"]


def test_remains_read_as_a_noun_after_an_age_is_the_verb():
    found = counts("The 30-year-old died and the 18-year-old remains in critical condition.")
    assert ("the 18-year-old", 1, "injured") in found, found
    assert counts("Deputies found the remains in a field.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The man was bleeding from his head.",
        "The boy was bleeding heavily when officers arrived.",
    ],
)
def test_a_person_bleeding_is_one_injured(text):
    """Bleeding tells a person hurt and alive, as a wound borne does."""
    assert [(value, role) for _, value, role in counts(text)] == [(1, "injured")]


@pytest.mark.parametrize("text", ["The wound was bleeding.", "The company is bleeding money."])
def test_a_thing_bleeding_is_no_person_hurt(text):
    assert counts(text) == []


@pytest.mark.parametrize(
    "text",
    ["The boy spent four days in the hospital.", "He spent the night in intensive care."],
)
def test_a_span_of_time_spent_in_care_is_one_injured(text):
    """A span of time as the object is no thing moved: the subject was in care."""
    assert [(v, r) for _, v, r in counts(text) if r != "measuring"] == [(1, "injured")]


def test_a_person_taken_to_care_is_the_object_not_the_subject():
    assert counts("He took his friend to the hospital.") == [("his friend", 1, "injured")]
