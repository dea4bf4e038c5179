"""A singular mention told as an addition: "also", "too" or "as well" of its own clause
(`claims.additions`), read by the finder as one more beside the count told before.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims

from workbench.claims.additions import ADDED_MARK

FIRST = "Three people were killed in the shooting on Elm Street."


def _added(told: str) -> list[tuple[str, bool]]:
    return [
        (c.text, bool(c.value.get(ADDED_MARK)))
        for c in article_claims(FIRST, told)
        if c.implicit and c.sentence == told
    ]


@pytest.mark.parametrize(
    "told",
    [
        "Her unborn child also died.",
        "A woman was also shot in the leg.",
        "The gunman also shot a woman.",
        "A teenager was wounded as well.",
        "A woman was shot too.",
    ],
)
def test_an_additive_adverb_of_the_mention_s_own_clause_tells_one_more(told):
    found = _added(told)
    assert found and all(added for _, added in found), found


@pytest.mark.parametrize(
    "told",
    [
        "A woman was killed beside two men who were also shot.",
        "Police say his body was found in a ditch with three other men who were also shot.",
        "A woman was shot and also died at the hospital.",
        "A man was killed.",
    ],
)
def test_an_adverb_of_another_clause_or_none_tells_no_addition(told):
    found = _added(told)
    assert found and not any(added for _, added in found), found
