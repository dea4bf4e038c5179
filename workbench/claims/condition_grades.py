"""A condition denied only its grade: "He is not in critical condition" still tells a
person in a condition (hurt and alive), only not the grade named; the negation is of the
grade, not of the state (`predicates.negated_clause`)."""

from __future__ import annotations

from workbench.claims.roles import Roles
from workbench.claims.verb_forms import lemma, word_at
from workbench.parse import Parse


def graded_condition_denied(p: Parse, v: int, roles: Roles) -> bool:
    """Whether the negated "be" at v says its subject is "in" a condition noun (the roles'
    `conditions`) that a modifier grades ("not in critical condition", "not in serious
    condition"): a grade denied. "is not in the hospital" (no condition) stays negated."""
    if lemma(p, v) != "be":
        return False
    for prep in p.children(v):
        if p.deps[prep] != "prep" or p.lower(prep) != "in":
            continue
        obj = p.child(prep, "pobj")
        if obj is not None and word_at(p, obj) in roles.conditions:
            return any(p.deps[c] in ("amod", "compound") for c in p.children(obj))
    return False
