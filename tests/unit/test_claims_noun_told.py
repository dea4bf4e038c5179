"""Deaths told by a noun a pronoun owns, and clauses that leave out their auxiliary.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts

from workbench.claims import extract_claims
from workbench.claims.event import event_of
from workbench.models import Sentence, Source


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Her family learned the news of her death on Friday.", "her death"),
        ("He was charged in her death last week.", "her death"),
        ("Neighbors said his murder shook the street.", "his murder"),
    ],
)
def test_a_pronoun_owning_a_death_is_one_dead(text, words):
    assert (words, 1, "killed") in counts(text), counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "His killing of a clerk shocked the town.",  # the killer's
        "He died of his wounds on Sunday.",  # a wound, not a death
        "Their deaths were ruled homicides.",  # a plural: no count
    ],
)
def test_other_owned_nouns_count_no_one_dead_by_their_owner(text):
    assert not any(w.lower().startswith(("his", "their")) for w, _, _ in counts(text))


def test_a_death_owned_by_a_victim_already_counted_is_that_victim():
    found = counts("A woman was struck in the chest, resulting in her death.")
    assert ("A woman", 1, "killed") in found, found
    assert not any(w == "her death" for w, _, _ in found), found


def test_a_death_told_by_its_noun_does_not_date_the_event():
    first = "The family learned the news of her death on Friday."
    second = "She had gone to work on Thursday."
    text = f"{first} {second}"
    source = Source(id=1, file="t", text=text, content_hash="x", published="2021-05-08")
    sentences = [
        Sentence(1, 1, 0, 0, 0, len(first), first),
        Sentence(2, 1, 1, 0, len(first) + 1, len(text), second),
    ]
    event = event_of(extract_claims(source, sentences), source.published)
    assert event.date != "2021-05-07", event  # the day of the news, not of the event


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "A man was killed and at least six others shot at a house on Elm Street.",
            "at least six others",
            6,
        ),
        ("A teenager was killed and his brother shot in the leg on Sunday.", "his brother", 1),
    ],
)
def test_a_clause_sharing_the_auxiliary_before_it_is_passive(text, words, value):
    assert (words, value, "hit") in counts(text), counts(text)


def test_a_clause_aimed_at_a_person_keeps_its_shooters():
    found = counts("A man was killed and two officers shot at the gunman.")
    assert not any(w == "two officers" and role == "hit" for w, _, role in found), found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "In addition, a third shooting victim was found at another home.",
            "a third shooting victim",
        ),
        (
            "A third shooting victim, an 18-year-old man, arrived at the hospital later.",
            "A third shooting victim",
        ),
    ],
)
def test_a_victim_told_for_the_first_time_is_one_hit(text, words):
    assert (words, 1, "hit") in counts(text), counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The victim was identified by police as a 30-year-old man who was shot.",  # told again
        "A survivor of the shooting spoke to reporters outside the hospital.",  # maybe unhurt
    ],
)
def test_a_victim_told_again_or_a_survivor_is_no_new_count(text):
    found = counts(text)
    assert not any(w.lower().startswith(("the victim", "a survivor")) for w, _, _ in found), found
