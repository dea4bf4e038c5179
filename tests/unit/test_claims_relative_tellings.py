"""A relative clause on a person the main clause counts tells a count of its own: a death or
a harm comma or not, care and condition only set off by a comma (the labels' "a relative
clause is its own clause"); where only the relative clause puts the person in a role, the
noun and its clause are one telling.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputies are investigating the death of Ray Dunn, who died Friday.", [("killed", 1)] * 2),
        ("Two men were charged in the slaying of a teen who was stabbed to death.", None),
        (
            "Troopers returned fire, fatally wounding the driver, who was pronounced dead later.",
            [("killed", 1)] * 2,
        ),
        (
            "Al Ward is charged in the killing of his cousin Sam Ward, 9, who was shot in the hip.",
            [("charged", 1), ("hit", 1), ("killed", 1)],
        ),
        (
            "The victim Ana Cole, who was shot near a bus stop, is in fair condition.",
            [("hit", 1), ("injured", 1)],
        ),
    ],
)
def test_a_relative_clause_of_harm_is_a_count_of_its_own(text, expected):
    found = roles(text)
    if expected is None:  # the charge's count beside the two deaths
        assert found.count(("killed", 1)) == 2, found
    else:
        assert found == expected, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The teen who was hurt was in critical condition on Saturday.", [("injured", 1)]),
        ("A man who was shot in the leg is in stable condition.", [("hit", 1), ("injured", 1)]),
        ("The woman who was killed lived on Elm Street.", [("killed", 1)]),
    ],
)
def test_one_telling_where_the_main_clause_adds_nothing_new(text, expected):
    assert roles(text) == expected, roles(text)
