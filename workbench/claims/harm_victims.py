"""A victim noun that tells its own harm: "the shooting victim", "a victim of the shooting".

"Victim" alone names again a person counted elsewhere (and is a robbery's too), so the
extractor counts it only as one more victim or in care. A victim noun whose own words tell
the harm, a modifier naming it ("shooting", "gunshot") or an "of" phrase ("a victim of a
shooting"), tells it as a participle does: one hit, in whatever clause it stands ("the
father of the shooting victim said", "he was a shooting victim at the club"; the labels'
harm-telling victim noun). None where its clause is a maybe ("may be a victim of the
shooting"), the noun only modifies another ("a shooting victim advocate"), or a word on it
tells the person unhurt ("the uninjured shooting victim").
"""

from __future__ import annotations

from workbench.claims.later_clauses import clause_verb
from workbench.claims.predicates import Position
from workbench.claims.roles import Roles
from workbench.claims.syntax import lemma
from workbench.claims.verb_forms import hypothetical, unasserted
from workbench.parse import Parse


def _tells_the_harm(p: Parse, k: int, roles: Roles) -> bool:
    """A modifier naming the harm (an event or borne noun) or an "of" phrase naming one."""
    harms = roles.nouns.keys() | roles.borne_nouns
    for c in p.children(k):
        if p.deps[c] in ("compound", "amod") and not {lemma(p, c), p.lower(c)}.isdisjoint(harms):
            return True
        obj = p.child(c, "pobj") if p.deps[c] == "prep" and p.lower(c) == "of" else None
        if obj is not None and not {lemma(p, obj), p.lower(obj)}.isdisjoint(harms):
            return True
    return False


def harm_victim(p: Parse, k: int, roles: Roles) -> Position | None:
    """The position of a singular victim noun at k whose words tell its harm, else None."""
    role = roles.counted_nouns.get(lemma(p, k))
    if role != "hit" or p.tags[k] != "NN" or p.deps[k] == "compound":
        return None
    if any(roles.states.get(p.lower(c)) == "unharmed" for c in p.children(k)):
        return None
    if not _tells_the_harm(p, k, roles):
        return None
    v = clause_verb(p, k)
    if v is not None and (hypothetical(p, v) or unasserted(p, v)):
        return None
    return Position(role, None, f"a {lemma(p, k)} noun telling its harm")
