"""Counts told by their people's care or condition: some of those hurt, not how many.

"Two are in critical condition", "one was treated at the scene", "three were taken to
hospital" count those a hospital or a condition is told of, which is often a part of those
hurt ("five hurt", of whom two critical). Set against another report's count of the role,
such a count proves at least its own people, like a singular mention (`figure_relations.bounds`):
"two in critical condition" never disputes "five hurt", while "eight taken to hospital"
still disputes an earlier "seven injured" (more than it can hold).

What is care is read from the roles data (`data/roles.json`), not listed here: the phrases
that put a count in the care role (findings data `care_role`, "injured") are of two
shapes, a verb of care taking the people somewhere or treating them ("take to hospital",
"treat for injuries", "remain hospitalized"), and a condition the copula or a listing puts
them in ("in critical condition", "in hospital"). Verbs a person bears a harm with
("suffer injuries") and the role's own states ("injured") tell the harm, not the care.
A condition told as the harm's degree ("two were critically wounded": the adverb of a
condition's adjective) counts a part the same way ("three wounded", two critically).
"""

from __future__ import annotations

from functools import cache

from workbench.claims.care_words import (
    care_phrases,
    clause_after,
    predicate_words,
    told_in_care,
)
from workbench.claims.roles import HARM_ROLES
from workbench.findings.knowledge import knowledge, role_sums
from workbench.models import Claim


def care_role() -> str:
    """The role whose count a care or condition phrase gives (findings data)."""
    return str(knowledge().get("care_role", "injured"))


def _care() -> tuple[frozenset[str], tuple[str, ...]]:
    """(the verbs of care, the condition phrases), from the roles data."""
    return care_phrases(care_role())


@cache
def _care_roles() -> frozenset[str]:
    """The care role and the wholes it is a part of (people hit: killed + injured)."""
    role = care_role()
    return frozenset([role, *(w for w, parts in role_sums().items() if role in parts)])


def told_by_care(claim: Claim) -> bool:
    """The count is told by its people's care or condition: its predicate is a verb of
    care, or its clause puts them in a condition ("are in stable condition", "was listed
    in critical condition") or tells the harm's degree ("were critically wounded"). Only
    for a count of the care role or of those hit: nobody is dead in a condition."""
    return not claim.implicit and in_care(claim)


def care_verb(claim: Claim) -> str | None:
    """The verb of care a stated count is told by ("Five people were taken to ...":
    "take"), or None: a condition or a harm's degree is no verb of care."""
    if claim.implicit or claim.derived or claim.role != care_role():
        return None
    found = _care()[0].intersection(predicate_words(claim))
    return min(found) if found else None


def in_care(claim: Claim) -> bool:
    """The mention's people are told in care or a condition, as `told_by_care` reads a
    count, a singular mention too ("the boy was rushed to the hospital in critical
    condition"): someone alive and hurt at the time of the report."""
    if claim.role not in _care_roles() or claim.derived:
        return False
    return told_in_care(claim, care_role())


def dead_in_a_condition(claim: Claim) -> bool:
    """A count of a harm the care role is no part of (the dead) whose own clause puts its
    people in a condition ("Still in hospital are three victims in critical condition",
    read as dead because the article counts as many dead): nobody dead is in a condition,
    so the count is misread and no figure of that harm."""
    if claim.role not in HARM_ROLES or claim.role in _care_roles() or claim.implicit:
        return False
    clause = clause_after(claim)
    return any(c in clause for c in _care()[1])
