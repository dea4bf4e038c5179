"""A count's frame from the dependency parse: the noun it counts, its predicate, its role.

A number modifies a noun (`nummod`) or stands for one ("two died"); that noun sits in a
clause as the subject of a verb, its object, the subject of its passive, or the object of
`of` under an event noun ("the deaths of two children"). The verb's base form, voice,
particle, negation, adverbs ("fatally") and complements ("left five wounded", "found dead")
say what happened to what was counted: its role, looked up in the roles data (`roles.py`).
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.claims.lemmas import lemma_of
from workbench.claims.roles import Roles
from workbench.claims.words import wordset
from workbench.parse import Parse
from workbench.vocabulary import stems

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
DETERMINER_DEPS = frozenset(("det", "amod", "compound", "nummod", "poss", "nmod", "quantmod"))


@dataclass(slots=True)
class Predicate:
    lemma: str
    voice: str
    """'active' or 'passive' ('state' for a linking verb's complement)."""
    negated: bool


@dataclass(slots=True)
class Position:
    """Where a noun stands: the role its clause gives it, the predicate, and why."""

    role: str | None
    predicate: Predicate | None
    why: str | None
    also: str | None = None
    """A second role the same clause states: "shot and wounded", "shot ... and taken to
    the hospital" say hit as well as injured (the injured are the hit who survived)."""


def _word(p: Parse, i: int) -> str:
    return p.lower(i).replace("’", "'")


def lemma(p: Parse, i: int) -> str:
    return lemma_of(p.word(i), p.tags[i])


def verb_keys(p: Parse, v: int) -> list[tuple[str, ...]]:
    """The verb's possible base forms (with its particle), most likely first: the suffix
    lemmatiser guesses, so "massacred" is tried as "massacr" and "massacre"."""
    prt = p.child(v, "prt")
    tail = (_word(p, prt),) if prt is not None else ()
    forms = dict.fromkeys([lemma(p, v), *stems(_word(p, v))])
    return [(form, *tail) for form in forms]


def _lookup(table: dict[tuple[str, ...], str], keys: list[tuple[str, ...]]) -> str | None:
    return next((table[k] for k in keys if k in table), None)


def verb_phrase(p: Parse, v: int) -> str:
    """The verb's base form with its particle ("gun down", "round up")."""
    prt = p.child(v, "prt")
    return f"{lemma(p, v)} {_word(p, prt)}" if prt is not None else lemma(p, v)


def _negated(p: Parse, v: int) -> bool:
    return p.child(v, "neg") is not None


def _phrase_role(p: Parse, v: int, roles: Roles) -> str | None:
    """A verb with a fixed complement: "taken to (the) hospital", "shot to death",
    "in critical condition", "lost their lives"."""
    return _phrase_roles(p, v, roles)[0]


def _phrase_roles(p: Parse, v: int, roles: Roles) -> tuple[str | None, set[str]]:
    """`_phrase_role`, with every role a phrase of the verb says ("sustained non-fatal
    gunshot wounds": injured, and hit)."""
    base = verb_phrase(p, v)
    found = None
    longest = 0
    every: set[str] = set()
    for k in p.children(v):
        dep = p.deps[k]
        tails: list[tuple[str, ...]] = []
        if dep in ("prep", "dative"):
            obj = p.child(k, "pobj")
            if obj is not None:
                mods = [_word(p, m) for m in p.children(obj) if p.deps[m] in ("amod", "compound")]
                noun = lemma(p, obj)
                tails += [(_word(p, k), noun), (_word(p, k), "the", noun)]
                tails += [(_word(p, k), m, noun) for m in mods]
                tails += [(_word(p, k), "a", m, noun) for m in mods]
        elif dep in ("dobj", "attr"):
            mods = [_word(p, m) for m in p.children(k) if p.deps[m] in ("amod", "compound", "poss")]
            mods += _joined_modifiers(p, k)  # "non-fatal", written as three tokens
            noun = lemma(p, k)
            tails += [(noun,), *((m, noun) for m in mods)]
            tails += [(m, "gunshot", noun) for m in mods]
            if noun in ("wound", "injury"):
                tails.append(("a", *mods, noun))
        for tail in tails:
            key = (*base.split(), *tail)
            role = roles.phrases.get(key) or roles.phrases.get(tail)
            size = len(key) if key in roles.phrases else len(tail)
            if role is not None:
                every.add(role)
            if role is not None and size > longest:  # the most specific phrase decides
                found, longest = role, size
            elif role is not None and size == longest:
                found = roles.stronger(found, role)
    return found, every


def _joined_modifiers(p: Parse, k: int) -> list[str]:
    """The hyphenated words before a noun as written ("non-fatal bullet" -> "non-fatal"):
    the tokenizer splits them and the parse hangs each part on the noun."""
    lo = p.subtree(k)[0]
    words = p.text[p.starts[lo] : p.starts[k]].casefold().split()
    return [w for w in words if "-" in w.strip("-")]


def _state_role(p: Parse, k: int, roles: Roles, depth: int = 0) -> str | None:
    """A complement that says a state: "dead", "wounded", "in critical condition", "shot
    dead" (a participle with its own complement)."""
    word = _word(p, k)
    role = roles.states.get(word)
    if role is None and p.tags[k] in ("VBN", "VBD", "JJ"):
        role = _lookup(roles.acted_on, verb_keys(p, k))
    if p.tags[k].startswith("VB"):
        phrase = _phrase_role(p, k, roles)  # "shot to death" says more than "shot"
        role = roles.stronger(role, phrase) if phrase not in ("involved",) else role
    if depth < 1:
        for c in p.children(k):
            if p.deps[c] in ("acomp", "oprd", "xcomp", "advmod", "dep"):
                inner = _state_role(p, c, roles, depth + 1)
                if inner is not None and inner not in ("involved", "shots"):
                    role = roles.stronger(role, inner)
    return role


def _verbs_of(p: Parse, v: int) -> list[int]:
    """The verb and the verbs coordinated with it that share its subject ("shot and killed")."""
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
            ):
                out.append(c)
                stack.append(c)
    return out


