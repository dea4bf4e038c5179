"""A relative clause on a counted person that tells a role of its own: a count of its own.

"Medics rushed the boy, who is listed in critical condition, to a trauma center": the main
clause puts the boy in care and his relative clause, set off by a comma, adds his condition.
The labels count each clause ("a relative clause is its own count": injured 1 twice), as they
count a coordinated clause with a subject of its own (`own_clauses`); a relative clause of care
with no comma picks the person out ("The teen who was hurt was in critical condition": one
telling). A death or a harm the relative clause tells is a telling of its own, comma or not
("the slaying of a boy who was murdered", "fatally wounding the suspect, who was pronounced
dead": killed 1 twice; "the killing of his friend X, who was shot in the chest": killed 1 and
hit 1), as the labels write it ("X, who was shot Monday, died Tuesday": hit 1 beside killed 1).
A relative clause whose own verb tells no harm, only its clause of time ("a boy who called
911 after being struck", `adjunct_clauses`), describes the person: one telling, the main
clause's. The main clause must put the person in a role by itself: where only the relative
clause does ("The two victims who survived were identified"), the noun and its clause are one
telling.
Where the mention already carries the relative clause's role as its second ("a man who was
shot remains in critical condition": injured, and hit, `syntax.position`), nothing is added.
"""

from __future__ import annotations

from workbench.claims.clause_positions import WH_WORDS, clause_position, relative_position
from workbench.claims.mention_record import Mention, overlaps
from workbench.claims.predicates import SUBJECTS
from workbench.claims.roles import HARM_ROLES, Roles
from workbench.parse import Parse

COMMA_ONLY_ROLES = frozenset(("injured",))
"""The roles a relative clause tells as a count of its own only when set off by a comma: care
and condition describe who is meant ("the teen who was hurt"), a death or a harm is an act."""


def _relative_clause(p: Parse, k: int) -> tuple[int, int] | None:
    """The relative clause on the person at k, or on the name that renames it ("his friend
    Jim Green, 16, who was shot"), with the token it hangs on; only one whose "who" is its
    subject (`clause_positions.relative_position` reads no other)."""
    names = [c for c in p.children(k) if p.deps[c] == "appos" and p.tags[c] == "NNP"]
    for host in [k, *names]:
        for c in p.children(host):
            if p.deps[c] == "relcl" and any(
                p.deps[w] in SUBJECTS and p.lower(w) in WH_WORDS for w in p.children(c)
            ):
                return host, c
    return None


def relative_count(
    p: Parse, k: int, roles: Roles, first: Mention, taken: list[tuple[int, int]]
) -> Mention | None:
    """The second count of the person at k (counted as `first` by its main clause) that
    their relative clause tells, in the relative clause's role."""
    if first.role not in HARM_ROLES or first.survival:
        return None
    found = _relative_clause(p, k)
    main = clause_position(p, k, roles).role
    if found is None or main not in HARM_ROLES:
        return None
    host, clause = found
    inner = relative_position(p, host, roles)
    if inner is None or inner.role not in HARM_ROLES:
        return None
    if inner.adjunct or (inner.predicate is not None and inner.predicate.negated):
        return None  # "a boy who called 911 after being shot": its verb tells no harm
    if inner.role != main and inner.role in (first.role, first.also):
        return None  # the mention carries it: "a man who was shot remains hospitalized"
    lo = p.subtree(clause)[0]
    if lo == 0 or (inner.role in COMMA_ONLY_ROLES and p.word(lo - 1) != ","):
        return None  # no comma: the clause of care picks the person out, one telling
    start, end = p.starts[lo], p.ends[clause]  # to its verb: a day or a place after it is theirs
    if overlaps(start, end, taken) or start < first.end:
        return None
    why = f"its relative clause, a count of its own: “{p.text[start:end]}”"
    return Mention(start, end, first.value, inner.role, why, first.implicit, first.noun)
