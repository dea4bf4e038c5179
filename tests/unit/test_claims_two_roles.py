"""Counts the clause puts in two roles, and the parse repairs that find the clause.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest

from workbench.claims import extract_claims
from workbench.models import Sentence, Source


def counts(text: str) -> list[tuple[str, float, str | None]]:
    source = Source(id=1, file="t", text=text, content_hash="x", published="2021-05-04")
    found = extract_claims(source, [Sentence(1, 1, 0, 0, 0, len(text), text)])
    return [(c.text, c.value["low"], c.role) for c in found if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("A young man was shot and wounded on Birch Lane.", "A young man", 1),
        ("Five students were shot and wounded near the gym.", "Five students", 5),
        ("The clerk was shot in the arm and taken to the hospital.", "The clerk", 1),
    ],
)
def test_shot_and_wounded_is_hit_as_well_as_injured(text, words, value):
    found = counts(text)
    assert (words, value, "injured") in found, found
    assert (words, value, "hit") in found, found


def test_shot_and_killed_stays_a_count_of_the_dead_only():
    found = counts("A young man was shot and killed on Birch Lane.")
    assert found == [("A young man", 1, "killed")]


def test_a_relative_clause_adds_its_own_role():
    found = counts("The clerk, who was shot in the chest, was pronounced dead at the scene.")
    assert ("The clerk", 1, "killed") in found and ("The clerk", 1, "hit") in found, found


def test_the_second_role_keeps_the_first_claims_id():
    from workbench.identity import assign_ids

    text = "A young man was shot and wounded on Birch Lane."
    source = Source(id=1, file="t", text=text, content_hash="x", published="2021-05-04")
    found = extract_claims(source, [Sentence(1, 1, 0, 0, 0, len(text), text)])
    first, second = [c for c in found if c.kind == "quantity"]
    assert (first.role, second.role) == ("injured", "hit")
    ids = assign_ids("x", found, [])
    assert len({c.id for c in ids}) == len(ids)
