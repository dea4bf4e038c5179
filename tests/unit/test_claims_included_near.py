"""An "including" member the parser hangs on an event or a thing ("a shooting that left four
people wounded, including two girls"; "struck by bullets, including X") is a member of the
nearest counted group of that clause, in its role, marked a part.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims

from workbench.claims.included import PART_MARK


def _parts(text: str) -> list[tuple[str, float, str | None]]:
    return [
        (c.text, c.value["low"], c.role)
        for c in article_claims(text)
        if c.kind == "quantity" and c.value.get(PART_MARK)
    ]


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Deputies are looking into a shooting that left five people hurt, including two boys.",
            ("two boys", 2, "injured"),
        ),
        (
            "Officers responded to a shooting in which two people died, including a toddler.",
            ("a toddler", 1, "killed"),
        ),
        (
            "Three students on the porch were struck by bullets, including Mia Lopez.",
            ("Mia Lopez", 1, "hit"),
        ),
    ],
)
def test_a_member_of_the_counted_group_of_the_clause(text, member):
    assert _parts(text) == [member], _parts(text)


def test_no_member_without_a_counted_group():
    found = _parts("Police are investigating a shooting, including a report of a stolen car.")
    assert found == [], found
