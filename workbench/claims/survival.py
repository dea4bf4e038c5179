"""A survivor told by the state they are in, not by a verb of harm: "he is alive", "the
deputy is OK", "she is expected to be okay", "is making a good recovery".

The shape is the clause's, not the phrase's: a person (a pronoun, a name, a person noun)
is the subject of a linking verb ("be", "remain", "seem", and a verb that only reports or
expects one: "is expected to be") whose complement is a word of a living person's health
(`care.survival_states`), or of a verb whose object is a noun of the healing a wounded person
goes through (`care.survival_nouns`: "made a recovery", "received stitches"). Said of
anyone, such a state tells nothing of a harm ("the clerk is fine"); so the mention is marked
(`SURVIVAL_MARK`) and counted only where the article has told of someone harmed before it
(`fates.survivors_of_a_harm`): there it is the state of one who lived through the harm, injured
(the labels' convention: care and condition of a survivor are injured).
"""

from __future__ import annotations

from workbench.claims.aid_given import AIDED, aid_received
from workbench.claims.event_nouns import possessive
from workbench.claims.predicates import LINKS, SUBJECTS
from workbench.claims.roles import Roles
from workbench.claims.verb_forms import (
    hypothetical,
    lemma,
    lookup,
    negated,
    unasserted,
    verb_keys,
    word_at,
)
from workbench.claims.verb_phrases import phrase_role
from workbench.claims.words import CALENDAR_WORDS, verb_lemma
from workbench.parse import Parse

SURVIVAL_MARK = "survival"
"""Set in the value of an injured count read only from a survivor's state."""
RELEASED = "released"
"""The survival mark's value for one told only released ("one of the victims was
released"): a release from care tells a survivor only after the article told of care
(`fates.survivors_of_a_harm`), where "the man was released" may be from custody."""


def survival_mark(state: str, roles: Roles) -> bool | str:
    """The survival mark a survivor's state gives its count: `RELEASED` for a release,
    `AIDED` for first aid given (`aid_given`)."""
    if state == AIDED:
        return AIDED
    return RELEASED if state in roles.care_releases else True


SEEMING = frozenset(("seem", "appear", "look", "expect", "believe", "say", "report"))
"""Verbs that tell a state through another verb ("is expected to be okay", "appears to be
alive"): the state is the subject's still."""

COMPLEMENT_DEPS = frozenset(("acomp", "attr", "oprd"))


def _future_go(p: Parse, v: int) -> bool:
    """ "is going to be OK": "go" as a participle under "be", with an infinitive, is the
    future, no going: the infinitive's state is the subject's."""
    going = p.lower(v) in ("going", "gon")  # "gonna": the tokenizer's "gon" + "na"
    return going and p.tags[v] == "VBG" and p.child(v, "aux") is not None


def _linked(p: Parse, v: int) -> list[int]:
    """The verb and the verbs it passes its subject to ("is expected to be", "seems to be",
    and the future "is going to be")."""
    out = [v]
    for _ in range(2):
        last = out[-1]
        if lemma(p, last) not in SEEMING and not _future_go(p, last):
            break
        inner = p.child(last, "xcomp")
        if inner is None:
            break
        out.append(inner)
    return out


def _care_place(p: Parse, prep: int, roles: Roles) -> str | None:
    """The place of care a preposition's object names ("the hospital", "a trauma center"):
    the object's last words, as the roles list them."""
    obj = p.child(prep, "pobj")
    if obj is None:
        return None
    words = [word_at(p, i) for i in range(p.subtree(obj)[0], obj + 1)]
    ends = (" ".join(words[-n:]) for n in (2, 1))
    return next((end for end in ends if end in roles.care_places), None)


HEALING_PREPOSITIONS = frozenset(("to", "toward", "towards"))
"""A noun's way to the healing it names ("his road to recovery")."""
PLURAL_OWNERS = frozenset(("their", "our", "your", "its"))


def owned_healing(p: Parse, k: int, roles: Roles) -> str | None:
    """ "her recovery", "Ana's long road to recovery": the noun of healing (or a noun whose
    "to" names it) that one singular person at k owns, or the first aid given to them or to
    a wound or body part of theirs ("came to his aid", "pressure to her wound": `aid_given`);
    none for a plural owner ("their recovery") or a recovery of something ("his recovery of
    the gun")."""
    head = p.heads[k]
    if not possessive(p, k) or head == k or not p.is_noun(head):
        return None
    if p.tags[k] in ("NNS", "NNPS") or p.lower(k) in PLURAL_OWNERS:
        return None
    if any(p.deps[c] == "prep" and p.lower(c) == "of" for c in p.children(head)):
        return None
    if word_at(p, head) in roles.survival_nouns:
        return word_at(p, head)
    if aid_received(p, k, roles) is not None:
        return AIDED  # "rushed to his aid", "pressure to her wound": first aid, owned
    for prep in (c for c in p.children(head) if p.lower(c) in HEALING_PREPOSITIONS):
        obj = p.child(prep, "pobj")
        if p.deps[prep] == "prep" and obj is not None and word_at(p, obj) in roles.survival_nouns:
            return word_at(p, obj)
    return None


