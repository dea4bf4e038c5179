"""A found person's wound told after a place or an apposition: the state is the object's.

"Police found the man suffering from a gunshot wound": the small model reads the object and
the participle as one small clause, the complement (`ccomp`) of "found" with the man its
subject, and the roles read the man's wound. When anything stands between the object and
the participle ("found the victim on the porch suffering from ...", "found X, who was
visiting family, suffering ...", "found X inside the business and suffering ...", "located
the victim lying on the floor in the hallway of the apartment suffering ..."), the parser
hangs the participle on the nearest word: as a preposition's complement (`pcomp`), as the
place's modifier or its object ("the apartment suffering", a noun), as a clause of the
verb (`advcl`) or a conjunct of the place; no count is read, or the place is read as the
one who suffers ("Quill Road", injured 1). English gives a verb of finding or leaving
("find", "locate", "discover", "leave") an object with a predicate of its state ("found
him bleeding", "left his victims bleeding in the lobby"); the -ing form of a verb by which
a person bears a wound ("suffer", "sustain", "bleed") after such a verb's object, with no
subject or auxiliary of its own and outside a relative clause, is that predicate. The
repair gives the parser's own shape for the short form: the participle the verb's
complement, the object its subject; what stood between stays on the object. A rule over the
tree and a closed class of verbs, never over a sentence's words.
"""

from __future__ import annotations

from workbench.claims.lemmas import lemma_of
from workbench.claims.repair_tree import AUX_DEPS, SUBJECT_DEPS, inside
from workbench.claims.roles import Roles
from workbench.parse import Parse
from workbench.vocabulary import default as vocabulary

FINDING = frozenset(("find", "locate", "discover", "leave"))
"""The verbs whose object may carry a predicate of its state ("found him bleeding",
"left two men wounded"): what a responder sees of a person, or how an attacker left one."""
BEARING = frozenset(("suffer", "sustain", "bleed"))
"""The verbs by which a person bears a wound (the roles' `borne` verbs that need a wound
for an object, and its `wound_verbs`), as an -ing form: the found person's state. Not
"have" or "get" (the other borne verbs), whose -ing forms say many other things."""
_OWN_CLAUSE = SUBJECT_DEPS | AUX_DEPS | frozenset(("mark",))
_BEFORE_A_NOUN = frozenset(("det", "amod", "compound", "nummod", "poss"))
_IN_A_PHRASE = frozenset(("pobj", "pcomp"))
"""How the parser hangs the participle inside a prepositional phrase of place."""
_PLACE_DEPS = frozenset(("compound", "nsubj"))
"""How it hangs the place's noun on the participle, when the participle took its place."""


def _bearing(p: Parse, g: int) -> bool:
    """An -ing form of a verb of bearing a wound, however tagged ("suffering" is read as a
    noun after "the apartment")."""
    word = p.lower(g)
    return word.endswith("ing") and lemma_of(word, "VBG") in BEARING


def _own_clause(p: Parse, g: int) -> bool:
    """The participle has an auxiliary, a subordinator or a subject of its own ("who was
    suffering"); a noun the parser made its subject inside a phrase of place ("on Quill Road
    suffering") is the place, not a subject."""
    in_phrase = p.deps[g] in _IN_A_PHRASE
    for c in p.children(g):
        if p.deps[c] in _OWN_CLAUSE and not (in_phrase and p.deps[c] == "nsubj" and p.is_noun(c)):
            return True
    return False


def _in_relative(p: Parse, g: int) -> bool:
    k = g
    for _ in range(len(p)):
        if p.deps[k] in ("relcl", "acl") and p.heads[k] != k and k != g:
            return True
        if p.heads[k] == k:
            return False
        k = p.heads[k]
    return False


def _found_object(p: Parse, g: int) -> tuple[int, int] | None:
    """(the verb of finding, its object) nearest before g, the object before g."""
    for v in range(g - 1, -1, -1):
        if not p.is_verb(v) or lemma_of(p.word(v), p.tags[v]) not in FINDING:
            continue
        objects = [c for c in p.children(v) if p.deps[c] == "dobj" and c < g]
        return (v, objects[0]) if objects else None
    return None


def _read_already(p: Parse, g: int, o: int) -> bool:
    """The participle hangs on the object or on a name or conjunct of it (`acl`: "located
    four victims suffering"), as the roles read it already."""
    head = p.heads[g]
    ties = {o} | {c for c in p.children(o) if p.deps[c] in ("appos", "conj")}
    return p.deps[g] == "acl" and head in ties


def _person(p: Parse, k: int, roles: Roles) -> bool:
    """A pronoun of a person, or a common noun of persons ("two children", "a man")."""
    if p.tags[k] == "PRP":
        return p.lower(k) not in ("it", "we", "they", "i", "you")
    if p.tags[k] not in ("NN", "NNS"):
        return False
    noun = lemma_of(p.word(k), p.tags[k])
    return noun in roles.singular_persons or vocabulary().counted_class(noun) == "persons"


def _another_person_between(p: Parse, o: int, g: int, roles: Roles) -> bool:
    """A person named between the object and the participle, not as the object's own name
    or in a relative clause on it ("found A with two children suffering", "found several
    people, including a man on the bed bleeding"): the participle may be that person's."""
    own = {o} | {c for c in p.children(o) if p.deps[c] in ("appos", "relcl", "acl")}
    for k in range(o + 1, g):
        if _person(p, k, roles) and not any(inside(p, k, a) for a in own if a != o):
            return True
    return False


def _free_place(p: Parse, g: int, heads: list[int], deps: list[str]) -> None:
    """Where the participle was read as a preposition's object ("in the hallway of the
    apartment suffering", "in a home on Quill Road suffering"), the noun the parser hung
    on it before it, as its modifier or its subject ("apartment", "Road"), takes its place,
    with the words before it that went with it."""
    if p.deps[g] not in _IN_A_PHRASE:
        return
    nouns = [c for c in p.children(g) if c < g and p.is_noun(c) and p.deps[c] in _PLACE_DEPS]
    if not nouns:
        return
    noun = nouns[-1]
    heads[noun], deps[noun] = p.heads[g], "pobj"
    for c in p.children(g):
        if c < g and c != noun and p.deps[c] in _BEFORE_A_NOUN:
            heads[c] = noun


def found_states(p: Parse, roles: Roles) -> Parse:
    """The parse with each such participle the complement of the verb of finding and its
    object the participle's subject (a copy when anything changed)."""
    if not any(w.endswith("ing") for w in p.lowers()):
        return p
    tags, heads, deps = list(p.tags), list(p.heads), list(p.deps)
    for g in range(2, len(p)):
        if not _bearing(p, g) or _own_clause(p, g):
            continue
        found = _found_object(p, g)
        if found is None or _in_relative(p, g):
            continue
        v, o = found
        if _read_already(p, g, o) or (p.deps[g] == "ccomp" and p.heads[g] == v):
            continue
        if _another_person_between(p, o, g, roles):
            continue
        if inside(p, v, g) or inside(p, o, g):
            continue  # the verb or its object hangs under the participle: no safe move
        _free_place(p, g, heads, deps)
        for c in p.children(v):  # "suffering ... from multiple wounds" hung on "found"
            if c > g and p.deps[c] == "prep":
                heads[c] = g
        tags[g], heads[g], deps[g] = "VBG", v, "ccomp"
        heads[o], deps[o] = g, "nsubj"
    if heads == p.heads and deps == p.deps:
        return p
    return Parse(p.text, p.starts, p.ends, tags, deps, heads)
