"""Reflexives: "X shot herself" names X again, not a second person.

A reflexive object ("himself", "herself") of a harm verb whose subject, told or
understood ("died after accidentally shooting herself", "a boy believed to have shot
himself has died"), is a person the sentence counts is that person said again
(`mentions.singular_mentions`): the harm goes to that person's count, and where the
person's own verb tells the outcome (a death undergone, a harm done) the reflexive's
clause only tells how it came about, adding no hit (the labels' reflexive decision).
"""

from __future__ import annotations

from workbench.claims.harms import how_of_an_outcome, tells_an_outcome
from workbench.claims.roles import Roles
from workbench.parse import Parse

REFLEXIVES = frozenset(("himself", "herself"))
UNDERSTOOD = frozenset(("pcomp", "advcl", "xcomp", "conj", "acl"))
"""Clauses whose missing subject is their head's ("after shooting herself", "believed to
have shot himself"; an "acl" on a noun has that noun)."""


def subject_of(p: Parse, v: int) -> int | None:
    """The subject of the verb at v, told or understood from the clause it hangs on."""
    for _ in range(5):
        told = p.child(v, "nsubj", "nsubjpass")
        if told is not None:
            return told
        head = p.heads[v]
        if p.deps[v] not in UNDERSTOOD or head == v:
            return None
        if p.deps[v] == "acl":
            return head  # "a boy believed to have shot himself": the boy
        if p.deps[v] == "pcomp":
            head = p.heads[head]  # "after shooting herself": the verb "after" is on
        v = head
    return None


def reflexives_of(p: Parse, k: int) -> list[int]:
    """The reflexive objects after k whose verb's subject is k ("X died after shooting
    herself": "herself" is X)."""
    return [
        t
        for t in range(k + 1, len(p))
        if p.lower(t) in REFLEXIVES and p.deps[t] == "dobj" and subject_of(p, p.heads[t]) == k
    ]


def reflexive_how(p: Parse, t: int, k: int, roles: Roles) -> bool:
    """The reflexive at t only tells how the outcome of its subject k's own verb came
    about ("died after shooting herself"): that verb tells a death or a harm done, and is
    not the reflexive's verb ("shot himself" tells the harm itself)."""
    verb = p.heads[k]
    return verb != k and verb != p.heads[t] and p.is_verb(verb) and tells_an_outcome(p, verb, roles)


def self_how(p: Parse, t: int, roles: Roles) -> bool:
    """A reflexive at t that only tells how its subject's outcome came about."""
    if p.lower(t) not in REFLEXIVES:
        return False
    k = subject_of(p, p.heads[t])
    if k is None:
        return False
    # "died after she shot herself": her clause tells how, as "died after he was shot"
    return reflexive_how(p, t, k, roles) or how_of_an_outcome(p, k, roles)