def survival_state(p: Parse, k: int, roles: Roles) -> str | None:
    """The word that tells the person at k lived, when k is the subject of a linking verb
    with a complement of a living person's health (or of such a verb in the progressive:
    "he is still breathing"), or the object a verb leaves in such a state ("left him
    paralyzed", `_object_state`), or of a verb whose object is a noun of healing, or when k owns
    a noun of healing ("her recovery"); none under a negation, a condition or a report of
    what is not asserted."""
    if p.text.rstrip().endswith("?"):
        return None  # a question tells no state: "is she awake?"
    healing = owned_healing(p, k, roles)
    if healing is not None:
        return healing
    if not possessive(p, k) and (aided := aid_received(p, k, roles)) is not None:
        return aided  # "tending to the victim", "a tourniquet on the man's leg"
    v = p.heads[k]
    if p.deps[k] in ("dobj", "nsubjpass") and v != k and p.is_verb(v):
        told = _object_state(p, v, roles)  # "left him paralyzed", "was left paralyzed"
        if told is not None:
            return told
    if p.deps[k] not in SUBJECTS or v == k or not p.is_verb(v):
        return None
    if p.deps[k] == "nsubjpass" and _released_from_care(p, v, roles):
        return lemma(p, v)  # "one of the victims was released"
    if p.deps[k] == "nsubjpass" and word_at(p, v) in roles.survival_states:
        return None if negated(p, v) or hypothetical(p, v) else word_at(p, v)  # "is paralyzed"
    if p.tags[v] == "VBG" and word_at(p, v) in roles.survival_states:
        return None if negated(p, v) or hypothetical(p, v) else word_at(p, v)  # "is breathing"
    for u in _linked(p, v):
        if negated(p, u) or hypothetical(p, u) or unasserted(p, u):
            return None
        for c in p.children(u):
            dep = p.deps[c]
            if dep in COMPLEMENT_DEPS and lemma(p, u) in LINKS and c > u:
                if word_at(p, c) in roles.survival_states:
                    return word_at(p, c)
                if _words(p, c) in roles.survival_phrases:
                    return _words(p, c)  # "I'm all right"
            elif dep == "dobj" and word_at(p, c) in roles.survival_nouns:
                return word_at(p, c)
            elif dep == "prep" and p.lower(c) == "at" and lemma(p, u) in LINKS:
                place = _care_place(p, c, roles)  # "was still at the hospital"
                if place is not None:
                    return f"at {place}"
        phrase = _verb_phrase(p, u, roles)
        if phrase is not None:
            return phrase
        healing = _healing_in_clause(p, u, roles)
        if healing is not None:
            return healing
    return None


def _words(p: Parse, k: int) -> str:
    lo, hi = p.subtree(k)
    return " ".join(p.lower(i) for i in range(lo, hi + 1))


ARGUMENT_DEPS = frozenset(("dobj", "oprd", "ccomp", "xcomp", "acomp", "attr", "dative", "prep"))
"""A verb's arguments besides the word of its phrase: "pulled through the crowd" is a way."""


def _verb_phrase(p: Parse, u: int, roles: Roles) -> str | None:
    """ "she will pull through", "he is going to pull through": the verb at u with one
    particle, adverb or object after it that makes a survival phrase
    (`care.survival_phrases`), and no other argument. Phrases whose words also tell of
    hope or of getting somewhere ("let's hope she makes it", "made it out of the club")
    are no data here: what the verb says of the subject must be the survival alone."""
    for c in p.children(u):
        if p.deps[c] not in ("prt", "advmod", "dobj") or c < u:
            continue
        others = [o for o in p.children(u) if o != c and p.deps[o] in ARGUMENT_DEPS]
        phrase = f"{lemma(p, u)} {p.lower(c)}"
        if phrase in roles.survival_phrases and not others:
            return phrase
    return None


def joined_survival(p: Parse, v: int, roles: Roles) -> str | None:
    """ "was shot under his arm and was OK", "was shot in the neck and should make a complete
    recovery", "was shot and paralyzed": a verb joined to the harm verb at v by a
    conjunction, with no subject of its own, that tells the shared subject lived (a linking
    verb with a word of a living person's health, a verb whose object is a noun of healing,
    or a participle of such a state). The labels' joined verbs: one count, injured."""
    stack = [c for c in p.children(v) if p.deps[c] == "conj" and p.is_verb(c)]
    while stack:
        u = stack.pop()
        stack += [c for c in p.children(u) if p.deps[c] == "conj" and p.is_verb(c)]
        if p.child(u, *CLAUSE_SUBJECTS) is not None:
            continue  # "..., and she is OK": a clause of its own (`own_clauses`)
        if negated(p, u) or hypothetical(p, u) or unasserted(p, u):
            continue
        if p.tags[u] == "VBN" and word_at(p, u) in roles.survival_states:
            return word_at(p, u)
        for w in _linked(p, u):
            for c in p.children(w):
                if p.deps[c] in COMPLEMENT_DEPS and lemma(p, w) in LINKS:
                    if word_at(p, c) in roles.survival_states:
                        return word_at(p, c)
                elif p.deps[c] == "dobj" and word_at(p, c) in roles.survival_nouns:
                    return word_at(p, c)
    return None


