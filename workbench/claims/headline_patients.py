"""A headline's patients: the one a bare past verb happened to, not the one who did it.

"Man shot at VFW post", "Five shot in ...": headlines drop the auxiliary, so the small
parser reads a passive participle as a past tense with its patient as the doer. These read
the tree (and the word after the noun) for a headline's passive; `syntax.position` asks.
A headline's bare number takes its role from the word beside it the same way ("Two dead",
"rampage injures three"); `counts` asks.
"""

from __future__ import annotations

from workbench.claims.inflections import IRREGULAR
from workbench.claims.lemmas import lemma_of
from workbench.claims.predicates import Position, lookup, verb_keys, word_at
from workbench.claims.roles import HARM_ROLES, Roles
from workbench.claims.words import wordset
from workbench.parse import Parse
from workbench.vocabulary import default as vocabulary

ADVERB_TAGS = frozenset(("RB", "RBR", "RBS"))


def headline_patient(p: Parse, m: int, verb: int, roles: Roles) -> bool:
    """ "Man shot at VFW post": a headline's bare noun (or a counted one aimed at nothing)
    as the subject of a past harm verb with no object is the verb's patient."""
    return (
        (p.tags[verb] == "VBD" or _unchanging_past(p, verb))
        and p.child(verb, "dobj", "aux") is None
        and lookup(roles.acted_on, verb_keys(p, verb)) in ("killed", "injured", "hit")
        and not _shares_an_object(p, verb)
        and (
            (
                p.child(m, "det", "poss") is None
                and (
                    (p.tags[m] in ("NN", "NNP") and p.word(m)[:1].isupper())
                    or _bare_person(p, m, verb, roles)
                )
            )
            or _counted_unaimed(p, m, verb)
            or _indefinite_opening(p, m, verb)
        )
    )


AGE_UNITS = frozenset(("year", "month", "week", "day"))


def age_as_noun(p: Parse, k: int) -> bool:
    """ "old" with its span of years under it ("3-year-old"): an age, standing for a person
    where no noun follows."""
    return p.lower(k) == "old" and any(p.lower(c) in AGE_UNITS for c in p.children(k))


def _bare_person(p: Parse, m: int, verb: int, roles: Roles) -> bool:
    """ "Oklahoma City teen shot after ...", "Coroner identifies teen fatally shot": a
    singular person noun (or an age used as one) with no article, which prose never
    leaves bare, written before a harm verb aimed at nothing: a headline's patient, however
    the title's case was lowered."""
    person = p.tags[m] == "NN" and lemma_of(p.word(m), "NN") in roles.singular_persons
    if not (person or age_as_noun(p, m)) or m > verb:
        return False
    return not any(aims(p, c) for c in p.children(verb))


INDEFINITE = wordset("a an")


def _indefinite_opening(p: Parse, m: int, verb: int) -> bool:
    """ "A boy shot in east Houston": a singular noun with "a" opening the sentence (the
    article `headline.with_article` puts back before a headline's "Boy shot in ..."), right
    before a bare past harm verb aimed at nothing (an adverb between), is its patient: prose puts
    an auxiliary there ("A boy was shot"), or an object after the verb."""
    first = p.subtree(m)[0]
    if first != 0 or p.lower(0) not in INDEFINITE or p.heads[0] != m:
        return False
    between = range(p.subtree(m)[1] + 1, verb)  # "A boy accidentally shot": an adverb
    if p.tags[m] not in ("NN", "NNP") and not age_as_noun(p, m):
        return False  # "A 3-year-old accidentally shot": an age stands for the person
    if any(p.tags[k] not in ADVERB_TAGS for k in between):
        return False
    return not any(
        p.deps[c] in ("dative", "prt", "ccomp", "xcomp") or aims(p, c) for c in p.children(verb)
    )


AIM_PREPOSITIONS = wordset("at into from through toward towards on")
TARGET_CLASSES = frozenset(("persons", "police", "vehicles"))
"""What "at" or "on" aims at when it names a target ("shot at officers", "shot at a car",
"turned the gun on himself"), not a scene ("shot at a park", "shot on west side")."""


def _unchanging_past(p: Parse, verb: int) -> bool:
    """ "three others hurt": a verb whose present, past and participle are one word, tagged
    present, may be a headline's participle as well as "shot" tagged past."""
    low = p.lower(verb)
    return p.tags[verb] == "VBP" and IRREGULAR.get(low) == low


def aims(p: Parse, prep: int) -> bool:
    """A preposition that aims the verb at something: "into", "through" ... always; "at"
    only at a target (a person, the police, a vehicle), never at the scene."""
    word = word_at(p, prep)
    if word not in AIM_PREPOSITIONS:
        return False
    if word not in ("at", "on"):
        return True
    obj = p.child(prep, "pobj")
    if obj is None or p.tags[obj] == "PRP":
        return True
    if p.tags[obj] == "NNP":
        return word == "at"  # "shot at Smith"; "shot on Canal Street" is where
    return vocabulary().counted_class(lemma_of(p.word(obj), p.tags[obj])) in TARGET_CLASSES


def _counted_unaimed(p: Parse, m: int, verb: int) -> bool:
    """ "four people shot in the incident have minor injuries", "One man shot in the
    abdomen, and ...": a counted subject of a harm verb with no object, aimed at no target,
    is the participle's patient (a reduced relative), not the shooter."""
    if p.child(m, "nummod") is None or p.subtree(m)[1] + 1 != verb:
        return False  # the participle right after its noun phrase
    for c in p.children(verb):
        if p.deps[c] == "ccomp" and c < m and p.word(p.subtree(m)[0] - 1) == ",":
            continue  # "One person killed, three others shot": a headline's comma for "and"
        if p.deps[c] in ("dative", "prt", "ccomp", "xcomp") or aims(p, c):
            return False
    return True


