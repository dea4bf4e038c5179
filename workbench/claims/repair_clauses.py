"""A clause's subject that the parser joined to the clause before it.

"A woman was hit in her foot and a man was hit in his arm": the small model reads "and a
man" as one more object of "in" (a conjunct of "foot"), so "was hit" after it has no
subject and the man no role. A noun joined by "and" to a preposition's object, right
before a subjectless verb with an auxiliary (past the age set off by commas a name may
have: "and Ana Ruiz, 23, was shot") coordinated with the verb the preposition hangs on
(or with the verbs that verb is coordinated with: "was hit in his arm and taken to X
Hospital and a man was hit ..."), starts that verb's clause: a singular noun, it is that
clause's subject. So is an age used as a noun that the parser hung on a subjectless verb as
its modifier. The other way round, a bare noun of a list ("in the lower back, knee, groin
and thigh and is in critical condition") read as a later verb's subject is a list item
again. Rules over the tree, never over words.
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


def _first_verb(p: Parse, k: int) -> int:
    """The first of the coordinated verbs token k belongs to ("was hit in his arm and taken
    to X Hospital and a man was hit ...": "taken" and the second "hit" are both the first
    "hit"'s conjuncts)."""
    for _ in range(len(p)):  # bounded: a repaired tree may not be one
        if p.deps[k] != "conj" or p.heads[k] == k or not p.is_verb(p.heads[k]):
            break
        k = p.heads[k]
    return k


def _age_on_a_verb(p: Parse, k: int) -> bool:
    """ "A 25-year-old who was shot remains hospitalized": an age used as a noun ("old"
    with its span of years), hung as a modifier on a later verb with no subject."""
    h = p.heads[k]
    if p.lower(k) != "old" or p.deps[k] != "amod" or h <= k or not p.is_verb(h):
        return False
    if not any(p.deps[c] == "npadvmod" and p.is_noun(c) for c in p.children(k)):
        return False
    return not any(p.deps[c] in SUBJECT_DEPS for c in p.children(h))


def _listed_object(p: Parse, s: int) -> int | None:
    """ "was shot in the lower back, knee, groin and thigh and is in critical condition":
    a bare singular noun (no determiner, owner or number) right after a comma that ends a
    preposition's object, read as the subject of a verb coordinated with the preposition's
    verb, is one more item of that object (a singular common noun with no determiner does
    not begin a clause); the object's token, else None."""
    if p.tags[s] != "NN" or s < 2 or p.word(s - 1) != "," or p.subtree(s)[0] != s:
        return None
    v = p.heads[s]
    if p.deps[v] != "conj" or not p.is_verb(v):
        return None
    o = s - 2
    for _ in range(3):  # up from the object's last word ("the lower back": "back" on "lower")
        if p.deps[o] == "pobj" or p.heads[o] == o:
            break
        o = p.heads[o]
    if p.deps[o] != "pobj" or p.subtree(o)[1] != s - 2:
        return None
    return o if _first_verb(p, p.heads[p.heads[o]]) == _first_verb(p, v) else None


def clause_subjects(p: Parse) -> Parse:
    """The parse with each such noun made its clause's subject, and each list item read as
    a subject made an item again (a copy when anything changed)."""
    heads, deps = list(p.heads), list(p.deps)
    for s in range(len(p)):
        if p.deps[s] in SUBJECT_DEPS and (o := _listed_object(p, s)) is not None:
            heads[s], deps[s] = o, "conj"
    for v, aux in subjectless_verbs(p):
        j = _before_aux(p, aux)
        if j is None or j > v or not _joined_to_an_object(p, j) or p.is_plural(j):
            continue
        prep = p.heads[first_conjunct(p, j)]
        if p.deps[v] != "conj" or _first_verb(p, p.heads[prep]) != _first_verb(p, v):
            continue  # the object's clause is one of the verbs the verb is coordinated with
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