TIME_PREPOSITIONS = frozenset(("after", "as", "before", "during", "since", "until", "within"))
"""Prepositions that only date a release ("released shortly after receiving treatment",
"as of Sunday afternoon"); any other ("on bond", "into the custody of") tells another."""


def _released_from_care(p: Parse, v: int, roles: Roles) -> bool:
    """ "One of the victims was released", "was released from Lutheran": a verb of a way
    out of care (`Roles.care_releases`) in the passive, asserted, that names no place, or
    a place of care or a name none of whose words is another kind of place, and no other
    argument than its time."""
    if lemma(p, v) not in roles.care_releases or p.child(v, "dobj", "agent") is not None:
        return False
    if negated(p, v) or hypothetical(p, v) or unasserted(p, v):
        return False
    for c in (c for c in p.children(v) if p.deps[c] in ("prep", "dative")):
        if p.lower(c) == "from" and _care_or_a_name(p, c, roles):
            continue
        obj = p.child(c, "pobj")
        if obj is not None and p.lower(obj) in CALENDAR_WORDS:
            continue  # "on Tuesday", "in May"
        if p.lower(c) not in TIME_PREPOSITIONS:
            return False
        clause = p.child(c, "pcomp")  # "after receiving treatment", not "after posting bail"
        if clause is not None and _care_told(p, clause, roles) != roles.care_role:
            return False
    return True


def _care_told(p: Parse, v: int, roles: Roles) -> str | None:
    """The role a verb tells by itself or with its complement ("being treated", "receiving
    treatment")."""
    return lookup(roles.acted_on, verb_keys(p, v)) or phrase_role(p, v, roles)


def _care_or_a_name(p: Parse, prep: int, roles: Roles) -> bool:
    """A preposition's object that names a place of care, or a place by its name only with
    no word of another kind of place ("from Lutheran", not "from the county jail")."""
    if _care_place(p, prep, roles) is not None:
        return True
    obj = p.child(prep, "pobj")
    if obj is None or p.tags[obj] != "NNP":
        return False
    lo, hi = p.subtree(obj)
    return not any(p.lower(i) in roles.not_care for i in range(lo, hi + 1))


RESULT_VERBS = frozenset(("leave", "render"))
"""Verbs that put their object in a state ("left him paralyzed"); "was last seen alive"
tells only when someone was seen, and "found alive" may be of the unhurt."""


def _object_state(p: Parse, v: int, roles: Roles) -> str | None:
    """ "the shooting left him paralyzed", "was left paralyzed": the state a verb of result
    gives its object, or its passive's subject, by its complement (`oprd`)."""
    if lemma(p, v) not in RESULT_VERBS or negated(p, v) or hypothetical(p, v) or unasserted(p, v):
        return None
    state = next((c for c in p.children(v) if p.deps[c] == "oprd"), None)
    if state is None or word_at(p, state) not in roles.survival_states:
        return None
    return word_at(p, state)


CLAUSE_SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj", "expl"))
"""Dependents that give a clause a subject of its own."""


def _healing_in_clause(p: Parse, v: int, roles: Roles) -> str | None:
    """ "is still in the hospital recovering", "has been in a hospital bed recovering", "was
    sent home to recover": a healing verb (`care.survival_verbs`) in the clause of the
    subject's verb, as a participle or an infinitive the parser hangs on that verb, on a
    place's noun, or reads as a noun, tells the subject is healing. Not one in a clause with
    a subject of its own, nor one that modifies a noun ("his recovering brother") or takes
    an object ("to recover the gun")."""
    for t in range(v + 1, p.subtree(v)[1] + 1):
        if verb_lemma(p.word(t)) not in roles.survival_verbs or p.deps[t] == "amod":
            continue
        if not (p.tags[t] in ("VBG", "NN") or p.child(t, "aux") is not None):
            continue  # a participle, an "-ing" word read as a noun, or "to recover"
        if any(p.deps[c] in ("dobj", *CLAUSE_SUBJECTS) for c in p.children(t)):
            continue
        if _in_the_clause_of(p, t, v):
            return p.word(t).casefold()
    return None


PATH_DEPS = frozenset(("prep", "pobj", "acl", "advcl", "xcomp", "conj"))
"""The links a healing word may hang by on its way up to the subject's verb: a place's
preposition and its object, a participle or infinitive clause, a joined verb."""


def _in_the_clause_of(p: Parse, t: int, v: int) -> bool:
    """Whether the word at t hangs on the verb at v through places and clauses only (no
    object noun, no clause with a subject of its own, no noun joined to another: "asked
    for peace and healing" is no one's healing)."""
    while t != v:
        dep = p.deps[t]
        if dep not in PATH_DEPS or p.heads[t] == t or (dep == "conj" and not p.is_verb(t)):
            return False
        t = p.heads[t]
        if t != v and any(p.deps[c] in CLAUSE_SUBJECTS for c in p.children(t)):
            return False
    return True
