"""A harm's participle on the counted noun, or an "after being shot" clause, beside a
predicate of condition or survival is one count, hit (the labels' "a participle on a
counted noun beside an outcome" and "in critical condition after being shot"): also where
the parser read the participle as the noun's verb and the linking verb after it as a
conjunct or a clause of its own, and where the "after" clause hangs on an open complement
("is expected to survive after being shot").

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import roles


@pytest.mark.parametrize(
    "text",
    [
        "The woman shot in the hip is in serious condition.",
        "The teen shot in the leg remains in stable condition.",
        "A girl accidentally shot by her brother was in good condition Sunday.",
        "A Troy man is expected to survive after being shot Friday.",
    ],
)
def test_a_participle_beside_a_condition_is_one_hit(text):
    assert roles(text) == [("hit", 1)], roles(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman who was shot in the hip is in serious condition.", [("hit", 1), ("injured", 1)]),
        ("A man shot his neighbor and was arrested.", [("arrested", 1), ("hit", 1)]),
    ],
)
def test_a_relative_clause_or_an_act_of_its_own_is_not_this(text, expected):
    assert roles(text) == expected, roles(text)


def test_a_linking_verb_naming_what_the_noun_is_keeps_the_harm():
    found = roles("Teen shot near the park is second victim this month in Dover")
    assert ("hit", 1) in found, found
