"""A weapon turned on a person: "turned the gun on himself", "turning the rifle on his wife".

The phrase tells a shot at the person its preposition names, though no verb of a harm is
written: a verb of the roles' `turned_weapons` (turn) whose object is one of its weapons,
and a preposition of it ("on", hung on the verb or on the weapon) whose object is the
person. That person is in the phrase's role (hit: it tells the shot, not what the shot
did; the article tells a death by its own words).
"""

from __future__ import annotations

from workbench.claims.predicates import Position
from workbench.claims.roles import Roles
from workbench.claims.syntax import lemma
from workbench.parse import Parse


def _weapon_turned(p: Parse, verb: int, roles: Roles) -> bool:
    """The verb at `verb` is one of turning, with a weapon as its object."""
    if not p.is_verb(verb) or lemma(p, verb) not in roles.turned_verbs:
        return False
    obj = p.child(verb, "dobj")
    return obj is not None and lemma(p, obj) in roles.turned_weapons


def weapon_turned_on(p: Parse, k: int, roles: Roles) -> Position | None:
    """The position of the person at k a weapon is turned on, else None."""
    if roles.turned_role is None or p.deps[k] != "pobj":
        return None
    prep = p.heads[k]
    if prep == k or p.lower(prep) not in roles.turned_prepositions:
        return None
    up = p.heads[prep]
    verb = p.heads[up] if p.deps[up] == "dobj" else up  # "the gun on himself": the weapon's
    if not _weapon_turned(p, verb, roles):
        return None
    return Position(
        roles.turned_role, None, f"a weapon turned on: {lemma(p, verb)} ... {p.word(prep)}"
    )
