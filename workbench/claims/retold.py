"""A harm told again of the person its sentence has already counted.

A narrative tells one act twice ("X shot Y as he ran, and then shot him again", "the first
round hit his legs and the second hit him in the chest", "stabbing him and stabbing him"):
the second verb, joined to the first and of the same verb, takes a pronoun as its object,
and that pronoun is the first verb's object said again, not one more person harmed. A
different verb ("shot the clerk, then robbed him") or a noun as the second object ("shot
the clerk and then shot a customer") tells of its own; so does a pronoun of the other
number ("shot the man and then shot them").
"""

from __future__ import annotations

from workbench.claims.harms import adverbial_how
from workbench.claims.roles import Roles
from workbench.claims.verb_forms import lemma
from workbench.parse import Parse

OBJECT_PRONOUNS = frozenset(("him", "her"))
"""Singular object pronouns of a person: who a repeated act reaches again."""


JOINS = frozenset(("conj", "dep"))


def _repeated_verb(p: Parse, v: int) -> int | None:
    """The earlier verb of the same base form that the verb at v is joined to: the head of
    its conjunction, or of the loose attachment the parser gives a second verb after a comma
    ("shot him in the back, then shot him again")."""
    head = p.heads[v]
    if p.deps[v] in JOINS and head < v and lemma(p, head) == lemma(p, v):
        return head
    return None


def first_object(p: Parse, k: int) -> int | None:
    """The object of the earlier telling of the same act when the pronoun at k is the object
    of a verb joined to a verb of the same base form ("shot Duncan ..., then shot him
    again": Duncan's token; "hit his legs and ... hit him": the legs' token, whose owner
    the first count is)."""
    if p.lower(k) not in OBJECT_PRONOUNS or p.tags[k] != "PRP" or p.deps[k] != "dobj":
        return None
    first = _repeated_verb(p, p.heads[k])
    if first is None:
        return None
    return p.child(first, "dobj")


CLAUSE_CHAIN = frozenset(("advcl", "conj", "dep", "xcomp"))
"""The links from a clause to the clause it hangs on within one telling."""


def part_verb(p: Parse, k: int) -> int | None:
    """The verb of the clause a body part owned by the pronoun at k is in ("a bullet grazed
    his head": grazed; "went through his arm into his side": went)."""
    t = p.heads[k]
    while not p.is_verb(t):
        if p.heads[t] == t:
            return None
        t = p.heads[t]
    return t


def part_told_again(p: Parse, k: int, roles: Roles, parts_before: list[int]) -> bool:
    """ "was injured after a bullet grazed his head, nearly hitting his left eye", "the
    bullet went through his arm into his side, then exited his side": a body part whose
    owner the sentence has counted (`parts_before`: the verbs of the parts counted before
    it) tells where the harm already told reached, not one more person: its clause is the
    clause of an earlier counted part, or hangs on one (an adverbial clause, a conjunct), or
    is an adverbial clause telling how the outcome of its head came about. A part in a
    clause of its own ("X was shot, and the bullet went through his arm") or in a relative
    clause is counted, as the labels count each clause with its own subject."""
    v = part_verb(p, k)
    if v is None:
        return False
    while True:
        if v in parts_before or adverbial_how(p, v, roles):
            return True
        if p.deps[v] not in CLAUSE_CHAIN or p.heads[v] == v:
            return False
        v = p.heads[v]