def _shares_an_object(p: Parse, verb: int) -> bool:
    """ "Dale, 45, shot and killed his neighbors", "two deputies shot and killed the man":
    a verb coordinated with one that has an object and no subject of its own shares that
    object, so its subject is the one who did it, not a headline's patient."""
    return any(
        p.deps[c] == "conj"
        and p.is_verb(c)
        and p.child(c, "dobj") is not None
        and p.child(c, "nsubj", "nsubjpass") is None
        for c in p.children(verb)
    )


def _word_role(p: Parse, k: int, roles: Roles) -> str | None:
    word = word_at(p, k)
    if word in roles.states:
        return roles.states[word]
    base = lemma_of(p.word(k), "VBN")
    role = roles.undergo.get((base,)) or roles.acted_on.get((base,))
    return role if role not in ("involved", "present", "shots") else None


def next_word_role(p: Parse, m: int, roles: Roles) -> str | None:
    """Headlines the parser misreads ("Five shot in ...", "2 Dead After ..."): the word
    right after the counted noun says the role; a state coordinated with it ("five people
    shot and killed", however parsed) says the graver."""
    k = m + 1
    if k >= len(p) or _predicate_of_another(p, m, k, roles):
        return None
    role = _word_role(p, k, roles)
    if role is not None:
        for c in p.children(k):
            if p.deps[c] == "conj" and p.lower(c - 1) in ("and", "or"):
                role = roles.stronger(role, _word_role(p, c, roles))
    return role


def _predicate_of_another(p: Parse, m: int, k: int, roles: Roles) -> bool:
    """ "One of the three victims died": the word after the noun is the verb of a number
    the noun is the group of (a partitive), so it tells the part's role, not the group's;
    a participle of a harm done ("One of the two men shot and killed ... was a suspect")
    may be the group's own, a reduced relative the parser hung on the number."""
    subject = p.child(k, "nsubj", "nsubjpass")
    if subject is None or p.tags[subject] != "CD" or p.deps[m] != "pobj":
        return False
    of = p.heads[m]
    done = roles.acted_on.get((lemma_of(p.word(k), "VBN"),))
    return p.lower(of) == "of" and p.heads[of] == subject and done is None


def adjacent_state(p: Parse, k: int, roles: Roles) -> str | None:
    """The state written right after a bare number, as headlines do: "Two dead", "5
    Injured", "Three fatally shot" (an adverb between says more than the participle, as
    the state right after it does: "4 shot dead")."""
    adverb = None
    k += 1
    while k < len(p) and p.tags[k] in ADVERB_TAGS:
        adverb = roles.stronger(adverb, roles.adverbs.get(p.lower(k)))
        k += 1
    if k >= len(p):
        return None
    word = p.lower(k)
    role = roles.states.get(word)
    if role is None:
        base = lemma_of(p.word(k), "VBN")
        role = roles.acted_on.get((base,)) or roles.undergo.get((base,))
    if role in (None, "involved", "present", "shots") or _shots_phrase(p, k, roles):
        return None
    if k + 1 < len(p) and p.tags[k] != "JJ" and p.tags[k + 1] == "JJ":
        role = roles.stronger(role, roles.states.get(p.lower(k + 1)))  # "4 shot dead"
    return roles.stronger(role, adverb) if adverb else role


def _shots_phrase(p: Parse, k: int, roles: Roles) -> bool:
    """ "Six shot on target", "two shots wide": the word opens a phrase of the shots role
    (`roles.json`: a game's shots at a goal), so the number counts shots, not people hit."""
    base = lemma_of(p.word(k), "VBN")
    tails = [tuple(p.lower(t) for t in range(k + 1, min(k + n, len(p)))) for n in (2, 3)]
    return any(roles.phrases.get((base, *tail)) == "shots" for tail in tails if tail)


def verb_read_as_noun(p: Parse, n: int, roles: Roles) -> str | None:
    """ "rampage injures three", "Drive-by shooting wounds three": a headline's verb the
    tagger read as a plural noun, right before a bare number that counts no noun after it,
    gives the number the role of its object."""
    k = n - 1
    if k < 0 or p.tags[k] != "NNS" or (n + 1 < len(p) and p.is_noun(n + 1)):
        return None
    role = roles.acted_on.get((lemma_of(p.word(k), "VBZ"),))
    return role if role in HARM_ROLES else None


def bare_person_state(p: Parse, k: int, roles: Roles) -> Position | None:
    """ "Belgrade boy dead after accidental shooting", "One teenager dead after ...": a
    headline's person noun with no article, the state of a harm written right after it and
    no clause giving it a role: the state is the person's, as with a headline's bare
    number (`adjacent_state`)."""
    if p.child(k, "det", "poss") is not None or p.tags[k] != "NN":
        return None
    after = k + 1
    if after >= len(p) or p.tags[after] != "JJ" or p.lower(after) not in roles.states:
        return None  # an adjective of a state ("dead"), not a verb's form ("shot", "murder")
    role = adjacent_state(p, k, roles)
    if role not in HARM_ROLES:
        return None
    return Position(role, None, "the state written after its noun")