def _verb_role(p: Parse, v: int, acted_on: bool, roles: Roles) -> tuple[str | None, str | None]:
    """The role a verb gives its subject (acted_on False) or its patient; and why."""
    best, why, _harm = _verb_roles(p, v, acted_on, roles)
    return best, why


def _verb_roles(
    p: Parse, v: int, acted_on: bool, roles: Roles
) -> tuple[str | None, str | None, set[str]]:
    """`_verb_role`, with every harm role the verbs and their complements state."""
    best: str | None = None
    why: str | None = None
    harm: set[str] = set()
    for u in _verbs_of(p, v):
        base = verb_phrase(p, u)
        keys = verb_keys(p, u)
        words = keys[0]
        if acted_on:
            role = _lookup(roles.acted_on, keys) or _lookup(roles.undergo, keys)
            if role is None and p.tags[u] in ("VBN",):
                role = roles.states.get(_word(p, u))
        else:
            role = _lookup(roles.undergo, keys)
            done_to = _lookup(roles.acted_on, keys)
            if role is None and done_to in ("killed", "injured", "hit", "shots"):
                role = "involved"  # the shooter, not the shot
        if role is None and base in LINKS | {"be"}:
            role = None
        phrase, said = _phrase_roles(p, u, roles)
        harm |= said & HARM
        if phrase is not None and (acted_on or roles.acted_on.get(words) is None):
            role = roles.stronger(role, phrase) if role != "involved" else role
        for c in p.children(u):
            dep = p.deps[c]
            if dep == "advmod" and _word(p, c) in roles.adverbs and role not in (None, "involved"):
                role = roles.stronger(role, roles.adverbs[_word(p, c)])
            elif (
                dep in COMPLEMENTS
                and dep != "conj"
                and (acted_on or lemma(p, u) in LINKS)
                and p.child(c, *SUBJECTS) is None  # a clause of its own is no state
            ):
                state = _state_role(p, c, roles)
                if state is not None and state != "shots":
                    role = roles.stronger(role, state) if role != "involved" else state
        if role in HARM:
            harm.add(role)
        if acted_on and _lookup(roles.acted_on, keys) == "hit":
            harm.add("hit")  # "shot and wounded", "shot ... and taken to the hospital"
        if role is not None and (best is None or roles.stronger(best, role) == role):
            if best in HARM and role in HARM and best != role and _disjoined(p, v):
                best, why = "hit", "hurt or killed"  # either: counted as hit
                continue
            best, why = role, f"{'passive ' if acted_on else ''}{base}"
    return best, why, harm


