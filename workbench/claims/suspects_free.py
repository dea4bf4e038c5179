"""What a clause says of a suspect that leaves them free: a first report's arrest zero.

A first report tells no one held in many words, and a reporter anywhere may pick any of
them: the suspect "remains at large", "is believed to still be on the loose", "was able to
get away", "escaped"; the police "are searching for whoever fired", "are trying to find the
man who shot him", "are hunting the gunman(s)". Each is read here as a shape of the parse,
not a phrase: the predicates a clause says of its subject (its verb and what that verb
completes, "was able to get away", "is believed to be at large"), a verb of finding under a
verb of effort ("trying to locate"), a free relative pronoun as the one pursued, a person
told by the harm they did ("the man who shot him"), and a noun whose plural is optional
("gunman(s)"). Fleeing is no such state: a suspect who fled may be held by the next line
(the labels never read "fled" as a zero).
"""

from __future__ import annotations

from workbench.claims.roles import HARM_ROLES, Roles
from workbench.claims.verb_forms import lemma, lookup, verb_keys
from workbench.parse import Parse

FREE = ((("at",), "large"), (("on", "the"), "loose"), (("on",), "loose"), (("on", "the"), "run"))
"""The words before a state word that tell a person still free ("at large", "on the loose",
"on the run")."""
ESCAPE_PARTICLES = frozenset((("get", "away"), ("make", "away")))
"""A verb with its particle that tells a person got free ("was able to get away")."""
ESCAPES = frozenset(("escape",))
"""Verbs that, with no object (one escapes injury), tell a person got free."""
FINDING = frozenset(("find", "locate", "catch", "track"))
"""Verbs of finding a person: a pursuit when an effort governs them ("trying to find")."""
EFFORTS = frozenset(("try", "attempt", "work", "continue"))
"""Verbs of an effort not yet done, over a verb of finding ("working to locate")."""
FREE_RELATIVES = frozenset(("whoever", "whomever"))
"""Pronouns that stand for the unknown doer ("searching for whoever fired")."""
FREE_WORDS = frozenset(("large", "loose", "run", "away", "escape", "locate", "whoever"))
"""Words a sentence must hold for these readings (the parse gate's cue words, beside a
perpetrator noun); not "find", so common that it would open the gate to many sentences
that count no one ("trying to find the man who shot him" passes by its harm verb)."""
CHAIN_DEPS = frozenset(("acomp", "xcomp"))
"""What a clause's verb completes ("was able to get away", "is believed to be at large")."""
RELATIVE_SUBJECTS = frozenset(("who", "that"))
TELLING = frozenset(("say", "tell", "believe", "allege", "think", "suspect"))
"""Verbs of saying or believing that a relative clause with no relative pronoun reports its
gap through ("a man police say shot four people", "the man they believe killed her"): the
person is the subject of the reported harm, the doer."""
COMPLEMENTS = frozenset(("ccomp", "xcomp"))
"""How the reported clause hangs on the verb of saying ("say shot": the parser's either)."""


def person_lemma(p: Parse, k: int) -> str:
    """A noun's base form, a plural told optional read as the noun ("gunman(s)": the
    parser keeps "(s" on the word)."""
    word = lemma(p, k)
    return word[:-2] if word.endswith("(s") else word


def predicates(p: Parse, k: int) -> list[int]:
    """What the clause says of k: k itself (a title's "Killer at large"), and when k is the
    subject, its verb and the words that verb completes in a chain ("was able to get away",
    "is believed to still be at large")."""
    out = [k]
    if p.deps[k] not in ("nsubj", "nsubjpass") or p.heads[k] == k:
        return out
    frontier = [p.heads[k]]
    while frontier:
        h = frontier.pop()
        out.append(h)
        frontier += [c for c in p.children(h) if p.deps[c] in CHAIN_DEPS]
    return out


def free_state(p: Parse, h: int) -> bool:
    """A state word of freedom among h's words, whatever the parser hung it on ("at" a
    preposition or an adverb, "large" its object, modifier or a complement)."""
    near, layer = [], [h]
    for _ in range(3):  # "remains at large Monday": "large" hangs on "Monday", under "at"
        layer = [c for t in layer for c in p.children(t)]
        near += layer
    for t in near:
        for before, word in FREE:
            if p.lower(t) != word or t < len(before):
                continue
            if all(p.lower(t - len(before) + j) == w for j, w in enumerate(before)):
                return True
    return False


def got_away(p: Parse, v: int) -> bool:
    """ "got away", "made away", "escaped" (no object: one "escaped injury" was harmed)."""
    if not p.is_verb(v):
        return False
    base = lemma(p, v)
    particle = next((c for c in p.children(v) if p.deps[c] in ("prt", "advmod")), None)
    if particle is not None and (base, p.lower(particle)) in ESCAPE_PARTICLES:
        return True
    return base in ESCAPES and p.child(v, "dobj") is None


def sought_by_effort(p: Parse, k: int) -> int | None:
    """The verb of finding k is the object of, under a verb of effort ("police are trying
    to locate the suspect"; "police located the suspect" found him)."""
    v = p.heads[k]
    if p.deps[k] != "dobj" or lemma(p, v) not in FINDING:
        return None
    # "trying to find" (a complement), "working to find" (the parser's purpose clause)
    infinitive = p.deps[v] == "xcomp" or (
        p.deps[v] == "advcl" and any(p.lower(c) == "to" for c in p.children(v))
    )
    return v if infinitive and lemma(p, p.heads[v]) in EFFORTS else None


def whoever_sought(p: Parse, k: int, pursuit_for: frozenset[str]) -> int | None:
    """ "searching for whoever fired the shots": a free relative pronoun, subject of the
    clause a pursuit's "for" governs (or the pursuit's object); the pursuing verb."""
    if p.lower(k) not in FREE_RELATIVES:
        return None
    clause = p.heads[k]
    if p.deps[k] == "nsubj" and p.deps[clause] == "pcomp":
        prep = p.heads[clause]
        verb = p.heads[prep]
        if p.lower(prep) == "for" and lemma(p, verb) in pursuit_for:
            return verb
    return None


def told_by_harm_done(p: Parse, k: int, roles: Roles) -> bool:
    """A person whose own clause tells the harm they did, in the active voice ("the man
    who shot him", "the person who fatally shot"), or reports it through a verb of saying
    with no relative pronoun ("a man police say shot four people"): the doer, as a suspect
    is."""
    for c in p.children(k):
        if p.deps[c] != "relcl" or p.child(c, "auxpass") is not None:
            continue
        subject = p.child(c, "nsubj")
        if subject is not None and p.lower(subject) in RELATIVE_SUBJECTS and _harms(p, c, roles):
            return True
        if subject is not None and lemma(p, c) in TELLING and _reports_harm(p, c, roles):
            return True
    return False


def _harms(p: Parse, v: int, roles: Roles) -> bool:
    return p.child(v, "auxpass") is None and lookup(roles.acted_on, verb_keys(p, v)) in HARM_ROLES


def _reports_harm(p: Parse, telling: int, roles: Roles) -> bool:
    """The verb of saying completes a clause of harm with no subject of its own: the gap
    is the person the relative clause hangs on ("they say [he] shot four people")."""
    return any(
        p.deps[c] in COMPLEMENTS
        and p.child(c, "nsubj", "nsubjpass") is None
        and _harms(p, c, roles)
        for c in p.children(telling)
    )
