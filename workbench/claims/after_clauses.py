"""A harm told by an "after" clause beside a survivor's care or state: one count, hit.

"A boy is in critical condition after he was shot", "Two teens are recovering after they
were shot", "was rushed to a hospital after police say he shot himself", "is being treated
for a gunshot wound after being shot": the clause of time says how the person came to be in
care, so the sentence tells one person once, and the labels count it hit only (the
conventions: "a condition or hospital told with a subordinate 'after he was shot' is hit 1
only", "four teenagers were injured after being shot: hit 4", "a care clause and a 'where'
clause ending 'after being shot': one count, hit"). Before, a clause with a subject of its
own was read as care (injured) and its pronoun's harm added (hit as well): two counts.

Read in syntax and roles, whatever the words of care: an adverbial clause marked "after" (or
a gerund under the preposition "after") on the count's verb or its open complement, whose
verb is a harm of the hit role and whose patient is the counted person told again: no
subject of its own ("after being shot"), a personal pronoun in number with the count as the
subject of the passive ("after they were shot") or of a reflexive ("after he shot himself");
the same clause said by someone inside the "after" clause ("after police say he shot
himself"); or such a clause in a "where" clause on the place of care ("was taken to a
hospital, where he is expected to recover after being shot"). Another's act on another
("after he shot his brother") tells nothing of the count, nor a group the pronoun is one of
("after she and three others were shot": the group's count is its own).
"""

from __future__ import annotations

from workbench.claims.roles import Roles
from workbench.claims.speakers import SAYING
from workbench.claims.verb_forms import lemma, lookup, verb_keys
from workbench.parse import Parse

PERSONAL = {"he": False, "she": False, "they": True}
"""The subject pronouns that can tell a counted person again, and whether each is plural."""
REFLEXIVE = frozenset(("himself", "herself", "themselves"))
"""An object naming the subject: "he shot himself" tells the subject hit."""


def told_after(p: Parse, v: int, m: int, roles: Roles) -> bool:
    """Whether the clause at v (the verb the counted noun at m stands in, or the noun
    itself in a headline with no verb) has an "after" clause telling that person's harm."""
    return bool(_tellings(p, v, m, roles))


def pronouns_after(p: Parse, v: int, m: int, roles: Roles) -> list[int]:
    """The pronouns by which the "after" clauses on v tell the person at m hit again
    ("Medics took a man to a hospital after he was shot": "he"): no count of their own."""
    return [t for t in _tellings(p, v, m, roles) if p.lower(t) in PERSONAL]


def _tellings(p: Parse, v: int, m: int, roles: Roles) -> list[int]:
    """For each "after" clause telling the person's harm, the token telling the person:
    the pronoun, or the clause's verb where it has no subject."""
    plural = p.is_plural(m) or (p.tags[m] == "CD" and p.lower(m) not in ("one", "1"))
    heads = [v]
    if v == m:  # a headline's noun and its state: "Teenage boy critical after being shot"
        heads += [c for c in p.children(m) if p.deps[c] in ("amod", "acl")]
    clauses = [c for h in heads for c in _after_clauses(p, h, plural)]
    found = (_tells_harm(p, c, plural, roles) for c in clauses)
    return [t for t in found if t is not None]


def _after_clauses(p: Parse, v: int, plural: bool) -> list[int]:
    """The verbs of the "after" clauses on v, on its open complements, and on the verbs
    of a "where" clause on its place ("taken to a hospital, where he ... after ...")."""
    verbs = _with_complements(p, v)
    for prep in (c for c in p.children(v) if p.deps[c] == "prep"):
        for place in (o for o in p.children(prep) if p.deps[o] == "pobj"):
            for rel in (r for r in p.children(place) if p.deps[r] == "relcl"):
                if _where_of(p, rel, plural):
                    verbs += _with_complements(p, rel)
    found = []
    for u in verbs:
        for c in p.children(u):
            if p.deps[c] == "advcl" and _marked_after(p, c):
                found.append(c)
            elif p.deps[c] == "prep" and p.lower(c) == "after":
                found += [g for g in p.children(c) if p.deps[g] == "pcomp" and p.is_verb(g)]
    return found


def _with_complements(p: Parse, v: int) -> list[int]:
    """The verb and its chain of open complements ("is expected to recover")."""
    verbs = [v]
    while (x := p.child(verbs[-1], "xcomp")) is not None and len(verbs) < 4:
        verbs.append(x)
    return verbs


def _where_of(p: Parse, rel: int, plural: bool) -> bool:
    """A relative clause of place ("where") whose subject is a pronoun telling the counted
    person again."""
    if not any(p.lower(c) == "where" for u in _with_complements(p, rel) for c in p.children(u)):
        return False  # "where he is expected to recover": "where" is on the complement
    subject = p.child(rel, "nsubj", "nsubjpass")
    return subject is not None and PERSONAL.get(p.lower(subject)) is plural


def _marked_after(p: Parse, c: int) -> bool:
    return any(p.deps[k] == "mark" and p.lower(k) == "after" for k in p.children(c))


def _tells_harm(p: Parse, c: int, plural: bool, roles: Roles) -> int | None:
    """The token by which the clause at c tells the counted person hit (itself, or as said
    by someone in it), or None."""
    if lemma(p, c) in SAYING:
        told = (
            _harm_of_the_person(p, k, plural, roles) for k in p.children(c) if p.deps[k] == "ccomp"
        )
        return next((t for t in told if t is not None), None)
    return _harm_of_the_person(p, c, plural, roles)


def _harm_of_the_person(p: Parse, c: int, plural: bool, roles: Roles) -> int | None:
    if lookup(roles.acted_on, verb_keys(p, c)) != "hit":
        return None
    passive = p.child(c, "nsubjpass")
    subject = p.child(c, "nsubj")
    obj = p.child(c, "dobj")
    if passive is None and subject is None:
        # "after being shot", "after shot in face": the clause's verb tells the person
        return c if obj is None and p.tags[c] == "VBN" else None
    who = passive if passive is not None else subject
    if p.child(who, "conj") is not None:
        return None  # "after she and three others were shot": a group's count of its own
    if passive is None and (obj is None or p.lower(obj) not in REFLEXIVE):
        return None  # "after he shot his brother": another's harm
    return who if PERSONAL.get(p.lower(who)) is plural else None