def second_role(role: str | None, harm: set[str]) -> str | None:
    """Hit as well, when the clause says the injured were shot (never for the killed: "shot
    and killed" is a count of the dead)."""
    return "hit" if role == "injured" and "hit" in harm else None


HARM = frozenset(("killed", "injured", "hit"))


def _disjoined(p: Parse, v: int) -> bool:
    """Verbs joined by "or" ("have been hurt or killed"): the count is either."""
    return any(p.deps[c] == "cc" and p.lower(c) == "or" for c in p.children(v))


def possessive(p: Parse, m: int) -> bool:
    """A possessor: "Hale's", also as the parser reads a curly "’s" (nmod with a case)."""
    return p.deps[m] == "poss" or (p.deps[m] == "nmod" and p.child(m, "case") is not None)


def _event_noun_role(p: Parse, noun: int, roles: Roles) -> str | None:
    """An event noun's role, sharpened by its modifiers ("fatal shooting", "shooting death")."""
    role = roles.nouns.get(lemma(p, noun)) or roles.nouns.get(_word(p, noun))
    for m in p.children(noun):
        # A gerund's object is a misread compound ("the shooting death of ...").
        if p.deps[m] in ("amod", "compound") or (p.deps[m] == "dobj" and p.tags[noun] == "VBG"):
            word = _word(p, m)
            mod = roles.states.get(word) or roles.nouns.get(lemma(p, m))
            if role is not None and mod is not None:
                role = roles.stronger(role, mod)
    return role


GROUP_NOUNS = wordset("total number group tally count toll")
WH_WORDS = wordset("who that which whom")


def position(p: Parse, m: int, roles: Roles) -> Position:
    """The role the clause gives the noun at m (a counted noun or a mention); failing
    that, its own relative clause ("a man who was shot") or participle ("an injured man",
    "the teen killed")."""
    where = _clause_position(p, m, roles)
    inner = _relative_position(p, m, roles)
    if where.role is not None:
        # "The girl, who was shot in the head, was declared dead": killed, and hit.
        if where.also is None and inner is not None and inner.role in HARM - {where.role}:
            where.also = inner.role
        return where
    own = own_position(p, m, roles)
    return own if own.role is not None else where


def own_position(p: Parse, m: int, roles: Roles) -> Position:
    """The role the noun's own modifiers give it, whatever its clause says: a relative
    clause ("a man who was shot") or a participle ("an injured man", "the teen killed")."""
    inner = _relative_position(p, m, roles)
    if inner is not None:
        return inner
    for c in p.children(m):
        if p.deps[c] == "acl" or (p.deps[c] == "amod" and p.tags[c] in ("VBN", "JJ", "VBD", "VBG")):
            state = _state_role(p, c, roles)
            if state is not None and state not in ("involved", "shots", "present"):
                return Position(state, Predicate(lemma(p, c), "passive", False), _word(p, c))
    return Position(None, None, None)


def _relative_position(p: Parse, m: int, roles: Roles) -> Position | None:
    """The role the noun's own relative clause gives it ("a man who was shot")."""
    for c in p.children(m):
        if p.deps[c] == "relcl":
            wh = next(
                (k for k in p.children(c) if p.deps[k] in SUBJECTS and p.lower(k) in WH_WORDS),
                None,
            )
            if wh is not None:
                inner = _clause_position(p, wh, roles)
                if inner.role is not None:
                    return inner
    return None


def _own_state(p: Parse, m: int, roles: Roles) -> str | None:
    """The state written after a noun of its own: "(left a woman dead and) her daughter in
    a coma", "... and a trooper injured"."""
    for c in p.children(m):
        if c < m:
            continue
        if p.deps[c] in ("amod", "acl", "oprd") and p.tags[c] in ("VBN", "JJ"):
            role = _state_role(p, c, roles)
            if role in HARM:
                return role
        if p.deps[c] == "prep" and p.child(c, "pobj") is not None:
            obj = p.child(c, "pobj")
            noun = lemma(p, obj)
            mods = [_word(p, k) for k in p.children(obj) if p.deps[k] in ("amod", "compound")]
            prep = _word(p, c)
            tails = [(prep, noun), (prep, "a", noun), (prep, "the", noun)]
            tails += [t for mod in mods for t in ((prep, mod, noun), (prep, "a", mod, noun))]
            role = next((roles.phrases[t] for t in tails if t in roles.phrases), None)
            if role in HARM:
                return role
    return None


