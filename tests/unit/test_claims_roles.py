"""Roles, counted nouns, groups and implied counts read from the parse.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import json

import pytest

from workbench.claims import extract_claims, roles
from workbench.models import Sentence, Source


def counts(text: str) -> list[tuple[str, float, str | None, bool, bool]]:
    source = Source(id=1, file="t", text=text, content_hash="x", published="2021-05-04")
    found = extract_claims(source, [Sentence(1, 1, 0, 0, 0, len(text), text)])
    return [
        (c.text, c.value["low"], c.role, c.implicit, c.derived)
        for c in found
        if c.kind == "quantity"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four people were shot on Elm Street.", ("Four people", 4, "hit")),
        ("Two teenagers died at the scene.", ("Two teenagers", 2, "killed")),
        ("The crash left three passengers dead.", ("three passengers", 3, "killed")),
        ("The blast left nine workers wounded.", ("nine workers", 9, "injured")),
        ("Officers arrested 14 protesters downtown.", ("14 protesters", 14, "arrested")),
        ("Three suspects were charged with robbery.", ("Three suspects", 3, "charged")),
        ("Seven hikers remain missing.", ("Seven hikers", 7, "missing")),
        ("About 40 rounds were fired at the house.", ("About 40 rounds", 36, "shots")),
        ("Twelve gun shots rang out near the pier.", ("Twelve gun shots", 12, "shots")),
        ("Nearly 200 guests were inside the hall.", ("Nearly 200 guests", 180, "present")),
        ("Two gunmen opened fire on the crowd.", ("Two gunmen", 2, "involved")),
        ("3 Dead After Shooting At Motel", ("3", 3, "killed")),
        ("Eight injured in highway pileup", ("Eight", 8, "injured")),
        ("Three of the victims died in hospital.", ("Three of the victims", 3, "killed")),
        ("Police confirmed the deaths of two climbers.", ("two climbers", 2, "killed")),
    ],
)
def test_a_stated_count_gets_the_role_its_clause_gives_it(text, expected):
    words, low, role = expected
    found = counts(text)
    assert any(t.startswith(words) and (lo, r) == (low, role) for t, lo, r, _, _ in found), found


def test_shot_and_killed_is_the_stronger_role():
    assert ("Two men", 2, "killed", False, False) in counts("Two men were shot and killed.")


def test_a_group_has_its_parts_and_a_derived_whole():
    text = "Three men and a woman were wounded in the attack."
    source = Source(id=1, file="t", text=text, content_hash="x", published="2021-05-04")
    found = extract_claims(source, [Sentence(1, 1, 0, 0, 0, len(text), text)])
    whole = [c for c in found if c.derived]
    assert len(whole) == 1 and whole[0].value["low"] == 4 and whole[0].role == "injured"
    assert whole[0].group == {"whole": 4, "parts": [3, 1]}
    part = next(c for c in found if c.text == "Three men")
    assert part.group == {"whole": 4, "parts": [3, 1], "part": 0}


def test_hit_with_a_fatal_part_derives_the_injured():
    found = counts("Five people were shot, two fatally, outside the arena.")
    assert ("Five people", 5, "hit", False, False) in found
    assert any(low == 2 and role == "killed" for _, low, role, _, _ in found)
    assert any(low == 3 and role == "injured" and derived for _, low, role, _, derived in found)


def test_a_headlines_fatal_part_after_a_participle_read_as_a_noun():
    found = counts("6 shot, 2 fatally, near transit center")
    assert ("6", 6, "hit", False, False) in found
    assert any(low == 2 and role == "killed" for _, low, role, _, _ in found), found


def test_the_fatal_few_of_the_hit_are_the_whole_of_the_killed():
    text = "Seven people were shot, one fatally, near the park."
    source = Source(id=1, file="t", text=text, content_hash="x", published="2021-05-04")
    found = extract_claims(source, [Sentence(1, 1, 0, 0, 0, len(text), text)])
    [killed] = [c for c in found if c.kind == "quantity" and c.role == "killed"]
    assert killed.value["low"] == 1 and not killed.group  # no part: every one who died
    assert killed.value["why"] == "1 of the 7 hit, fatally"


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        ("Daniel Price, 24, was shot and killed on Friday.", "Daniel Price", "killed"),
        ("A woman was wounded by a stray bullet.", "A woman", "injured"),
        ("Deputies arrested a man near the bridge.", "a man", "arrested"),
        ("He is charged in the stabbing death of a teenager.", "a teenager", "killed"),
        ("A 19-year-old man was found dead in the car.", "A 19-year-old man", "killed"),
        ("The driver was taken to a hospital in critical condition.", "The driver", "injured"),
    ],
)
def test_a_singular_person_in_a_role_is_an_implicit_count_of_one(text, mention, role):
    found = counts(text)
    assert (mention, 1, role, True, False) in found, found


def test_plural_nouns_without_a_number_carry_no_count():
    assert not [c for c in counts("Victims were taken to hospital.") if c[2] == "injured"]


def test_no_one_is_a_count_of_zero():
    assert ("No one", 0, "injured", False, False) in counts("No one was injured in the fire.")
    assert any(
        low == 0 and role == "arrested"
        for _, low, role, _, _ in counts("No arrests have been made.")
    )


def test_a_multiplier_counts_the_victims_of_an_event():
    assert ("triple homicide", 3, "killed", False, False) in counts(
        "Detectives are investigating a triple homicide."
    )


def test_roles_are_data_the_user_can_extend(tmp_path, monkeypatch):
    extra = tmp_path / "roles.json"
    extra.write_text(
        json.dumps({"roles": {"missing": {"undergo": ["vanish"], "states": ["stranded"]}}}),
        encoding="utf-8",
    )
    monkeypatch.setenv(roles.ROLES_ENV, str(extra))
    assert ("Twelve climbers", 12, "missing") in {
        (t, low, role) for t, low, role, _, _ in counts("Twelve climbers were stranded.")
    }


@pytest.mark.parametrize(
    ("text", "mention", "value", "role"),
    [
        ("Okafor and Reyes were shot outside the store.", "Okafor and Reyes", 2, "hit"),
        ("A cyclist who was struck by the van died later.", "A cyclist", 1, "killed"),
        ("Paramedics carried an injured woman to the ambulance.", "an injured woman", 1, "injured"),
        ("The stabbing sent a worker to the hospital.", "a worker", 1, "injured"),
        ("A 4-year-old was hit by a stray bullet.", "A 4-year-old", 1, "hit"),
    ],
)
def test_relative_clauses_participles_and_coordinated_names(text, mention, value, role):
    assert (mention, value, role, True, False) in counts(text), counts(text)


def test_a_total_of_counts_in_the_role_of_its_clause():
    found = counts("A total of 12 people were killed in the storm.")
    assert any(low == 12 and role == "killed" for _, low, role, _, _ in found), found


def test_a_pronoun_and_a_number_make_one_group():
    found = counts("She and her three sons were evacuated by boat.")
    assert any(low == 4 and role == "evacuated" and derived for _, low, role, _, derived in found)


def test_a_clause_with_its_own_object_tells_of_that_object():
    found = counts("A gunman shot five men on Pine Street sending two people to the hospital.")
    assert ("five men", 5, "hit", False, False) in found, found
    assert not any(t == "five men" and r == "injured" for t, _, r, _, _ in found), found
    assert ("two people", 2, "injured", False, False) in found, found


def test_a_verb_coordinated_after_an_object_does_not_share_it():
    text = (
        "Someone shot six men in Riverton sending four people to the hospital"
        " and killing a 20-year-old Saturday night."
    )
    found = counts(text)
    assert ("four people", 4, "injured", False, False) in found, found
    assert not any(t == "four people" and r == "killed" for t, _, r, _, _ in found), found
    found = counts("The gunman shot and killed two clerks at the store.")
    assert ("two clerks", 2, "killed", False, False) in found, found


def test_a_count_and_its_verb_read_as_a_modifier_are_a_clause():
    found = counts("Deputies said all three suffered non-life threatening injuries.")
    assert any(t.startswith("three") and (v, r) == (3, "injured") for t, v, r, _, _ in found)
    found = counts("Three wounded men were taken to hospital.")
    assert ("Three wounded men", 3, "injured", False, False) in found, found


def test_a_part_with_its_own_harm_is_hit_and_the_whole_is_not():
    found = counts("Six people were hurt, five from gunshot wounds and one from a fall.")
    assert ("five", 5, "hit", False, False) in found, found
    assert not any(t in ("Six people", "one") and r == "hit" for t, _, r, _, _ in found), found
    found = counts("Two people from the neighborhood were hurt.")
    assert not any(r == "hit" for _, _, r, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The crash killed a 17-year-old and a 20-year-old.",
        "The crash killed a 17-year-old, 20-year-old on the highway.",
    ],
)
def test_coordinated_ages_are_counted_together(text):
    found = counts(text)
    assert any(v == 2 and r == "killed" and i for _, v, r, i, _ in found), found
    assert not any(v == 1 for _, v, _, _, _ in found), found


def test_one_and_the_other_two_in_one_role_make_a_derived_whole():
    found = counts("Deputies said one woman was found dead while the other two died in hospital.")
    assert any(v == 3 and r == "killed" and d for _, v, r, _, d in found), found
    found = counts("One man was killed and the other two were wounded.")
    assert not any(d and r != "hit" for _, _, r, _, d in found), found
    # the two roles add up to the people hit, derived (claims/hit_sums.py)
    assert any(v == 3 and r == "hit" and d for _, v, r, _, d in found), found


def test_a_phrasal_verb_after_the_counted_noun_is_not_part_of_its_words():
    assert ("Seven shots", 7, "shots", False, False) in counts("Seven shots rang out.")
