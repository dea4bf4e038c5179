"""A relative clause set off by commas that tells its person's care again: a count of its own.

"Medics rushed the boy, who is listed in critical condition, to a trauma center": the main
clause puts the boy in care and his relative clause, set off by a comma, adds his condition.
The labels count each clause ("a relative clause is its own count": injured 1 twice), as they
count a coordinated clause with a subject of its own (`own_clauses`); a relative clause with
no comma picks the person out ("The teen who was hurt was in critical condition": one
telling). Where the two clauses tell different roles ("a man who was shot remains in
critical condition") the mention already carries both (`syntax.position`); this reads only
the same role told twice.
"""

from __future__ import annotations

from workbench.claims.clause_positions import clause_position, relative_position
from workbench.claims.mention_record import Mention, overlaps
from workbench.claims.roles import Roles
from workbench.parse import Parse

RETOLD_ROLES = frozenset(("injured",))
"""The roles a relative clause may tell again as a count of its own: care and condition are
states one tells of a survivor more than once; a death or a hit is one event."""


def _relative_clause(p: Parse, k: int) -> int | None:
    return next((c for c in p.children(k) if p.deps[c] == "relcl"), None)


def relative_count(
    p: Parse, k: int, roles: Roles, first: Mention, taken: list[tuple[int, int]]
) -> Mention | None:
    """The second count of the person at k (counted as `first`) that their relative
    clause tells, when it and the main clause both put them in the same role."""
    if first.role not in RETOLD_ROLES or first.survival:
        return None
    clause = _relative_clause(p, k)
    if clause is None or clause_position(p, k, roles).role != first.role:
        return None
    inner = relative_position(p, k, roles)
    if inner is None or inner.role != first.role or (inner.predicate and inner.predicate.negated):
        return None
    lo, hi = p.subtree(clause)
    if lo == 0 or p.word(lo - 1) != ",":
        return None  # no comma: the clause picks the person out, one telling
    start, end = p.starts[lo], p.ends[hi]
    if overlaps(start, end, taken) or start < first.end:
        return None
    why = f"its relative clause, a count of its own: “{p.text[start:end]}”"
    return Mention(start, end, first.value, first.role, why, first.implicit, first.noun)