def _clause_position(p: Parse, m: int, roles: Roles) -> Position:
    if p.deps[m] == "conj" and p.is_verb(p.heads[m]):
        own = _own_state(p, m, roles)  # a second object of "left", with its own state
        if own is not None:
            return Position(own, Predicate(verb_phrase(p, p.heads[m]), "state", False), "its state")
    seen = 0
    while p.deps[m] in ("conj", "appos") and p.heads[m] != m and seen < 6:
        m = p.heads[m]  # "a woman and two men were shot": the first conjunct's place
        seen += 1
    dep, head = p.deps[m], p.heads[m]
    if (
        dep == "pobj"
        and p.lower(head) == "of"
        and p.lower(p.heads[head]) in GROUP_NOUNS
        and p.heads[head] != head
    ):
        m = p.heads[head]  # "a total of 50 people were killed": the total's place
        dep, head = p.deps[m], p.heads[m]
    if dep in SUBJECTS and (p.is_verb(head) or p.tags[head] == "JJ"):
        # A participle with no auxiliary is a headline's passive ("Three fatally shot").
        bare = p.tags[head] == "VBN" and p.child(head, "aux", "auxpass") is None
        # "Man shot at VFW post": a headline's bare noun, a past harm verb, no object.
        headline = (
            p.tags[head] == "VBD"
            and p.child(m, "det", "poss") is None
            and p.child(head, "dobj", "aux") is None
            and _lookup(roles.acted_on, verb_keys(p, head)) in ("killed", "injured", "hit")
            and p.tags[m] in ("NN", "NNP")
            and p.word(m)[:1].isupper()
        )
        passive = dep == "nsubjpass" or p.child(head, "auxpass") is not None or bare or headline
        if p.tags[head] == "JJ":  # "Two people dead": a state as the clause's head
            role = roles.states.get(_word(p, head))
            return Position(role, Predicate(_word(p, head), "state", False), _word(p, head))
        role, why, harm = _verb_roles(p, head, passive, roles)
        if not passive and lemma(p, head) in LINKS:
            for c in p.children(head):
                if p.deps[c] in ("acomp", "attr", "oprd", "prep", "advmod", "xcomp"):
                    state = _state_role(p, c, roles) or _phrase_role(p, head, roles)
                    role = roles.stronger(role, state)
        predicate = Predicate(verb_phrase(p, head), "passive" if passive else "active", False)
        predicate.negated = _negated(p, head)
        return Position(role, predicate, why, second_role(role, harm))
    if dep in OBJECTS and p.is_verb(head):
        role, why, harm = _verb_roles(p, head, True, roles)
        predicate = Predicate(verb_phrase(p, head), "active", _negated(p, head))
        return Position(role, predicate, why, second_role(role, harm))
    if dep == "pobj":
        prep = head
        above = p.heads[prep]
        if _word(p, prep) == "of" and (p.is_noun(above) or p.tags[above] == "VBG"):
            role = _event_noun_role(p, above, roles)
            if role is not None:
                return Position(
                    role,
                    None,
                    f"{_word(p, above) if p.tags[above] == 'VBG' else lemma(p, above)} of",
                )
        if p.deps[prep] == "agent" or _word(p, prep) == "by":
            return Position(None, None, None)
    if possessive(p, m) and p.is_noun(head):
        role = _event_noun_role(p, head, roles)
        if role is not None:
            return Position(role, None, f"'s {lemma(p, head)}")
    if dep in ("npadvmod", "prep", "advmod", "dep", "appos") and p.is_verb(head):
        # "Six people were shot, two fatally": a count hung on the verb of its group.
        role, why = _verb_role(p, head, True, roles)
        for c in p.children(m):
            if p.deps[c] == "advmod" and _word(p, c) in roles.adverbs:
                role = roles.adverbs[_word(p, c)]
        return Position(role, Predicate(verb_phrase(p, head), "passive", False), why)
    return Position(None, None, None)


def next_word_role(p: Parse, m: int, roles: Roles) -> str | None:
    """Headlines the parser misreads ("Five shot in ...", "2 Dead After ..."): the word
    right after the counted noun says the role."""
    k = m + 1
    if k >= len(p):
        return None
    word = _word(p, k)
    if word in roles.states:
        return roles.states[word]
    base = lemma_of(p.word(k), "VBN")
    role = roles.undergo.get((base,)) or roles.acted_on.get((base,))
    return role if role not in ("involved", "present", "shots") else None
