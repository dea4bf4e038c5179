"""Repairs of the states a person is left in, where the small parser breaks the phrase.

How a victim is doing is told in a state phrase ("in critical condition") that the roles
data reads from the tree; two shapes of news prose break it apart: adjectives coordinated
before the state's noun ("in critical, but stable condition": the preposition left with no
object, the noun read as a conjunct of the verb), and a second object of "left"/"found"
with a state of its own, hung on the first object's state ("left two people dead and three
in critical condition": the three read as more dead); and an age as the subject of a harm
borne, read with its verb as modifiers of the harm ("The 2-year-old suffered minor
injuries"), or as a modifier of a headline's participle ("2-year-old critically hurt in
shooting"). Like `repair.py`, each repair is a
rule over the tree, never over words, and writes into copied arrays.
"""

from __future__ import annotations

from workbench.claims.lemmas import lemma_of
from workbench.claims.repair import SMALL_CLAUSE_VERBS
from workbench.claims.repair_tree import nominal
from workbench.parse import Parse

ADJECTIVES = frozenset(("JJ", "JJR", "JJS", "VBN"))
"""Tags of a noun's modifier that can be coordinated before it ("critical but stable")."""


def coordinated_adjectives(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "in critical, but stable condition": a preposition with no object whose adjective is
    followed by a comma or a conjunction and a noun with an adjective of its own, that noun
    read as hanging elsewhere, is the preposition's object, and the first adjective one more
    of the noun's modifiers."""
    for prep in range(len(p) - 3):
        if p.deps[prep] != "prep" or p.child(prep, "pobj") is not None:
            continue
        first = prep + 1
        while first < len(p) and p.deps[first] in ("advmod", "amod") and p.heads[first] != prep:
            first += 1  # "in extremely critical, ..."
        if first >= len(p) or p.heads[first] != prep or p.tags[first] not in ADJECTIVES:
            continue
        k = first + 1
        while k < len(p) and (p.tags[k] in (",", "CC") or p.deps[k] in ("punct", "cc")):
            k += 1
        if k == first + 1:
            continue  # no comma or conjunction between: another shape
        noun = k
        while noun < len(p) and p.tags[noun] in ADJECTIVES and p.deps[noun] == "amod":
            noun += 1
        if noun == k or noun >= len(p) or not p.is_noun(noun) or p.heads[k] != noun:
            continue
        if p.deps[noun] not in ("conj", "dep", "appos", "npadvmod", "dobj"):
            continue
        heads[noun], deps[noun] = prep, "pobj"
        heads[first], deps[first] = noun, "amod"
        for c in range(first + 1, k):
            heads[c] = noun


def gapped_objects(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "left two people dead and three in critical condition": a noun or a number
    coordinated with the state of "left"/"found"'s object, with a state phrase of its own
    after it, is a second object of the verb (a conjunct of the verb, as `syntax` reads "left
    a woman dead and her daughter in a coma"), not one more word of the first state."""
    for k in range(1, len(p)):
        state = p.heads[k]
        if p.deps[k] != "conj" or state >= k or p.deps[state] not in ("oprd", "acomp"):
            continue
        verb = p.heads[state]
        if lemma_of(p.word(verb), p.tags[verb]) not in SMALL_CLAUSE_VERBS:
            continue
        if not (nominal(p, k) or p.tags[k] == "CD" or p.lower(k) == "another"):
            continue
        if not any(c > k and p.deps[c] in ("prep", "amod", "acl") for c in p.children(k)):
            continue
        heads[k] = verb


def _with_objects(heads: list[int], deps: list[str]) -> list[int]:
    """The tokens with two objects or more, in text order: the only verbs `second_objects`
    can mend (its writes move no object from one verb to another), asked before the lemma
    that cost most of the rule, one per token."""
    objects: dict[int, int] = {}
    for c, dep in enumerate(deps):
        if dep == "dobj":
            objects[heads[c]] = objects.get(heads[c], 0) + 1
    return sorted(v for v, n in objects.items() if n > 1)


def second_objects(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "left one man dead and six others with gunshot wounds": a second object of
    "left"/"found", read as one more object of the verb, with the verb's state phrases
    after it (read as the verb's too), is a conjunct of the verb with those states as its
    own (as `syntax` reads "left a woman dead and her daughter in a coma"); the first
    object's state is not the second's."""
    for verb in _with_objects(heads, deps):
        if lemma_of(p.word(verb), p.tags[verb]) not in SMALL_CLAUSE_VERBS:
            continue
        objects = [c for c in range(len(p)) if heads[c] == verb and deps[c] == "dobj"]
        for first, second, end in zip(objects, objects[1:], [*objects[2:], len(p)], strict=False):
            own = [c for c in range(first, second) if heads[c] == verb]
            if not any(deps[c] in ("oprd", "acomp") for c in own):
                continue  # no state of the first object's own between them
            states = [
                c
                for c in range(second + 1, end)
                if heads[c] == verb and deps[c] in ("oprd", "acomp", "prep")
            ]
            if not states:
                continue
            heads[second], deps[second] = verb, "conj"
            for c in states:
                heads[c] = second


def ages_read_as_modifiers(p: Parse, heads: list[int], deps: list[str], tags: list[str]) -> None:
    """ "The 2-year-old suffered minor injuries": an age used as a noun, then a past verb,
    both read as modifiers of the verb's object, are a clause: the age its subject, the
    noun its object (as `repair` reads "all three suffered minor injuries")."""
    for v in range(2, len(p)):
        n = p.heads[v]
        if p.deps[v] != "amod" or p.tags[v] not in ("VBD", "VBN") or n <= v or not p.is_noun(n):
            continue
        age = v - 1
        if p.lower(age) != "old" or p.heads[age] != n or p.deps[age] != "amod":
            continue
        if not any(p.deps[c] == "npadvmod" and p.is_noun(c) for c in p.children(age)):
            continue  # "old" with its span of years, months, weeks or days
        top = p.heads[n]
        heads[v], deps[v] = (v, "ROOT") if top == n else (top, deps[n])
        heads[age], deps[age] = v, "nsubj"
        heads[n], deps[n] = v, "dobj"
        for c in p.children(n):
            if c < age and p.deps[c] == "det":
                heads[c] = age  # "The 2-year-old"
        tags[v] = "VBD"  # an active past: the participle tag would read as a headline passive


def ages_read_as_determiners(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "A six-year-old and three people were shot": an age used as a noun, hung on the
    article before it, which the parser took for the article of the noun after the "and",
    is the first member of that list."""
    for age in range(2, len(p) - 2):
        h = p.heads[age]
        if p.lower(age) != "old" or p.deps[age] != "amod" or p.deps[age + 1] != "cc":
            continue
        if not any(p.deps[c] == "npadvmod" and p.is_noun(c) for c in p.children(age)):
            continue
        noun = p.heads[h] if p.tags[h] == "DT" and p.deps[h] == "det" else h
        if noun <= age + 1 or not p.is_noun(noun):
            continue
        top = p.heads[noun]
        heads[age], deps[age] = (age, "ROOT") if top == noun else (top, deps[noun])
        heads[noun], deps[noun] = age, "conj"
        for c in range(age):  # the article before the age is the age's
            if p.deps[c] == "det" and p.heads[c] in (h, noun):
                heads[c] = age
        heads[age + 1] = age


def ages_read_as_manner(p: Parse, deps: list[str]) -> None:
    """ "2-year-old critically hurt in shooting": an age used as a noun, hung as a modifier
    on the participle after it that has no subject, is that participle's subject, as
    "Man critically hurt in shooting" is read (a headline's passive)."""
    for age in range(2, len(p) - 1):
        v = p.heads[age]
        if p.lower(age) != "old" or p.deps[age] != "amod" or v <= age:
            continue
        if p.tags[v] not in ("VBN", "VBD") or p.deps[v] not in ("ROOT", "ccomp", "conj"):
            continue  # a clause's own participle, not one on a noun ("accused gunman")
        if not any(p.deps[c] == "npadvmod" and p.is_noun(c) for c in p.children(age)):
            continue  # "old" with its span of years, months, weeks or days
        if any(p.deps[c] in ("nsubj", "nsubjpass") for c in p.children(v)):
            continue
        if any(p.deps[k] not in ("advmod", "punct") for k in range(age + 1, v)):
            continue  # only a manner between them ("critically")
        deps[age] = "nsubj"


def particles_before_bare_nouns(
    p: Parse, heads: list[int], deps: list[str], tags: list[str]
) -> None:
    """ "taken in critical condition to a hospital": a particle right before its verb's
    object, that object a bare singular common noun (no determiner, number or possessor,
    which an object of a verb and particle needs: "took in the children"), is a
    preposition and its object (the state phrase the roles data reads); so is a particle
    the parser gave an object of its own ("brought in stable condition")."""
    for prt in range(1, len(p) - 1):
        v = p.heads[prt]
        if p.deps[prt] != "prt" or p.tags[prt] != "RP":
            continue
        if p.child(prt, "pobj") is not None:
            deps[prt], tags[prt] = "prep", "IN"
            continue
        obj = p.child(v, "dobj")
        if obj is None or p.tags[obj] != "NN" or p.subtree(obj)[0] != prt + 1:
            continue
        if any(p.deps[c] in ("det", "nummod", "poss") for c in p.children(obj)):
            continue
        deps[prt], tags[prt] = "prep", "IN"
        heads[obj], deps[obj] = prt, "pobj"


def states_read_as_manner(p: Parse, deps: list[str]) -> None:
    """ "Drive-by shooting leaves teen dead": an adjective after the object of "left" or
    "found", hung on the verb as an adverb (an adjective says no manner), is the object's
    state, as the parser reads "leaves a teen dead"."""
    for k in range(2, len(p)):
        verb = p.heads[k]
        if p.tags[k] != "JJ" or p.deps[k] != "advmod" or verb >= k:
            continue
        if lemma_of(p.word(verb), p.tags[verb]) not in SMALL_CLAUSE_VERBS:
            continue
        if any(p.deps[c] == "dobj" and c == k - 1 for c in p.children(verb)):
            deps[k] = "oprd"


def states_repaired(p: Parse) -> Parse:
    """The parse with its broken state phrases mended (after `repair_lists`; a copy when
    anything changed)."""
    heads, deps, tags = list(p.heads), list(p.deps), list(p.tags)
    coordinated_adjectives(p, heads, deps)
    gapped_objects(p, heads, deps)
    second_objects(p, heads, deps)
    ages_read_as_modifiers(p, heads, deps, tags)
    ages_read_as_determiners(p, heads, deps)
    ages_read_as_manner(p, deps)
    states_read_as_manner(p, deps)
    particles_before_bare_nouns(p, heads, deps, tags)
    if heads == p.heads and deps == p.deps and tags == p.tags:
        return p
    return Parse(p.text, p.starts, p.ends, tags, deps, heads)
