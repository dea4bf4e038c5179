"""What a finite verb's form says of its subject's number: "was"/"is"/"has" one, "were"/
"are"/"have" more than one, "had"/"will"/"died" nothing.

Coordinated nouns are read as a group of persons; the verb tells when they are one
person named twice ("His daughter and passenger was wounded") and when a relative clause
on the last of them speaks of them all ("a man and a woman who were shot").
"""

from __future__ import annotations

from workbench.parse import Parse

SINGULAR = "singular"
PLURAL = "plural"
_AUXILIARIES = frozenset(("aux", "auxpass"))


def finite_number(p: Parse, v: int) -> str | None:
    """The number the verb at v marks on its subject, read from its first finite form (an
    auxiliary, else the verb itself); None when that form is the same for both."""
    forms = sorted([c for c in p.children(v) if p.deps[c] in _AUXILIARIES] + [v])
    for t in forms:
        tag, word = p.tags[t], p.lower(t)
        if tag == "VBZ" or word == "was":
            return SINGULAR
        if tag == "VBP" or word == "were":
            return PLURAL
        if tag in ("VBD", "MD"):
            return None  # "had been", "will be", "died": either number
    return None


def subject_number(p: Parse, m: int) -> str | None:
    """The number the verb of which the noun at m is the subject marks on it."""
    if p.deps[m] not in ("nsubj", "nsubjpass") or p.heads[m] == m:
        return None
    return finite_number(p, p.heads[m])


def relative_clause_number(p: Parse, m: int) -> str | None:
    """The number the verb of the noun's relative clause marks ("who were shot": plural);
    None when it has none or its form says nothing."""
    clause = p.child(m, "relcl")
    return None if clause is None else finite_number(p, clause)
