"""Repairs of a headline's lists, where a comma stands for "and".

"Man kills brother, girlfriend", "kills infant son, self": the small parser hangs the word
after the comma on the verb (as a clause or an adverb) or on the object as an apposition,
and the second person loses the verb's role. "Woman killed at party, two others shot": two
clauses joined by a comma, the first one's subject taken for the second verb's. Like
`repair.py`, a rule over the tree (and the roles' nouns that name a person), writing into
copied arrays.
"""

from __future__ import annotations

from workbench.claims.headline_patients import age_as_noun
from workbench.claims.lemmas import lemma_of
from workbench.claims.roles import HARM_ROLES, Roles
from workbench.parse import Parse

REFLEXIVES = frozenset(("self", "himself", "herself"))


def _determined(p: Parse, k: int) -> bool:
    return any(p.deps[c] in ("det", "poss") for c in p.children(k))


def comma_objects(
    p: Parse, heads: list[int], deps: list[str], tags: list[str], persons: frozenset[str]
) -> None:
    """ "Man kills brother, girlfriend", "kills infant son, self": a headline lists objects
    with a comma for "and"; the word after the comma, hung on the verb as a clause or an
    adverb (or on the object as an apposition, both without a determiner) though it is a
    person (or "self") with nothing of its own, is a conjunct."""
    for obj in range(len(p) - 2):
        v = p.heads[obj]
        if p.deps[obj] != "dobj" or not p.is_verb(v):
            continue
        comma = obj + 1  # right after the noun: "son, self", never "son of Ana, self"
        k = comma + 1
        if k >= len(p) or p.word(comma) != ",":
            continue
        if p.heads[k] == obj:  # "kills man, wife": bare nouns, no apposition ("a man, 40")
            if p.deps[k] != "appos" or any(_determined(p, x) for x in (obj, k)):
                continue
        elif p.heads[k] != v or p.deps[k] not in ("conj", "npadvmod", "dobj", "advmod"):
            continue
        if p.lower(k) not in REFLEXIVES and p.lower(k) not in persons:
            continue
        if any(p.deps[c] not in ("prep", "punct") for c in p.children(k)):
            continue
        heads[k], deps[k], tags[k] = obj, "conj", "NN"


def then_reflexives(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "shoots 8-year-old boy, then himself", "shot his daughter then himself": a reflexive
    right after "then" (the verb's adverb), after the verb's object, that the parser hung
    on the verb as an adverb or a loose dependent, is the object's conjunct: two persons
    the one verb was done to, in turn."""
    for k in range(2, len(p)):
        then, v = k - 1, p.heads[k]
        if p.lower(k) not in REFLEXIVES or p.lower(then) != "then" or not p.is_verb(v):
            continue
        if p.heads[then] != v or p.deps[k] not in ("dep", "npadvmod", "advmod", "dobj"):
            continue
        obj = p.child(v, "dobj")
        if obj is None or obj == k or p.subtree(obj)[1] + 1 not in (then, then - 1):
            continue  # the object's phrase ends right before "then" (or its comma)
        heads[k], deps[k] = obj, "conj"
        heads[then] = k  # "then" says the order of the two, on the second


def death_compounds(p: Parse, roles: Roles) -> Parse:
    """ "Mother charged in boy's shooting death", "police investigate shooting death": an
    event noun of the roles ("shooting") the tagger read as a verb's -ing form, right before
    a noun of one death (`roles.deaths`) it took as its object, is the death's modifier (a
    compound, as "a shooting death" parses): the death takes its place, and its owner."""
    tags, heads, deps = list(p.tags), list(p.heads), list(p.deps)
    for v in range(len(p) - 1):
        d = v + 1
        if p.tags[v] != "VBG" or p.lower(v) not in roles.nouns:
            continue
        if p.heads[d] != v or p.deps[d] != "dobj" or p.lower(d) not in roles.deaths:
            continue
        heads[d], deps[d] = (d, "ROOT") if p.heads[v] == v else (p.heads[v], p.deps[v])
        for c in p.children(v):
            if c != d:
                heads[c] = d
        tags[v], heads[v], deps[v] = "NN", d, "compound"
    if heads == p.heads and deps == p.deps:
        return p
    return Parse(p.text, p.starts, p.ends, tags, deps, heads)


def comma_clauses(p: Parse) -> Parse:
    """ "Woman killed at party, two others shot", "Teen killed on porch, 3 others hurt": a
    headline joins two clauses with a comma; the parser makes the first one's participle a
    modifier of its noun and the noun a second subject of the last verb, beside that verb's
    own subject after the comma. The noun is its participle's subject (a clause of its
    own, joined to the other), so it takes its own harm, not the others'."""
    heads, deps = list(p.heads), list(p.deps)
    for k in range(len(p)):
        v = p.heads[k]
        if p.deps[k] != "nsubj" or v <= k or not p.is_verb(v):
            continue
        told = [c for c in p.children(k) if k < c and p.deps[c] == "acl"]
        if not told or p.tags[told[0]] not in ("VBN", "VBD"):
            continue
        comma = p.subtree(told[0])[1] + 1
        if comma >= v or p.word(comma) != ",":
            continue
        if not any(comma < c < v and p.deps[c] in ("nsubj", "nsubjpass") for c in p.children(v)):
            continue  # the verb after the comma has a subject of its own
        heads[k], deps[k] = told[0], "nsubjpass"
        heads[told[0]], deps[told[0]] = v, "conj"
    if heads == p.heads and deps == p.deps:
        return p
    return Parse(p.text, p.starts, p.ends, list(p.tags), deps, heads)


