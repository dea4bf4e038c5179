"""How far an arrest has come, told without a number (`claims/arrest_states.py`): every
suspect still sought or an arrest denied is 0 arrested, an arrest told made is 1, custody and
a surrender are arrests. Sentences invented here.
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Police are searching for the gunman, who fled on foot.", "the gunman", 0),
        ("Deputies are looking for a man suspected of robbing the store.", "a man", 0),
        ("The suspect remains at large, officers said.", "The suspect", 0),
        ("A suspect was being sought Sunday in the robbery.", "A suspect", 0),
        ("No arrest has been made yet.", "No arrest", 0),
        ("An arrest has not been made in the case.", "An arrest", 0),
        ("Officers have not made any arrests.", "any arrests", 0),
        ("No suspects are in custody.", "No suspects", 0),
        ("The driver, who has not been arrested, spoke to reporters.", "The driver", 0),
        ("An arrest has been made in the robbery.", "An arrest", 1),
        ("Craft turned himself in Wednesday afternoon.", "Craft", 1),
        ("Thompson is being held in jail without bond.", "Thompson", 1),
        ("Ware is being held in the county jail without bond.", "Ware", 1),
        ("Head was remanded to jail Thursday.", "Head", 1),
    ],
)
def test_a_suspect_free_or_an_arrest_denied_is_none_and_one_made_or_held_is_one(text, words, value):
    assert (words, value, "arrested") in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police are looking for a second suspect.",  # a part: the first may be held
        "Investigators are not searching for any suspects.",  # no pursuit at all
        "There is no active search for a shooter on campus.",
        "Police are looking for witnesses to the crash.",  # no perpetrator
        "The suspects may still be on the loose, a neighbour said.",  # a guess
        "Police said an arrest is possible.",
    ],
)
def test_a_part_a_denied_pursuit_or_a_guess_counts_no_arrest(text):
    assert [c for c in counts(text) if c[2] == "arrested"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Adams was sentenced to life in prison.",
        "Jones pleaded guilty to the robbery.",
        "The teen is accused of shooting his friend.",
        "A jury convicted Hernandez of murder.",
    ],
)
def test_later_stages_of_a_case_and_an_accusation_are_no_charge(text):
    assert [c for c in counts(text) if c[2] == "charged"] == []
