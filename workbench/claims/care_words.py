"""The words that tell a count by its people's care or condition, read from the roles data.

"Three were taken to hospital", "two remain in critical condition", "two were critically
wounded" count those a hospital or a condition is told of: often some of the hurt. The
claims tie such a count to the whole its article states (`part_ties`); the finder reads the
same words (`findings.care`). What is care is data (`data/roles.json`): the phrases that put
a count in the care role are a verb of care taking the people somewhere or treating them
("take to hospital", "remain hospitalized") or a condition ("in critical condition").
"""

from __future__ import annotations

import re
from functools import cache

from workbench.claim_spans import claim_at
from workbench.claims.roles import default as roles_default
from workbench.models import Claim

_CLAUSE_END = re.compile(r"[,;:]|\band\b|\bbut\b|\bwhile\b")
_WHY_PREDICATE = re.compile(r"” \(([^()]+)\)")
"""The predicate a count read from a mention or a number word was found by, as the claim's
`why` records it ("a singular mention: “He” (die)", "“One” (passive treat)")."""


@cache
def care_phrases(role: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(the verbs of care, the condition phrases) that put a count in `role`. Verbs a
    person bears a harm with ("suffer injuries") and the role's own states ("injured")
    tell the harm, not the care."""
    roles = roles_default()
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
def degree_words(role: str) -> re.Pattern[str]:
    """The adverbs of the conditions' adjectives ("in critical condition": "critically"),
    which tell a harm's degree: those so hurt are some of the hurt, not all."""
    words = [p.split() for p in care_phrases(role)[1]]
    adjectives = {w[1] for w in words if len(w) == 3 and w[2] == "condition"}
    return re.compile(r"\b(?:" + "|".join(sorted(f"{a}ly" for a in adjectives)) + r")\b")


def predicate_words(claim: Claim) -> list[str]:
    """The words of the predicate the claim's role was read from: the parse's lemma when
    the claim keeps it, else the one its `why` records ("passive treat": passive, treat)."""
    predicate = claim.value.get("predicate")
    if predicate:
        return str(predicate).casefold().split()
    found = _WHY_PREDICATE.search(str(claim.value.get("why") or ""))
    return found.group(1).casefold().split() if found else []


def clause_after(claim: Claim) -> str:
    """The sentence's words after the count, up to the end of its clause."""
    at = claim_at(claim)
    if at < 0:
        return ""
    rest = claim.sentence[at + len(claim.text) :]
    end = _CLAUSE_END.search(rest)
    return (rest[: end.start()] if end else rest).casefold()


def told_in_care(claim: Claim, role: str) -> bool:
    """The mention's people are told in care or a condition of `role`'s phrases: its
    predicate is a verb of care, or its clause puts them in a condition or tells the harm's
    degree ("were critically wounded")."""
    verbs, conditions = care_phrases(role)
    if verbs.intersection(predicate_words(claim)):
        return True
    clause = clause_after(claim)
    return any(c in clause for c in conditions) or bool(degree_words(role).search(clause))
