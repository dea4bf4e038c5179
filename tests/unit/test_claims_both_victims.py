""" "Both victims", hit by its noun alone, takes the harm its page tells its victims, as a
numbered victims noun does ("the two victims": `others.victims_of_the_dead`,
`victims_of_survivors`).

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims


def _read(*texts: str) -> list[tuple[str, float, str | None]]:
    return [(c.text, c.value["low"], c.role) for c in article_claims(*texts)]


@pytest.mark.parametrize(
    ("before", "role"),
    [
        ("Two men were shot and killed outside a bar on Oak Street on Saturday.", "killed"),
        ("Two men were wounded outside a bar on Oak Street on Saturday.", "injured"),
        ("Two men were shot outside a bar on Oak Street on Saturday, one fatally.", "hit"),
    ],
)
def test_both_victims_told_who_they_are_take_the_pages_harm(before, role):
    found = _read(before, "Both victims were 23-year-old men.")
    assert ("Both victims", 2, role) in found, found


def test_both_victims_told_harmed_keep_their_clauses_role():
    found = _read(
        "Two men were killed outside a bar on Oak Street on Saturday.",
        "Both victims were shot in the head.",
    )
    assert ("Both victims", 2, "hit") in found, found
