"""A harm's participle after a noun that the parser read as that noun's verb.

"A woman shot in the arm was taken to a hospital", "the man shot was taken": the small
model reads "shot" as the past tense with the noun as its subject (the noun the shooter,
"was taken" a conjunct or the clause it heads). A past form with no auxiliary and no
object of its own cannot take that subject when the next verb of the clause has an
auxiliary and no subject, with no "and" or "but" between them: the past form is a
participle describing the noun, and the noun is the later verb's subject. Only a verb
whose participle states a harm is mended ("the man killed was identified"); a rule over
the tree and the roles' data, never over words.
"""

from __future__ import annotations

from workbench.claims.predicates import HARM, state_role
from workbench.claims.repair_tree import AUX_DEPS, SUBJECT_DEPS
from workbench.claims.roles import Roles
from workbench.parse import Parse

_OWN_ARGUMENTS = AUX_DEPS | frozenset(("dobj", "neg", "mark", "cc", "prt", "dative"))


def _noun_subject(p: Parse, v: int) -> int | None:
    """The noun (never a pronoun) right before v that the parser made v's subject."""
    subjects = [c for c in p.children(v) if p.deps[c] in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or not p.is_noun(subjects[0]) or p.tags[subjects[0]] == "PRP":
        return None
    noun = subjects[0]
    return noun if p.subtree(noun)[1] == v - 1 else None


def _later_verb(p: Parse, v: int) -> int | None:
    """The verb after v that v's clause goes on with: a conjunct with an auxiliary, no
    subject and no conjunction before it; or the verb v stands as the subject of."""
    if p.deps[v] in SUBJECT_DEPS and p.heads[v] > v:
        return p.heads[v]
    for c in p.children(v):
        if p.deps[c] not in ("conj", "ccomp") or c < v:
            continue
        kids = p.children(c)
        if any(p.deps[k] in SUBJECT_DEPS for k in kids):
            return None
        if not any(p.deps[k] in AUX_DEPS and k < c for k in kids):
            return None
        if any(p.deps[k] == "cc" and v < k < c for k in p.children(v) + kids):
            return None  # "shot his neighbor and was arrested"
        first = min(k for k in kids if p.deps[k] in AUX_DEPS)
        return None if p.word(first - 1) == "," else c  # "fired, was tackled": a list
    return None


def reduced_subjects(p: Parse, roles: Roles) -> Parse:
    """The parse with each such harm participle hung on its noun (`acl`) and the noun made
    the later verb's subject (a copy when anything changed)."""
    heads, deps = list(p.heads), list(p.deps)
    for v in range(1, len(p)):
        if p.tags[v] not in ("VBD", "VBN"):
            continue
        if any(p.deps[c] in _OWN_ARGUMENTS for c in p.children(v)):
            continue
        noun = _noun_subject(p, v)
        later = _later_verb(p, v) if noun is not None else None
        if noun is None or later is None or state_role(p, v, roles) not in HARM:
            continue
        passive = any(p.deps[k] == "auxpass" for k in p.children(later))
        if p.deps[v] in SUBJECT_DEPS:  # "the man shot was taken"
            pass
        elif p.heads[v] == v:
            heads[later], deps[later] = later, "ROOT"
        else:
            heads[later], deps[later] = p.heads[v], p.deps[v]
        for k in p.children(v):  # what follows the later verb is its clause's
            if k > later:
                heads[k] = later
        heads[v], deps[v] = noun, "acl"
        heads[noun], deps[noun] = later, "nsubjpass" if passive else "nsubj"
    if heads == p.heads and deps == p.deps:
        return p
    return Parse(p.text, p.starts, p.ends, p.tags, deps, heads)
