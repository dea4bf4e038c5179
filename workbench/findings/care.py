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

import re
from functools import cache

from workbench.claim_spans import claim_at
from workbench.claims.roles import HARM_ROLES
from workbench.claims.roles import default as roles_default
from workbench.findings.knowledge import knowledge, role_sums
from workbench.models import Claim

_CLAUSE_END = re.compile(r"[,;:]|\band\b|\bbut\b|\bwhile\b")


_WHY_PREDICATE = re.compile(r"” \(([^()]+)\)")
"""The predicate a count read from a mention or a number word was found by, as the claim's
`why` records it ("a singular mention: “He” (die)", "“One” (passive treat)")."""


def predicate_words(claim: Claim) -> list[str]:
    """The words of the predicate the claim's role was read from: the parse's lemma when
    the claim keeps it, else the one its `why` records ("passive treat": passive, treat)."""
    predicate = claim.value.get("predicate")
    if predicate:
        return str(predicate).casefold().split()
    found = _WHY_PREDICATE.search(str(claim.value.get("why") or ""))
    return found.group(1).casefold().split() if found else []


def care_role() -> str:
    """The role whose count a care or condition phrase gives (findings data)."""
    return str(knowledge().get("care_role", "injured"))


@cache
def _care() -> tuple[frozenset[str], tuple[str, ...]]:
    """(the verbs of care, the condition phrases), from the roles data."""
    roles = roles_default()
    role = care_role()
    phrases = [p for p, r in roles.phrases.items() if r == role and len(p) > 1]
    verbs = {
        p[0]
        for p in phrases
        if p[0] not in roles.states
        and p[0] != "in"
        and (p[0] not in roles.borne_verbs or p[1] == "to")
    }
    conditions = tuple(" ".join(p) for p in phrases if p[0] == "in")
    return frozenset(verbs), conditions


@cache
def _degrees() -> re.Pattern[str]:
    """The adverbs of the conditions' adjectives ("in critical condition": "critically"),
    which tell a harm's degree: those so hurt are some of the hurt, not all."""
    words = [p.split() for p in _care()[1]]
    adjectives = {w[1] for w in words if len(w) == 3 and w[2] == "condition"}
    return re.compile(r"\b(?:" + "|".join(sorted(f"{a}ly" for a in adjectives)) + r")\b")


@cache
def _care_roles() -> frozenset[str]:
    """The care role and the wholes it is a part of (people hit: killed + injured)."""
    role = care_role()
    return frozenset([role, *(w for w, parts in role_sums().items() if role in parts)])


def _clause_after(claim: Claim) -> str:
    """The sentence's words after the count, up to the end of its clause."""
    at = claim_at(claim)
    if at < 0:
        return ""
    rest = claim.sentence[at + len(claim.text) :]
    end = _CLAUSE_END.search(rest)
    return (rest[: end.start()] if end else rest).casefold()


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
    verbs, conditions = _care()
    if verbs.intersection(predicate_words(claim)):
        return True
    clause = _clause_after(claim)
    return any(c in clause for c in conditions) or bool(_degrees().search(clause))


def dead_in_a_condition(claim: Claim) -> bool:
    """A count of a harm the care role is no part of (the dead) whose own clause puts its
    people in a condition ("Still in hospital are three victims in critical condition",
    read as dead because the article counts as many dead): nobody dead is in a condition,
    so the count is misread and no figure of that harm."""
    if claim.role not in HARM_ROLES or claim.role in _care_roles() or claim.implicit:
        return False
    clause = _clause_after(claim)
    return any(c in clause for c in _care()[1])
