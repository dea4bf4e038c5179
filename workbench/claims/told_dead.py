"""A person told dead without a word of death: by an absence ("my son is gone", "nothing will
bring her back", "he will never come home") or by the one who killed them ("Smith's killer").

The shapes are the clause's: one singular person is the subject of a present "be" (or of a
past one inside a quotation, as the bereaved tell it) whose complement is a word of absence
(`absences.states`: "is gone"); or the object of a verb of return (`absences.returns`: "bring
back") that is denied ("won't bring Darin back", "nothing will bring her back"); or the subject
of such a verb of return told "never" ("he will never come home"); or the owner of a noun of
the one who killed (`absences.killers`: "Smith's killer", "his killers"). Each tells that one
person dead: killed 1 (the labels' convention: a death told by an absence, and an agent noun
owned by the dead, are killed 1, implicit). Not counted: a plural without a number, a question,
a condition, a hope ("I want to bring my sister back"). An absence is said of the living too
("the suspect was gone when police arrived"), so the count is marked (`ABSENCE_MARK`) and kept
only where the article tells someone dead by another count (`fates.deaths_told_apart`).
"""

from __future__ import annotations

from workbench.claims.event_nouns import possessive, ranked
from workbench.claims.roles import Roles
from workbench.claims.verb_forms import hypothetical, lemma, negated
from workbench.parse import Parse

ABSENCE_MARK = "absence"
"""Set in the value of a killed count read only from an absence or an owned killer."""

PLURALS = frozenset(("NNS", "NNPS"))
PLURAL_WORDS = frozenset(("they", "them", "their", "we", "us", "our", "you", "your"))
PRESENT = frozenset(("VBZ", "VBP"))
QUOTES = ('"', "\u201c", "\u201d")
NOTHING = frozenset(("nothing", "nobody", "no one"))


def _return_verb(p: Parse, v: int, roles: Roles) -> str | None:
    """The verb of return at v with its adverb ("bring ... back", "come home")."""
    for verb, adverb in roles.absence_returns:
        if lemma(p, v) == verb and any(p.lower(c) == adverb for c in p.children(v)):
            return f"{verb} {adverb}"
    return None


def _denied(p: Parse, v: int) -> bool:
    """A "not"/"never" on the verb or on the verb it completes ("not going to bring"), or a
    subject that is no one ("nothing will bring her back")."""
    verbs = [v]
    if p.deps[v] == "xcomp" and p.heads[v] != v:
        verbs.append(p.heads[v])
    if any(negated(p, u) for u in verbs):
        return True
    return any(p.lower(c) in NOTHING for u in verbs for c in p.children(u) if p.deps[c] == "nsubj")


def _gone(p: Parse, k: int, roles: Roles) -> str | None:
    """ "my son is gone", "she's gone", in a quotation "she was gone": k the subject of a
    "be" whose complement (or passive participle) is a word of absence."""
    v = p.heads[k]
    if p.deps[k] not in ("nsubj", "nsubjpass") or v == k:
        return None
    if p.lower(v) in roles.absence_states:  # "he's gone": the participle heads the clause
        be = next((c for c in p.children(v) if p.deps[c] in ("aux", "auxpass")), None)
        state = v
    else:
        be = v if lemma(p, v) == "be" else None
        state = next((c for c in p.children(v) if p.deps[c] in ("acomp", "attr")), None)
    if be is None or state is None or p.lower(state) not in roles.absence_states:
        return None
    if negated(p, v) or hypothetical(p, v):
        return None
    quoted = any(q in p.text for q in QUOTES)
    return p.lower(state) if p.tags[be] in PRESENT or quoted else None


def absence_told(p: Parse, k: int, roles: Roles) -> str | None:
    """What tells the singular person at k dead without a word of death: an absence, a
    return denied, or a killer k owns; None otherwise."""
    if p.tags[k] in PLURALS or p.lower(k) in PLURAL_WORDS or p.text.rstrip().endswith("?"):
        return None
    head = p.heads[k]
    if head == k:
        return None
    if possessive(p, k):  # "Smith's killer", "his killers"
        return lemma(p, head) if lemma(p, head) in roles.killers else None
    gone = _gone(p, k, roles)
    if gone is not None:
        return gone
    back = _return_verb(p, head, roles)
    if back is None or hypothetical(p, head):
        return None
    if p.deps[k] == "dobj" and _denied(p, head):  # "it won't bring Darin back"
        return back
    if p.deps[k] == "nsubj" and any(p.lower(c) == "never" for c in p.children(head)):
        return back  # "he will never come home"
    return None


def the_deceased(p: Parse, k: int, roles: Roles) -> bool:
    """ "the name of the deceased", "including the deceased": an adjective for one dead
    person (`absences.persons`) standing as a noun with its own article."""
    det = p.child(k, "det")
    return (
        p.tags[k] == "JJ"
        and p.lower(k) in roles.dead_persons
        and p.deps[k] in ("nsubj", "nsubjpass", "dobj", "pobj")
        and det is not None
        and p.lower(det) == "the"
    )


def dead_by_its_noun(p: Parse, k: int, roles: Roles) -> str | None:
    """ "the homicide victim", "a murder victim": a singular person noun a word of death
    modifies (an event noun or a state of the killed role), not ranked ("the city's 20th
    homicide victim" is a tally) nor meant ("attempted murder victim")."""
    if p.tags[k] != "NN" or ranked(p, k):
        return None
    for m in (c for c in p.children(k) if p.deps[c] in ("compound", "amod") and c < k):
        if ranked(p, m) or any(p.lower(a) in roles.intentions for a in p.children(m)):
            return None
        if roles.nouns.get(lemma(p, m)) == "killed" or roles.states.get(p.lower(m)) == "killed":
            return p.lower(m)
    return None


def owns_an_absence(p: Parse, k: int, roles: Roles) -> bool:
    """ "his killer": a possessive pronoun owning a noun of the one who killed."""
    return p.deps[k] == "poss" and absence_told(p, k, roles) is not None
