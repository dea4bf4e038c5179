"""Parts of a counted group named with no noun of their own: "another", "a third", "a
second one", "the other three"; sentences written here, none from the corpus."""

from __future__ import annotations

import re

from workbench.claims import extract_claims
from workbench.models import Claim, Sentence, Source


def counts(text: str) -> list[tuple[str | None, float, str]]:
    sentences, pos = [], 0
    for m in re.finditer(r"[^.!?]+[.!?]", text):
        s = m.group().strip()
        start = text.index(s, pos)
        sentences.append(Sentence(1, 1, len(sentences), 0, start, start + len(s), s))
        pos = start + len(s)
    source = Source(1, "t.txt", text, "h", published="2021-05-02")
    found: list[Claim] = extract_claims(source, sentences)
    return [(c.role, c.value["low"], c.text) for c in found if c.kind == "quantity"]


def test_parts_told_one_by_one_in_a_gapped_list_are_each_one_hit():
    found = counts("One was shot in the upper back, another in the knee, and a third in the hand.")
    assert ("hit", 1, "another") in found
    assert ("hit", 1, "a third") in found
    assert not any(0 < value < 1 for _, value, _ in found)  # "a third" is no fraction


def test_another_in_a_gapped_clause_after_and():
    found = counts("Four porters were shot. One was shot in the elbow and another in the knee.")
    assert ("hit", 1, "another") in found


def test_a_rank_on_one_is_a_person_in_its_clause_role():
    found = counts("One ranger died at the lodge. A second one died at a clinic.")
    assert ("killed", 1, "A second one") in found


def test_another_alone_takes_the_role_of_the_dead_counted_before_it():
    found = counts(
        "A man was found dead on the ramp. Another was lying near the gate after the shooting."
    )
    assert ("killed", 1, "Another") in found


def test_another_alone_beside_those_hit_tells_nothing_new():
    found = counts(
        "Two men were shot on the ramp. Another was lying near the gate after the shooting."
    )
    assert not any(text == "Another" for _, _, text in found)


def test_the_other_n_is_the_rest_of_the_group_those_who_lived():
    found = counts(
        "Officers found three victims at the depot. One was dead. The other two had calm pulses."
    )
    assert ("injured", 2, "two") in found
    assert not any(role == "killed" and value == 2 for role, value, _ in found)


def test_the_other_n_of_a_group_told_hit_with_no_dead_told_apart_is_hit():
    found = counts(
        "Four porters were shot at the depot. The other three found their own rides home."
    )
    assert ("hit", 3, "three") in found


def test_a_fraction_of_a_crowd_is_still_no_person():
    found = counts("About a third were hurt in the crush.")
    assert not any(value == 1 for _, value, _ in found)


def test_a_sibling_of_a_part_in_care_takes_no_role_from_it():
    found = counts("Two porters were shot. One was taken to a clinic and another stayed home.")
    assert not any(text == "another" for _, _, text in found)
