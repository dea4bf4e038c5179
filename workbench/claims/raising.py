"""The subject of a verb with an infinitive complement is that infinitive's subject.

"The boy appeared to have been shot", "the victim had to have surgery", "she needed to be
taken to a hospital": the verb that heads the clause says nothing of harm, its infinitive
does, and the subject is the one it is done to. Never through a verb of intention ("tried
to kill his wife": meant, not done; the roles' `intentions`).
"""

from __future__ import annotations

from workbench.claims.predicates import HARM, SUBJECTS, lemma, verb_roles
from workbench.claims.roles import Roles
from workbench.parse import Parse


def infinitive_role(p: Parse, verb: int, roles: Roles) -> tuple[str | None, str | None]:
    """The harm role the infinitive complement of `verb` gives its subject, and why."""
    if lemma(p, verb) in roles.intentions or p.lower(verb) in roles.intentions:
        return None, None
    for c in p.children(verb):
        if p.deps[c] != "xcomp" or p.tags[c] not in ("VB", "VBN"):
            continue
        if p.child(c, *SUBJECTS) is not None or not any(
            p.deps[a] == "aux" and p.lower(a) == "to" for a in p.children(c)
        ):
            continue  # a clause of its own, or no infinitive
        role, why, _ = verb_roles(p, c, p.child(c, "auxpass") is not None, roles)
        if role in HARM:
            return role, f"{lemma(p, verb)} to {why}"
    return None, None
