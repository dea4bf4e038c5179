"""What a verb says happened to its subject or its patient, read from the parse.

The verb's base form, voice, particle, negation, adverbs ("fatally"), fixed phrases
("taken to hospital", "shot to death": `verb_phrases.py`) and complements ("left five
wounded", "found dead") give a role, looked up in the roles data (`roles.py`). `syntax.py`
decides which noun the verb speaks of; this module only reads the verb and what hangs on it
(what its object tells: `verb_objects.py`).
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.claims.condition_grades import graded_condition_denied
from workbench.claims.roles import Roles
from workbench.claims.verb_forms import (
    lemma,
    lookup,
    negated,
    unreal,
    verb_keys,
    verb_phrase,
    word_at,
)
from workbench.claims.verb_objects import (
    moves_a_thing,
    names_persons,
    object_not_undergone,
    own_object,
    reflexive_object,
    whose_object,
)
from workbench.claims.verb_phrases import phrase_role, phrase_roles
from workbench.parse import Parse

SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj"))
OBJECTS = frozenset(("dobj", "obj", "iobj", "oprd"))
COMPLEMENTS = frozenset(("acomp", "oprd", "xcomp", "advcl", "ccomp", "attr", "conj", "dep"))
# Verbs that only link a subject or an object to its state ("was dead", "left two dead").
LINKS = frozenset(
    [
        "be",
        "remain",
        "stay",
        "find",
        "leave",
        "declare",
        "pronounce",
        "list",
        "report",
        "become",
        "lie",
        "confirm",
        "keep",
    ]
)


@dataclass(slots=True)
class Predicate:
    lemma: str
    voice: str
    """'active' or 'passive' ('state' for a linking verb's complement)."""
    negated: bool


WOUND_HIT_MARK = "wound_hit"
"""Set in the value of the hit a survivor's wound adds beside their injured count
(`Position.also_wound`): one mention, derived (the injured are the hit who survived), not
a count the text states apart."""

JOINED_HIT_MARK = "joined_hit"
"""Set in the value of the hit a verb joined to the outcome adds beside the injured count
(`Position.also_joined`): "was shot in the leg and taken to the hospital" is one count, the
outcome's (the labels' convention), so the hit is derived, not a count the text states apart."""


@dataclass(slots=True)
class Position:
    """Where a noun stands: the role its clause gives it, the predicate, and why."""

    role: str | None
    predicate: Predicate | None
    why: str | None
    also: str | None = None
    """A second role the same clause states: "shot and wounded", "shot ... and taken to
    the hospital" say hit as well as injured (the injured are the hit who survived)."""
    wound: bool = False
    """Injured for a wound the person has ("with a gunshot wound"): the article may tell
    they died, and then they are hit (`article_fates.wounds_of_the_dead`)."""
    also_wound: bool = False
    """The second role (hit) is read only from a wound the survivor bears ("suffered a
    gunshot wound", "taken to the hospital with a gunshot wound"): the labels' wound
    convention counts that mention once, injured; the hit is derived (`WOUND_HIT_MARK`).
    A harm told by a clause of its own ("Shot twice, X was rushed to ...", "a man who was
    shot ... is in good condition") is a count of its own."""
    also_joined: bool = False
    """The second role (hit) is read from a verb joined to the outcome's, sharing its
    subject ("was shot and wounded", "was shot in the leg and taken to the hospital"): one
    clause, one count, the outcome's role; the hit is derived (`JOINED_HIT_MARK`)."""
    adjunct: bool = False
    """The role is told by a clause of time with no subject on the verb, not by the verb
    ("called 911 after being shot": `adjunct_clauses`): a relative clause so read describes
    the person, no count of its own beside the main clause's (`relative_counts`)."""


def denial(p: Parse, v: int, roles: Roles) -> str | None:
    """The role a negated verb states of its subject ("did not survive": killed), when the
    clause tells of what happened."""
    if not negated(p, v) or unreal(p, v):
        return None
    return lookup(roles.denied, verb_keys(p, v))


def negated_clause(p: Parse, v: int, roles: Roles) -> bool:
    """The clause's verb is negated and no verb coordinated with it states a harm of its
    own ("never regained consciousness and died": the death is not negated); a grade of a
    condition denied is no negation of the state (`condition_grades`)."""
    if not negated(p, v) or graded_condition_denied(p, v, roles):
        return False  # "is not in critical condition": in a condition still
    return not any(
        u != v
        and not negated(p, u)
        and (lookup(roles.undergo, verb_keys(p, u)) or lookup(roles.acted_on, verb_keys(p, u)))
        in HARM
        for u in verbs_of(p, v)
    )


def intended(p: Parse, v: int, roles: Roles) -> bool:
    """ "tried to kill his wife", "accused of plotting to shoot three people", "an attempt to
    kill": a verb (or the first of its conjuncts) that completes a verb or noun of intention
    says what was meant, not what was done."""
    for _ in range(4):
        if p.deps[v] != "conj" or p.heads[v] == v:
            break
        v = p.heads[v]
    h = p.heads[v]
    if p.deps[v] not in ("xcomp", "acl") or h == v or p.child(v, "aux") is None:
        return False  # the infinitive's "to": "meant to kill", never "a man killed"
    return lemma(p, h) in roles.intentions or p.lower(h) in roles.intentions


def state_role(p: Parse, k: int, roles: Roles, depth: int = 0) -> str | None:
    """A complement that says a state: "dead", "wounded", "in critical condition", "shot
    dead" (a participle with its own complement)."""
    word = word_at(p, k)
    role = roles.states.get(word)
    if role is None and p.tags[k] in ("VBN", "VBD", "JJ"):
        role = lookup(roles.acted_on, verb_keys(p, k))
    if p.tags[k].startswith("VB"):
        phrase = phrase_role(p, k, roles)  # "shot to death" says more than "shot"
        role = roles.stronger(role, phrase) if phrase not in ("involved",) else role
    for c in p.children(k):
        adverb = roles.adverbs.get(word_at(p, c)) if p.deps[c] == "advmod" else None
        if adverb is not None and role in HARM:  # "found fatally shot"
            role = roles.stronger(role, adverb)
    if depth < 1:
        for c in p.children(k):
            if p.deps[c] in ("acomp", "oprd", "xcomp", "advmod", "dep") or _joined_state(p, k, c):
                inner = state_role(p, c, roles, depth + 1)
                if inner is not None and inner not in ("involved", "shots"):
                    role = roles.stronger(role, inner)
    return role


def _joined_state(p: Parse, k: int, c: int) -> bool:
    """ "identified two people shot and killed": a participle joined to the state at k, with
    no subject, object or number of its own, says the same one's state (the stronger
    decides, "one clause, one count, the outcome's role")."""
    if p.deps[c] != "conj" or p.tags[c] not in ("VBN", "JJ") or p.tags[k] not in ("VBN", "JJ"):
        return False
    return not any(p.deps[g] in (*SUBJECTS, "dobj", "nummod") for g in p.children(c))


def verbs_of(p: Parse, v: int, object_at: int | None = None) -> list[int]:
    """The verb and the verbs coordinated with it that share its subject ("shot and killed").

    Given the object's token, a verb coordinated after that object does not share it: a
    shared object follows every verb ("shot and killed two men"), and "sending three people
    to the hospital and killing a teen" tells of someone else when "killing" is read without
    its object."""
    out = [v]
    stack = [v]
    while stack:
        k = stack.pop()
        for c in p.children(k):
            if (
                p.deps[c] == "conj"
                and p.is_verb(c)
                and p.child(c, *SUBJECTS) is None
                and p.child(c, "dobj") is None  # "shot her and killed her mother": two acts
                and (object_at is None or c < object_at)
            ):
                out.append(c)
                stack.append(c)
    return out


def _passive_conjunct(p: Parse, u: int, v: int) -> bool:
    """A verb coordinated after v in the passive: its own auxiliary, or a participle
    joined to a verb that has one ("was shot and wounded")."""
    for _ in range(6):
        if u == v:
            return False
        if p.child(u, "auxpass") is not None:
            return True
        if p.tags[u] != "VBN" or p.deps[u] != "conj":
            return False
        u = p.heads[u]
    return False


def verb_role(p: Parse, v: int, acted_on: bool, roles: Roles) -> tuple[str | None, str | None]:
    """The role a verb gives its subject (acted_on False) or its patient; and why."""
    best, why, _harm = verb_roles(p, v, acted_on, roles)
    return best, why


def verb_roles(
    p: Parse, v: int, acted_on: bool, roles: Roles, object_at: int | None = None
) -> tuple[str | None, str | None, set[str]]:
    """`verb_role`, with every harm role the verbs and their complements state (object_at:
    the object's token, when the count is the verb's object)."""
    best: str | None = None
    why: str | None = None
    harm: set[str] = set()
    verbs = verbs_of(p, v, object_at)
    # "wasn't hurt ... but got hit": a negated verb says nothing beside one that is not
    verbs = [u for u in verbs if not negated(p, u) or denial(p, u, roles)] or verbs
    for u in verbs:
        base = verb_phrase(p, u)
        keys = verb_keys(p, u)
        words = keys[0]
        refused = denial(p, u, roles)
        # "The clerk fought back and was shot (and wounded)": a passive conjunct, and the
        # participles joined to it, are done to the subject
        done = acted_on or _passive_conjunct(p, u, v)
        if done:
            role = lookup(roles.acted_on, keys)
            if role is None and p.child(u, "auxpass") is None and object_at is None:
                # a bare participle may be an intransitive's ("Teen survived"); a true
                # passive never is: "two pistols were recovered", "is survived by his wife";
                # nor is an object the parser hangs on it ("died in or near metro Denver")
                role = lookup(roles.undergo, keys)
            if role is None and p.tags[u] in ("VBN",) and object_at is None:
                role = roles.states.get(word_at(p, u))
            if role is None and object_at is not None and names_persons(p, object_at, roles):
                role = lookup(roles.bereaved, keys)  # "the town lost three children"
        else:
            role = lookup(roles.undergo, keys)
            if role is not None and object_not_undergone(p, u, roles):
                role = None  # "passed a background check", "recovered the handgun"
            done_to = lookup(roles.acted_on, keys)
            if role is None and done_to in SELF_DONE and reflexive_object(p, u):
                role = done_to  # "two children who shot themselves", "turned himself in"
            elif role is None and done_to in ("killed", "injured", "hit", "shots"):
                role = "involved"  # the shooter, not the shot
        if refused is not None:
            role = refused  # "was shot and did not survive"
        if role is None and base in LINKS | {"be"}:
            role = None
        # "He took his friend to the hospital": where it goes is the object's, not the
        # subject's; "he suffered injuries" is the subject's.
        moved = not done and moves_a_thing(p, u)
        phrase, said = phrase_roles(p, u, roles, with_preps=not moved)
        if object_at is not None and object_at == p.child(u, "dobj") and phrase != "killed":
            # "has two more surgeries ahead", "suffered three gunshot wounds": a count of the
            # phrase's own object counts things (a life taken is a person's: "took five lives")
            phrase, said = phrase_roles(p, u, roles, not moved, with_object=False)
        if moved and whose_object(p, u) is not None:
            phrase, said = None, set()  # "took the lives of three people": theirs, not his
        harm |= said & HARM
        # With an object, the phrase is the verb and its object, and says what the subject
        # underwent ("committed suicide", "lost his life"), whatever else the verb means.
        spent = not done and not moved and p.child(u, "dobj") is not None  # a span of time
        if phrase is not None and (done or moved or spent or roles.acted_on.get(words) is None):
            # a doer keeps its role, unless it took itself to care ("drove themselves to")
            involved = role == "involved" and not reflexive_object(p, u)
            role = roles.stronger(role, phrase) if not involved else role
        for c in p.children(u):
            dep = p.deps[c]
            adverb = roles.adverbs.get(word_at(p, c)) if dep == "advmod" else None
            if adverb is not None and role not in (None, "involved"):
                role = roles.stronger(role, adverb)
            elif (
                dep in COMPLEMENTS
                and dep != "conj"
                # "the deputy found the girl injured": the state is the object's
                and (done or (lemma(p, u) in LINKS and not moved) or _trailing(p, u, c))
                and p.child(c, *SUBJECTS) is None  # a clause of its own is no state
                and not own_object(p, c)
            ):
                state = state_role(p, c, roles)
                if state is None and p.tags[c] == "VBG":
                    state = lookup(roles.undergo, verb_keys(p, c))  # "..., bleeding"
                if not (done or lemma(p, u) in LINKS) and state not in HARM:
                    state = None  # a trailing participle is read for a harm only
                if state is None and dep == "xcomp" and done and p.tags[c] == "VB":
                    state = lookup(roles.undergo, verb_keys(p, c))  # "expected to survive"
                elif state is None and dep == "advcl" and done and p.tags[c] == "VBN":
                    # "Man shot in leg, expected to survive": a headline's participle after
                    # a comma, whose infinitive tells the outcome
                    told = p.child(c, "xcomp")
                    if told is not None and p.tags[told] == "VB":
                        state = lookup(roles.undergo, verb_keys(p, told))
                if state is not None and state != "shots":
                    role = roles.stronger(role, state) if role != "involved" else state
            elif dep == "prep" and p.lower(c) == "as" and base in LINKS and role != "involved":
                # "is listed as stable": the state a linking verb gives through "as"
                for s in p.children(c):
                    role = roles.stronger(role, roles.states.get(word_at(p, s)))
        if role in HARM:
            harm.add(role)
        if done and lookup(roles.acted_on, keys) == "hit":
            harm.add("hit")  # "shot and wounded", "shot ... and taken to the hospital"
        if role is not None and (best is None or roles.stronger(best, role) == role):
            if best in HARM and role in HARM and best != role and disjoined(p, v):
                best, why = "hit", "hurt or killed"  # either: counted as hit
                continue
            best, why = role, f"{'passive ' if done else ''}{base}"
    return best, why, harm


def _trailing(p: Parse, u: int, c: int) -> bool:
    """ "was sitting on the curb, bleeding from his leg", "staggered home, wounded": a
    participle clause after a verb with no object tells the state of the verb's subject,
    whatever the verb (with an object, the state may be the object's)."""
    return (
        p.deps[c] == "advcl"
        and c > u
        and p.tags[c] in ("VBG", "VBN")
        and p.child(u, "dobj") is None
    )


def second_role(role: str | None, harm: set[str]) -> str | None:
    """Hit as well, when the clause says the injured were shot (never for the killed: "shot
    and killed" is a count of the dead)."""
    return "hit" if role == "injured" and "hit" in harm else None


def outcome_position(
    p: Parse,
    v: int,
    told: tuple[str | None, Predicate, str | None],
    harm: set[str],
    object_at: int | None = None,
) -> Position:
    """The clause's role (told: role, predicate, why) and the hit its verbs tell beside an
    injured count; a hit told by a verb joined to the outcome's is marked derived."""
    role, predicate, why = told
    also = second_role(role, harm)
    joined = also is not None and len(verbs_of(p, v, object_at)) > 1
    return Position(role, predicate, why, also, also_joined=joined)


HARM = frozenset(("killed", "injured", "hit"))
SELF_DONE = HARM | {"arrested"}
"""Roles a verb puts its subject in when it is its own object: harm ("shot himself") and a
surrender ("turned himself in")."""


def disjoined(p: Parse, v: int) -> bool:
    """Verbs joined by "or" ("have been hurt or killed"): the count is either."""
    return any(p.deps[c] == "cc" and p.lower(c) == "or" for c in p.children(v))
