"""Where a noun stands in its sentence's clauses, and the later clauses that speak of it again.

"The boy was taken to a hospital, where he remains in critical condition": the clause's
verb holds the noun; a later clause inside it says more through a pronoun. Read on the tree
alone (no roles), so both `syntax.py` (a later fate) and `mentions.py` (one person named
twice) can ask.
"""

from __future__ import annotations

from workbench.claims.predicates import SUBJECTS
from workbench.parse import Parse

LATER_CLAUSES = frozenset(("relcl", "advcl", "conj", "ccomp"))
SINGULAR_PRONOUNS = frozenset(("he", "she"))


def clause_verb(p: Parse, m: int) -> int | None:
    """The verb whose clause the noun at m stands in (through its conjuncts)."""
    seen = 0
    while p.deps[m] in ("conj", "appos") and p.heads[m] != m and seen < 6:
        m, seen = p.heads[m], seen + 1
    k = p.heads[m]
    while k != p.heads[k] and not p.is_verb(k) and p.deps[k] in ("pobj", "prep", "dobj"):
        k = p.heads[k]
    return k if p.is_verb(k) and k != m else None


def later_pronouns(p: Parse, m: int) -> list[int]:
    """ "The boy was taken to a hospital, where he remains in critical condition": the
    pronouns, in number with the noun at m, that are subjects of later clauses inside its
    own clause; a later clause's subject pronoun is read as the clause's subject (or its
    object when the subject is no person) said again."""
    v = clause_verb(p, m)
    if v is None or p.deps[m] not in ("nsubj", "nsubjpass", "dobj", "conj"):
        return []
    lo, hi = p.subtree(v)
    plural = p.is_plural(m) or (p.tags[m] == "CD" and p.lower(m) not in ("one", "1"))
    wanted = frozenset(("they",)) if plural else SINGULAR_PRONOUNS
    out = []
    for t in range(max(m, lo) + 1, hi + 1):
        if p.lower(t) not in wanted or p.deps[t] not in SUBJECTS:
            continue
        h = p.heads[t]
        if h != v and p.is_verb(h) and p.deps[h] in LATER_CLAUSES:
            out.append(t)
    return out
