"""A verb's fixed phrases: "taken to the hospital", "shot to death", "lost their lives".

The verb with its object or its preposition's object (and their modifiers) is looked up in
the roles data's phrases (`roles.py`); the most specific phrase decides. `predicates.py`
reads the verb itself; this module only what hangs on it as a set phrase.
"""

from __future__ import annotations

from workbench.claims.guardianship import guardian_custody
from workbench.claims.purposes import for_another_reason
from workbench.claims.roles import Roles
from workbench.claims.verb_forms import lemma, lookup, verb_keys, verb_phrase, word_at
from workbench.parse import Parse

MODIFIER_DEPS = frozenset(("amod", "compound", "poss"))


def phrase_role(p: Parse, v: int, roles: Roles) -> str | None:
    """A verb with a fixed complement: "taken to (the) hospital", "shot to death",
    "in critical condition", "lost their lives"."""
    return phrase_roles(p, v, roles)[0]


def phrase_roles(
    p: Parse, v: int, roles: Roles, with_preps: bool = True, with_object: bool = True
) -> tuple[str | None, set[str]]:
    """`phrase_role`, with every role a phrase of the verb says ("sustained non-fatal
    gunshot wounds": injured, and hit); with_object False leaves out the phrases of the
    verb and its object (when the count is that object's). A third of the askings repeat
    one of the same parse (a verb read for each of its counts and persons): each answer is
    kept on the parse (`Parse.memo`) for its roles, and each caller given its own set."""
    kept = p.memo.setdefault(_PHRASE_ROLES, {})
    key = (v, with_preps, with_object)
    known = kept.get(key)
    if known is None or known[0] is not roles:
        known = kept[key] = (roles, *_phrase_roles(p, v, roles, with_preps, with_object))
    return known[1], set(known[2])


_PHRASE_ROLES = "phrase_roles"
"""The name of `phrase_roles`' answers in `Parse.memo`."""


def _phrase_roles(
    p: Parse, v: int, roles: Roles, with_preps: bool, with_object: bool
) -> tuple[str | None, set[str]]:
    base = verb_phrase(p, v)
    found = None
    longest = 0
    every: set[str] = set()
    preps = _object_preps(p, v) + _preps_as_being(p, v) + _preps_on_names(p, v)
    for k in p.children(v) + preps:
        dep = p.deps[k]
        tails: list[tuple[str, ...]] = []
        if dep in ("prep", "dative") and with_preps:
            obj = p.child(k, "pobj")
            if (
                obj is not None
                and not _died_there(p, obj, roles)
                and not for_another_reason(p, v, obj, roles)  # "for an evaluation"
                and not guardian_custody(p, obj)  # "in protective custody": no arrest
            ):
                for named in (obj, *_name_of(p, obj)):
                    mods = [word_at(p, m) for m in p.children(named) if p.deps[m] in MODS]
                    noun = lemma(p, named)
                    tails += [(word_at(p, k), noun), (word_at(p, k), "the", noun)]
                    tails += [(word_at(p, k), m, noun) for m in mods]
                    tails += [(word_at(p, k), "a", m, noun) for m in mods]
        elif dep in ("dobj", "attr") and with_object:
            mods = [word_at(p, m) for m in p.children(k) if p.deps[m] in MODIFIER_DEPS]
            mods += joined_modifiers(p, k)  # "non-fatal", written as three tokens
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
    if with_preps and found is None and roles.care_role and _carried_to_a_name(p, v, roles):
        found = roles.care_role
        every.add(found)
    return found, every


def _carried_to_a_name(p: Parse, v: int, roles: Roles) -> bool:
    """ "was taken to Stroger", "rushed him to UMC", "the victims taken to Stroger": a way
    others carry a person to care (`Roles.carried_to_care`), passive, with its object or as
    a participle on its noun, to a place told only by its proper name, none of whose words
    names another kind of place (`Roles.not_care`: "taken to the Cook County Jail")."""
    if p.child(v, "auxpass") is None and p.child(v, "dobj") is None and p.deps[v] != "acl":
        return False  # passive, active with its object, or a participle on its noun
    base = lemma(p, v)
    for k in p.children(v):
        if p.deps[k] != "prep" or (base, word_at(p, k)) not in roles.carried_to_care:
            continue
        obj = p.child(k, "pobj")
        if obj is None or p.tags[obj] != "NNP" or _died_there(p, obj, roles):
            continue
        if for_another_reason(p, v, obj, roles):  # "for observation"
            continue
        lo, hi = p.subtree(obj)
        if not any(p.lower(i) in roles.not_care for i in range(lo, hi + 1)):
            return True
    return False