def person_verbs(p: Parse, roles: Roles) -> Parse:
    """ "A juvenile dies after ...": a person noun that is also an adjective, read as one
    before a harm verb the tagger took for a plural noun (with the article the headline
    left out put back, `headline.with_article`). A singular person with its article before
    a word that is a verb a person undergoes is that verb's subject."""
    tags, heads, deps = list(p.tags), list(p.heads), list(p.deps)
    for h in range(2, len(p)):
        person, article = h - 1, h - 2
        if p.tags[h] != "NNS" or p.heads[person] != h or p.deps[person] not in ("amod", "compound"):
            continue
        if roles.undergo.get((lemma_of(p.word(h), "VBZ"),)) not in HARM_ROLES:
            continue
        if p.lower(person) not in roles.singular_persons or p.lower(article) not in ("a", "an"):
            continue
        if p.heads[article] != h:
            continue
        tags[person], heads[person], deps[person] = "NN", h, "nsubj"
        heads[article] = person
        tags[h] = "VBZ"
    if tags == p.tags:
        return p
    return Parse(p.text, p.starts, p.ends, tags, deps, heads)


def _harm_participle(p: Parse, v: int, roles: Roles) -> bool:
    """A past participle of harm ("shot", "wounded"), also when tagged as a noun."""
    if p.tags[v] not in ("VBN", "VBD", "NN") or p.lower(v).endswith("ing"):
        return False  # "Male shooting suspect": the event, no participle
    return roles.acted_on.get((lemma_of(p.word(v), "VBN"),)) in HARM_ROLES


def _its_outcome(p: Parse, v: int, heads: list[int], deps: list[str], roles: Roles) -> None:
    """The outcome written after the participle, as prose has it on the verb: its state
    ("shot dead": the predicate's complement) or a second participle after a comma ("shot,
    killed": its conjunct)."""
    after = v + 1
    if after < len(p) and p.heads[after] == v and p.lower(after) in roles.states:
        deps[after] = "oprd"  # "shot dead by police"
    elif (
        after + 1 < len(p)
        and p.word(after) == ","
        and _harm_participle(p, after + 1, roles)
        and p.child(after + 1, "nsubj", "nsubjpass") is None
    ):
        heads[after + 1], deps[after + 1] = v, "conj"  # "man shot, killed during ..."
        heads[after], deps[after] = v, "punct"


def persons_on_participles(p: Parse, roles: Roles) -> Parse:
    """ "after child shot in the head", "after teen shot", "A juvenile shot on X Square":
    a headline drops the auxiliary, and the parser hangs the person before the participle
    on it as a modifier (a compound or an adjective: no word modifies a verb so). A
    singular person noun (or an age standing for one: "A 17-year-old shot in hand") right
    before a harm participle, hung on it so, is its passive subject."""
    tags, heads, deps = list(p.tags), list(p.heads), list(p.deps)
    for k in range(len(p) - 1):
        v = k + 1
        if p.heads[k] != v or p.deps[k] not in ("compound", "amod", "nmod"):
            continue
        person = p.lower(k) in roles.singular_persons or age_as_noun(p, k)
        if not person or not _harm_participle(p, v, roles):
            continue
        before = p.subtree(k)[0] - 1  # where the person's article is: "A juvenile", "A 17-year-old"
        if p.tags[v] == "NN" and any(p.deps[c] == "det" and c != before for c in p.children(v)):
            continue  # "the victim shot": a noun with its own article
        tags[k], deps[k] = "NN", "nsubjpass"
        _its_outcome(p, v, heads, deps, roles)
        if tags[v] == "NN":
            tags[v] = "VBN"
        for c in p.children(v):
            if p.deps[c] == "det" and c == before:
                heads[c] = k  # "A juvenile shot": the article put back is the person's
    if heads == p.heads and deps == p.deps and tags == p.tags:
        return p
    return Parse(p.text, p.starts, p.ends, tags, deps, heads)


