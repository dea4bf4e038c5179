"""A clause's subject that the parser joined to the clause before it.

"A woman was hit in her foot and a man was hit in his arm": the small model reads "and a
man" as one more object of "in" (a conjunct of "foot"), so "was hit" after it has no
subject and the man no role. A noun joined by "and" to a preposition's object, right
before a subjectless verb with an auxiliary (past the age set off by commas a name may
have: "and Ana Ruiz, 23, was shot") coordinated with the verb the preposition hangs on,
starts that verb's clause: a singular noun, it is that clause's subject. So is an age used
as a noun that the parser hung on a subjectless verb as its modifier. Rules over the tree,
never over words.
"""

from __future__ import annotations

from workbench.claims.repair_tree import SUBJECT_DEPS, first_conjunct, subjectless_verbs
from workbench.parse import Parse


def _before_aux(p: Parse, aux: int) -> int | None:
    """The last word of what stands right before the auxiliary, past an age set off by
    commas ("Ana Ruiz, 23, was")."""
    j = aux - 1
    if j >= 3 and p.word(j) == "," and p.tags[j - 1] == "CD" and p.word(j - 2) == ",":
        return j - 3
    return j if j >= 0 else None


def _joined_to_an_object(p: Parse, j: int) -> bool:
    """A noun after "and" that the parser made a conjunct of a preposition's object."""
    if not p.is_noun(j) or p.deps[j] != "conj":
        return False
    lo = p.subtree(j)[0]
    if lo == 0 or p.lower(lo - 1) != "and":
        return False
    return p.deps[first_conjunct(p, j)] == "pobj"


def _age_on_a_verb(p: Parse, k: int) -> bool:
    """ "A 25-year-old who was shot remains hospitalized": an age used as a noun ("old"
    with its span of years), hung as a modifier on a later verb with no subject."""
    h = p.heads[k]
    if p.lower(k) != "old" or p.deps[k] != "amod" or h <= k or not p.is_verb(h):
        return False
    if not any(p.deps[c] == "npadvmod" and p.is_noun(c) for c in p.children(k)):
        return False
    return not any(p.deps[c] in SUBJECT_DEPS for c in p.children(h))


def clause_subjects(p: Parse) -> Parse:
    """The parse with each such noun made its clause's subject (a copy when anything
    changed)."""
    heads, deps = list(p.heads), list(p.deps)
    for v, aux in subjectless_verbs(p):
        j = _before_aux(p, aux)
        if j is None or j > v or not _joined_to_an_object(p, j) or p.is_plural(j):
            continue
        prep = p.heads[first_conjunct(p, j)]
        if p.deps[v] != "conj" or p.heads[prep] != p.heads[v]:
            continue  # the object's clause is the one the verb is coordinated with
        passive = any(p.deps[c] == "auxpass" for c in p.children(v))
        heads[j], deps[j] = v, "nsubjpass" if passive else "nsubj"
        if j + 2 < aux and p.tags[j + 2] == "CD":  # the age the name has, wherever it hung
            heads[j + 2], deps[j + 2] = j, "appos"
    for k in range(len(p)):
        if _age_on_a_verb(p, k):
            passive = any(p.deps[c] == "auxpass" for c in p.children(p.heads[k]))
            deps[k] = "nsubjpass" if passive else "nsubj"
    if heads == p.heads and deps == p.deps:
        return p
    return Parse(p.text, p.starts, p.ends, p.tags, deps, heads)
