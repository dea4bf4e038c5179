"""A death told in a clause with no subject of its own, of the one who did the harm.

"Lopez opened fire, killing three and wounding 16 before taking his own life": the
gerund has no subject; the person it speaks of is the subject of the clause it hangs on,
the shooter, whom that clause puts in no role of harm. The gerund's own words are the
mention (as a labeller would mark them) and count 1 killed, implicit. Only the shooter's
own end is read so: a victim's ("was shot before dying") is already counted by the clause
that names the victim.
"""

from __future__ import annotations

from workbench.claims.mention_record import Mention, overlaps
from workbench.claims.predicates import SUBJECTS, lemma, lookup, verb_keys
from workbench.claims.roles import Roles
from workbench.claims.syntax import position
from workbench.claims.verb_phrases import phrase_role
from workbench.parse import Parse

NONFINITE_DEPS = frozenset(("pcomp", "advcl", "conj"))
PERSON_PRONOUNS = frozenset(("he", "she"))
OWN_END = "the agent's own end"
"""The start of the `why` of such a death (`agents` reads it: the doer is among the dead)."""


def _controller(p: Parse, g: int) -> int | None:
    """The subject of the nearest clause above the gerund that has one."""
    k = g
    for _ in range(8):
        if p.heads[k] == k:
            return None
        k = p.heads[k]
        if p.is_verb(k):
            subject = p.child(k, *SUBJECTS)
            if subject is not None:
                return subject
    return None


def _person(p: Parse, k: int, roles: Roles) -> bool:
    if p.tags[k] == "PRP":
        return p.lower(k) in PERSON_PRONOUNS
    if p.tags[k] == "NN" and lemma(p, k) in roles.singular_persons:
        return True
    # A name, whatever the tagger made of it ("Lopez" read as an adverb at a sentence's head).
    return p.tags[k] != "PRP" and p.word(k)[:1].isupper() and not p.is_plural(k)


def own_ends(p: Parse, roles: Roles, taken: list[tuple[int, int]]) -> list[Mention]:
    """Deaths of a clause's agent told by a gerund with no subject ("before taking his own
    life") or by a second verb sharing the agent ("shot four people, then took his own
    life")."""
    found: list[Mention] = []
    for g in range(len(p)):
        gerund = p.tags[g] == "VBG" and p.deps[g] in NONFINITE_DEPS
        # "..., then took his own life": a second verb that shares the clause's subject
        shared = p.tags[g] in ("VBD", "VBZ") and p.deps[g] in ("conj", "dep")
        if not (gerund or shared):
            continue
        if p.child(g, *SUBJECTS) is not None or p.child(g, "aux") is not None:
            continue
        # an undergo verb with an object is done, not undergone ("at passing cars")
        undergone = lookup(roles.undergo, verb_keys(p, g)) if p.child(g, "dobj") is None else None
        said = phrase_role(p, g, roles) or undergone
        if said != "killed":
            continue
        who = _controller(p, g)
        if who is None or not _person(p, who, roles) or p.is_plural(who):
            continue
        if position(p, who, roles).role in ("killed", "injured", "hit"):
            continue  # a victim: the clause that names it counts it
        lo, hi = p.subtree(g)
        start, end = p.starts[lo], p.ends[hi]
        if overlaps(start, end, taken):
            continue
        why = f"{OWN_END}: “{p.text[start:end]}” ({p.word(who)})"
        found.append(Mention(start, end, 1, "killed", why, True, None))
    return found
