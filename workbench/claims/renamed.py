"""A person renamed by an apposition whose own clause tells the harm.

"her longtime friend Jessie Romero, who was killed in a shooting": the parser hangs the
relative clause on the name, an apposition of the noun the mention counts (the name only
renames it, `mentions._renames`), so the noun's own clause tells nothing. The clause on
the name tells of the one person both words name: the noun takes its role.
"""

from __future__ import annotations

from workbench.claims.predicates import Position
from workbench.claims.roles import HARM_ROLES, Roles
from workbench.claims.syntax import position
from workbench.parse import Parse


def renamed_position(p: Parse, k: int, roles: Roles) -> Position | None:
    """The position a relative clause on k's appositive name gives, when it is a harm."""
    for c in p.children(k):
        if p.deps[c] != "appos" or p.tags[c] != "NNP" or p.child(c, "relcl") is None:
            continue
        where = position(p, c, roles)
        if where.role in HARM_ROLES:
            return where
    return None
