"""A survivor's care or state with an "after" clause telling the harm is one count, hit
(`claims.after_clauses`; the labels' convention: "a condition or hospital told with a
subordinate 'after he was shot' is hit 1 only").

Sentences invented here (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts, headline_counts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A young clerk remains in serious condition after she was shot in the arm.", 1),
        ("Two cousins are recovering after they were shot on Friday.", 2),
        ("A boy was rushed to a clinic after deputies say he shot himself.", 1),
        (
            "A girl is recovering after her aunt says that she was struck by a bullet.",
            1,
        ),
        ("A teen was hospitalized after he shot himself while cleaning a rifle.", 1),
        ("Three men were injured after being shot outside a tavern.", 3),
        ("A student is being treated for a gunshot wound after being shot on Friday.", 1),
        ("The driver was taken to a clinic, where he is expected to recover after being shot.", 1),
        ("Medics took two women to a clinic after they were shot.", 2),
    ],
)
def test_care_with_an_after_clause_of_the_harm_is_one_hit(text, value):
    assert [(v, role) for _, v, role in counts(text)] == [(value, "hit")]


def test_a_headline_state_with_an_after_clause_is_one_hit():
    assert headline_counts("Teenage clerk critical after being shot") == [(1, "hit")]


@pytest.mark.parametrize(
    "text",
    [
        "The driver was taken to a clinic after he shot his brother.",  # another's harm
        "The driver was taken to a clinic after a crash.",  # no harm verb
        "The driver was hospitalized after he was arrested.",  # no harm of the hit role
        "Two cousins were hurt when they were shot.",  # "when", not "after"
    ],
)
def test_an_after_clause_of_no_harm_to_the_person_leaves_care_injured(text):
    found = counts(text)
    assert found[0][2] == "injured"


def test_a_pronoun_of_another_number_is_not_the_counted_person():
    # "they" cannot tell the one driver again: his care stays injured
    assert counts("The driver was taken to a clinic after they were shot.")[0][2] == "injured"


def test_a_death_after_the_harm_stays_killed():
    assert [role for _, _, role in counts("The clerk died after she was shot.")] == ["killed"]


def test_a_pronoun_joined_to_others_tells_a_group_of_its_own():
    # the group is a count of its own, and the one in care stays injured
    found = [
        (v, role)
        for _, v, role in counts("A clerk remains in a clinic after she and two others were shot.")
    ]
    assert (1, "injured") in found and (3, "hit") in found
