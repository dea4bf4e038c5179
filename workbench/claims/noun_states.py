"""A state a noun's own words give it, with no clause of its own to say it.

A participle on the noun ("a student shot and killed by two men") or a state written after
it ("her daughter in a coma", "a trooper injured"): what `syntax.own_position` and a
conjunct's clause read when no verb tells the noun's role.
"""

from __future__ import annotations

from workbench.claims.predicates import HARM, SUBJECTS, lemma, state_role, word_at
from workbench.claims.roles import Roles
from workbench.parse import Parse


def participle_role(p: Parse, c: int, roles: Roles) -> str | None:
    """A participle's role, and its coordinated participles' ("a student shot and killed by
    two men"): one clause, one count, the outcome's role."""
    role = state_role(p, c, roles)
    for k in p.children(c):
        if p.deps[k] == "conj" and p.tags[k] in ("VBN", "VBD") and p.child(k, *SUBJECTS) is None:
            inner = state_role(p, k, roles)
            if inner in HARM and (role is None or role in HARM):
                role = roles.stronger(role, inner)
    return role


def own_state(p: Parse, m: int, roles: Roles) -> str | None:
    """The state written after a noun of its own: "(left a woman dead and) her daughter in
    a coma", "... and a trooper injured"; after a conjunct of a verb with no verb of its
    own, also what the parser hung on that verb after it ("one was critical and another
    in a serious condition": the elided "was" is the other's)."""
    after = [c for c in p.children(m) if c > m]
    if p.deps[m] == "conj" and p.is_verb(p.heads[m]):
        after += [c for c in p.children(p.heads[m]) if c > m]
    for c in after:
        if p.deps[c] in ("amod", "acl", "oprd") and p.tags[c] in ("VBN", "JJ"):
            role = state_role(p, c, roles)
            if role in HARM:
                return role
        if p.deps[c] == "prep" and p.child(c, "pobj") is not None:
            obj = p.child(c, "pobj")
            noun = lemma(p, obj)
            mods = [word_at(p, k) for k in p.children(obj) if p.deps[k] in ("amod", "compound")]
            prep = word_at(p, c)
            tails = [(prep, noun), (prep, "a", noun), (prep, "the", noun)]
            tails += [t for mod in mods for t in ((prep, mod, noun), (prep, "a", mod, noun))]
            role = next((roles.phrases[t] for t in tails if t in roles.phrases), None)
            if role in HARM:
                return role
    return None
