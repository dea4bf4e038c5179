"""A wound or injuries noun a singular pronoun owns: "a towel to her wounds", "because of
his injuries", "whether his injuries are connected".

A possessive name owning a wound is read already ("Martinez's wound": `clause_positions`,
the possessive's event noun); "his"/"her" owning one was a candidate only where its clause
told a state of care ("his injuries are not life-threatening": `harms.told_state`). The
labels' convention (labels28c, "recovery or injuries told by a noun") counts any such owned
injuries noun: injured 1 for a survivor (hit 1 for one the article tells died), whatever the
clause says of it, since the owner names one hurt person as "her death" names one dead. The
same person counted earlier in the sentence is that person said again (`mentions`).
"""

from __future__ import annotations

from workbench.claims.event_nouns import ranked
from workbench.claims.own_clauses import verb_above
from workbench.claims.roles import Roles
from workbench.claims.syntax import lemma
from workbench.claims.verb_forms import hypothetical, word_at
from workbench.parse import Parse


def owns_a_wound(p: Parse, k: int, roles: Roles) -> bool:
    """The possessive pronoun at k owns a wound or injuries noun (`Roles.wound_nouns`) of
    its own: not ranked ("his second wound"), not told "of" something else nor told fatal
    ("his injuries were fatal"), and not in a
    clause told as a condition (`verb_forms.hypothetical`: "if the boy dies of his
    injuries"). A question about the wound presupposes it ("investigating whether his
    injuries are connected")."""
    head = p.heads[k]
    if p.deps[k] != "poss" or head == k or not p.is_noun(head) or ranked(p, head):
        return False
    if any(p.deps[c] == "prep" and p.lower(c) == "of" for c in p.children(head)):
        return False
    if lemma(p, head) not in roles.wound_nouns or _told_fatal(p, head, roles):
        return False
    v = verb_above(p, head)
    return v is None or not hypothetical(p, v)


def _told_fatal(p: Parse, noun: int, roles: Roles) -> bool:
    """ "His injuries were fatal", "her wounds proved deadly": a clause whose subject is the
    wound tells a death by a word of the killed role, not one hurt."""
    v = p.heads[noun]
    if p.deps[noun] not in ("nsubj", "nsubjpass") or v == noun:
        return False
    complements = (c for c in p.children(v) if p.deps[c] in ("acomp", "attr", "oprd"))
    return any(roles.states.get(word_at(p, c)) == "killed" for c in complements)
