"""A person hurt by what a shot sent flying, not by the shot: injured, whatever the verb.

"One person was struck by glass fragments", "the patient was hit by glass, not a bullet",
"a girl may have been hit by shrapnel": a verb of a hit whose agent (or, active, whose
subject) is glass, shrapnel or debris tells a person hurt, not shot (the labels' "hurt by
glass or debris"). A fragment of the bullet is the bullet ("bullet fragments": a hit). The
nouns are data (`roles.json`: `borne.debris`).
"""

from __future__ import annotations

from workbench.claims.predicates import lemma
from workbench.claims.roles import Roles
from workbench.parse import Parse


def _debris(p: Parse, k: int | None, roles: Roles) -> bool:
    """The noun at k names debris ("glass", "glass fragments", "flying glass"), and no word
    of its phrase names the shot itself ("bullet fragments")."""
    if k is None or not p.is_noun(k):
        return False
    words = {lemma(p, k)} | {lemma(p, c) for c in p.children(k) if p.deps[c] == "compound"}
    return not words.isdisjoint(roles.debris_nouns) and words.isdisjoint(roles.borne_nouns)


def _agents(p: Parse, verb: int) -> list[int]:
    """Who or what did it: the passive's "by" object, with its conjuncts ("by shrapnel or
    other debris"), else the active verb's subject."""
    by = p.child(verb, "agent")
    if by is None:
        subject = p.child(verb, "nsubj")
        return [] if subject is None or p.child(verb, "auxpass") is not None else [subject]
    first = p.child(by, "pobj")
    if first is None:
        return []
    return [first, *(c for c in p.children(first) if p.deps[c] == "conj")]


def hurt_by_debris(p: Parse, verb: int, roles: Roles) -> bool:
    """Whether every agent of the verb at `verb` is debris (`_debris`)."""
    agents = _agents(p, verb)
    return bool(agents) and all(_debris(p, a, roles) for a in agents)