MODS = frozenset(("amod", "compound"))


def _name_of(p: Parse, k: int) -> list[int]:
    """The noun a proper name's "of" phrase ends in, which says what the named thing is
    ("the University of New Mexico Hospital trauma center": a trauma center)."""
    if p.tags[k] != "NNP":
        return []
    of = next((c for c in p.children(k) if p.deps[c] == "prep" and p.lower(c) == "of"), None)
    obj = p.child(of, "pobj") if of is not None else None
    return [obj] if obj is not None else []


def _died_there(p: Parse, place: int, roles: Roles) -> bool:
    """ "taken to the hospital, where he died": the place's own clause tells what became of
    the person taken there, and it is a death (counted by that clause), not an injury."""
    for c in p.children(place):
        if p.deps[c] == "relcl" and lookup(roles.undergo, verb_keys(p, c)) == "killed":
            return True
    return False


def _object_preps(p: Parse, v: int) -> list[int]:
    """Prepositions the parser hung on the verb's object or its last conjunct that belong
    to the verb ("sent both himself and a girl to the hospital")."""
    obj = p.child(v, "dobj")
    if obj is None:
        return []
    nouns = [obj, *(c for c in p.children(obj) if p.deps[c] == "conj")]
    return [c for n in nouns for c in p.children(n) if p.deps[c] == "prep"]


def _preps_on_names(p: Parse, v: int) -> list[int]:
    """Prepositions the parser hung on a proper name that one of the verb's prepositions
    governs ("taken to Stroger in serious condition"): a place's name takes no condition,
    so the phrase is the verb's."""
    names = [p.child(k, "pobj") for k in p.children(v) if p.deps[k] == "prep"]
    return [
        c
        for n in names
        if n is not None and p.tags[n] == "NNP"
        for c in p.children(n)
        if p.deps[c] == "prep" and p.lower(c) != "of"  # "of": the name's own ("University of")
    ]


def _preps_as_being(p: Parse, v: int) -> list[int]:
    """Prepositions of a "being" the verb takes through "as": "listed as being in fair
    condition" says what "listed in fair condition" says."""
    out = []
    for c in p.children(v):
        being = p.child(c, "pcomp") if p.deps[c] == "prep" and p.lower(c) == "as" else None
        if being is not None and p.lower(being) == "being":
            out += [k for k in p.children(being) if p.deps[k] == "prep"]
    return out


def joined_modifiers(p: Parse, k: int) -> list[str]:
    """The hyphenated words before a noun as written ("non-fatal bullet" -> "non-fatal"):
    the tokenizer splits them and the parse hangs each part on the noun."""
    lo = p.subtree(k)[0]
    words = p.text[p.starts[lo] : p.starts[k]].casefold().split()
    return [w for w in words if "-" in w.strip("-")]


def owned_phrase_role(p: Parse, noun: int, roles: Roles) -> str | None:
    """The role a phrase of a verb and its object says of the object's owner, the noun
    being that object in any voice: "took the man's life" (its object), "a child's life is
    lost" (the passive's subject), "her young life ended" (the subject of the verb used
    without an object)."""
    verb = p.heads[noun]
    if verb == noun or not p.is_verb(verb):
        return None
    dep = p.deps[noun]
    if dep == "dobj":
        return phrase_roles(p, verb, roles, with_preps=False)[0]
    no_object = p.child(verb, "dobj") is None
    if dep == "nsubjpass" or (dep == "nsubj" and no_object and p.child(verb, "auxpass") is None):
        return roles.phrases.get((lemma(p, verb), lemma(p, noun)))
    return None