def participle_chains(p: Parse, roles: Roles) -> Parse:
    """ "14-year-old accidentally shot, killed at motel": a headline's comma for "and"
    between two harm participles; the parser hangs the second on the first as its
    modifier (`acl`), as if it said what the first's noun underwent. With no subject of its
    own, the second is the first's conjunct and shares its subject, as "shot and killed"."""
    heads, deps = list(p.heads), list(p.deps)
    for comma in range(1, len(p) - 1):
        first, second = comma - 1, comma + 1
        if p.word(comma) != "," or p.heads[second] != first or p.deps[second] != "acl":
            continue
        if not (_harm_participle(p, first, roles) and _harm_participle(p, second, roles)):
            continue
        if p.child(second, "nsubj", "nsubjpass") is not None:
            continue
        deps[second] = "conj"
    if deps == p.deps:
        return p
    return Parse(p.text, p.starts, p.ends, list(p.tags), deps, heads)


_NOUN_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS"))
_NOMINAL_DEPS = frozenset(
    ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos", "attr", "ROOT")
)


def ages_as_objects(p: Parse) -> Parse:
    """ "Suspect in shooting of 10-year-old identified", "calls death of Riverton
    16-year-old sad": a headline's age standing for a person after a preposition, which the
    parser hangs as a modifier on the word after it, though that word is no noun (a verb,
    an adjective), or as a complement of a word before ("hearing for 3 in fatal shooting
    of 3-year-old"). An age modifies only a noun: with none after it, it is the
    preposition's object (a town's name before it, "of Riverton 16-year-old", a compound
    of it), and an "of" right after a noun is that noun's ("death of ...")."""
    tags, heads, deps = list(p.tags), list(p.heads), list(p.deps)
    for k in range(1, len(p)):
        if not age_as_noun(p, k) or p.deps[k] in _NOMINAL_DEPS:
            continue
        if p.deps[k] == "amod" and (p.heads[k] < k or p.tags[p.heads[k]] in _NOUN_TAGS):
            continue  # "a 10-year-old boy": an age on its noun
        before = p.subtree(k)[0] - 1
        town = None
        if before > 0 and p.tags[before] == "NNP" and p.deps[before] == "pobj":
            town, before = before, p.heads[before]
        if before < 0 or p.tags[before] != "IN":
            continue
        if town is None and p.child(before, "pobj") is not None:
            continue
        tags[k], heads[k], deps[k] = "NN", before, "pobj"
        if p.lower(before) == "of" and p.tags[before - 1] == "NN":
            heads[before] = before - 1  # "death of ...": the noun's "of", not the verb's
        if town is not None:
            heads[town], deps[town] = k, "compound"
    if heads == p.heads:
        return p
    return Parse(p.text, p.starts, p.ends, tags, deps, heads)


def dropped_progressives(p: Parse, roles: Roles) -> Parse:
    """ "5-year-old boy recovering after shooting", "Woman fighting for her life": a
    headline drops the "is" of the progressive, and the parser makes the person the root
    with the -ing verb its modifier. A person at the root with an -ing verb right after
    its phrase, the verb with no subject of its own, is that verb's subject."""
    heads, deps = list(p.heads), list(p.deps)
    for n in range(len(p)):
        if p.deps[n] != "ROOT" or p.heads[n] != n:
            continue
        if not (lemma_of(p.word(n), "NN") in roles.singular_persons or age_as_noun(p, n)):
            continue
        verbs = [c for c in p.children(n) if p.deps[c] == "acl" and p.tags[c] == "VBG"]
        if not verbs or p.child(verbs[0], "nsubj", "nsubjpass") is not None:
            continue
        verb = verbs[0]
        if any(p.heads[j] == n and p.deps[j] != "punct" for j in range(n + 1, verb)):
            continue  # "boy in coma recovering": words of the person's between
        heads[verb], deps[verb] = verb, "ROOT"
        heads[n], deps[n] = verb, "nsubj"
    if heads == p.heads:
        return p
    return Parse(p.text, p.starts, p.ends, list(p.tags), deps, heads)
