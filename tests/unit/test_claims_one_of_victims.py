"""One of a group of victims whose clause tells only who the one is ("One of the victims
was 16"): a part of the group, in the role the article tells its victims.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims


def _article(*texts: str) -> list[tuple[str, float, str | None]]:
    return [(c.text, c.value["low"], c.role) for c in article_claims(*texts) if c.role]


@pytest.mark.parametrize(
    ("before", "role"),
    [
        ("Three people were wounded in a shooting on Pine Street on Sunday.", "injured"),
        ("Two people were killed in a shooting on Pine Street on Sunday.", "killed"),
        ("Two people were killed and three wounded on Pine Street on Sunday.", "hit"),
    ],
)
def test_one_of_the_victims_told_who_is_in_the_role_the_article_tells_its_victims(before, role):
    found = _article(before, "One of the victims was only 16 years old.")
    assert ("One of the victims", 1, role) in found, found


@pytest.mark.parametrize(
    "told",
    [
        "A cousin of one of the victims spoke at the vigil.",  # about another person
        "Detectives believe the gunman knew one of the victims.",  # no clause of who it is
        "One of the victims' mothers spoke to reporters.",  # a possessive: the mother
    ],
)
def test_one_of_the_victims_in_another_clause_counts_nothing(told):
    found = _article("Three people were wounded in a shooting on Pine Street on Sunday.", told)
    assert [f for f in found if f[0].lower().startswith("one of")] == [], found
