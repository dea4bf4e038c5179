"""Kinds told in the shapes a headline writes and the small parser misreads.

A headline drops the words prose has, and the parser reads it as a string of nouns: in
"Suspect in Elm Park shooting surrenders" the verb "surrenders" becomes a plural noun the
"shooting" modifies; in "Boy, 5, shoots friend" the verb "shoots" becomes a noun modifying
"friend"; "Shooting details emerge" becomes a gerund taking "details" as its object. These
readings put the word of a kind where `event_kind` reads no event (a modifier of another
noun, as "the fire department" is). Each rule here reads one such shape from the tree and
the roles data, never from a word seen in a sentence: a noun of a kind modifying a noun of
telling or happening ("a shooting incident", "crash details"), a verb misread as a noun
(its "-s" form, a verb of the roles data or of a kind), an "-ing" word of a kind described
by a clause that harms persons ("the shooting that killed one").
"""

from __future__ import annotations

from collections.abc import Callable

from workbench.claims.lemmas import lemma_of
from workbench.claims.roles import Roles
from workbench.claims.verb_forms import lemma, verb_keys, word_at
from workbench.parse.tree import NOUN_TAGS, VERB_TAGS, Parse
from workbench.vocabulary import default as vocabulary

HARM_ROLES = frozenset(("killed", "injured", "hit"))
"""The roles that say a person was harmed: a clause putting persons in one tells the
event that did it."""
MODIFIER_DEPS = frozenset(("compound", "amod", "nmod"))
"""Where a word modifies the noun after it; a verb is never there but misread."""
THIRD_PERSON = ("s", "es")


def happening_nouns(roles: Roles, named: frozenset[str]) -> frozenset[str]:
    """Nouns of an event or of its telling, which a noun of a kind before them names the
    kind of ("a shooting incident", "shooting details", "a fire report"): the roles' events
    that tell no harm of their own ("incident", "rampage"), the reporting words of the
    vocabulary (the group it marks not comparable: "report", "statement") and the stories
    data's `happening_nouns` (`named`: "detail", "investigation", "battle"). An
    organisation ("fire department"), a place ("shooting range") or a thing ("fire truck")
    is none of them."""
    vocab = vocabulary()
    groups = {name for name, group in vocab.actions.items() if not group.comparable}
    reporting = {
        p[0] for p, names in vocab.action_phrases.items() if len(p) == 1 and names & groups
    }
    return frozenset(roles.deadly_event_nouns | reporting | named)


def modifies_a_happening(p: Parse, k: int, roles: Roles, happening: frozenset[str]) -> bool:
    """A noun of a kind modifying a noun of an event or of its telling ("a shooting
    incident", "crash details"), or a verb the parser read as a noun (`a_misread_verb`:
    "Elm Park shooting surrenders", where the noun of a kind ends the verb's subject)."""
    if p.deps[k] not in MODIFIER_DEPS or p.heads[k] == k:
        return False
    head = p.heads[k]
    if p.tags[head] not in NOUN_TAGS:
        return False
    return lemma(p, head) in happening or a_misread_verb(p, head, _roles_verb(roles))


def _roles_verb(roles: Roles) -> Callable[[str], bool]:
    """Whether a base form is a verb of the roles data (one word: "surrender", "kill")."""
    verbs = {key[0] for table in (roles.acted_on, roles.undergo) for key in table if len(key) == 1}
    return verbs.__contains__


def a_misread_verb(p: Parse, k: int, is_verb: Callable[[str], bool]) -> bool:
    """A verb's third person ("surrenders", "shoots") tagged a noun (or hung as a noun's
    modifier, which no verb is): a word ending in "-s" whose base is a verb (`is_verb`),
    with no determiner or possessive of its own (a noun has one: "the shoots", "his
    kills"), as a headline writes its verb."""
    word = word_at(p, k)
    misread = p.tags[k] in NOUN_TAGS or (p.tags[k] == "VBZ" and p.deps[k] in MODIFIER_DEPS)
    if not misread or not word.endswith("s"):
        return False
    if any(p.deps[c] in ("det", "poss") for c in p.children(k)):
        return False
    bases = {word[: -len(end)] for end in THIRD_PERSON if word.endswith(end)}
    return any(is_verb(b) for b in bases)


def a_verb_on_persons(
    p: Parse, k: int, is_kind_verb: Callable[[str], bool], a_person: Callable[[int], bool]
) -> bool:
    """A verb of a kind the parser read as a noun before the person it acts on ("Boy, 5,
    shoots friend": "shoots" a compound of "friend"; "shooter kills 1": "kills" a noun with
    its count): its "-s" form (`a_misread_verb`) modifying a person, or counting persons."""
    if not a_misread_verb(p, k, is_kind_verb):
        return False
    head = p.heads[k]
    if p.deps[k] in MODIFIER_DEPS and head != k and a_person(head):
        return True
    return any(p.deps[c] == "nummod" and a_person(c) for c in p.children(k))


def a_gerund_of_a_happening(p: Parse, k: int, happening: frozenset[str]) -> bool:
    """An "-ing" word of a kind read as a gerund taking the noun it modifies as its object
    ("Shooting details emerge" read as "[shooting details] emerge" by people, as "shooting
    [the] details" by the parser): a gerund with no subject that is itself a subject or
    the sentence, whose object is a noun of a happening (`happening_nouns`) following it
    with nothing but that noun's modifiers between."""
    if p.tags[k] != "VBG" or p.deps[k] not in ("csubj", "nsubj", "nsubjpass", "ROOT"):
        return False
    if p.child(k, "nsubj", "nsubjpass", "aux") is not None:
        return False
    obj = p.child(k, "dobj")
    if obj is None or obj < k or lemma(p, obj) not in happening:
        return False
    between = range(k + 1, obj)
    return all(p.heads[i] == obj and p.deps[i] in MODIFIER_DEPS for i in between)


def harms_in_a_clause(p: Parse, k: int, roles: Roles, a_person: Callable[[int], bool]) -> bool:
    """A word of a kind described by a relative clause that puts persons in a harm role
    ("the shooting that killed one", "a crash that injured three"): the event the clause
    tells of, whatever the parser took the word for (a gerund "shooting" describing the
    noun before it)."""
    for clause in p.children(k):
        if p.deps[clause] != "relcl" or p.tags[clause] not in VERB_TAGS:
            continue
        role = next(
            (roles.acted_on[key] for key in verb_keys(p, clause) if key in roles.acted_on), None
        )
        if role not in HARM_ROLES:
            continue
        if any(p.deps[c] in ("dobj", "nsubjpass") and a_person(c) for c in p.children(clause)):
            return True
    return False


def hyphen_joined(p: Parse, k: int) -> str | None:
    """The word a hyphen split into the two before k ("shoot-out": shoot, -, out), joined
    as written without it ("shootout"), when k ends it."""
    if k < 2 or p.word(k - 1) != "-" or p.heads[k - 2] != k:
        return None
    if p.ends[k - 2] != p.starts[k - 1] or p.ends[k - 1] != p.starts[k]:
        return None
    return word_at(p, k - 2) + word_at(p, k)


def means_kinds(roles: Roles, words: dict[tuple[str, ...], str]) -> dict[str, str]:
    """The kind each means of a harm names: the roles data lists the means of a hit (its
    `wounds`: "gun", "knife", "gunshot"); a means names the one kind one of whose words
    (`words`, the kinds' phrases) is made on it ("gunshot", "gunfire" on "gun"; "knife
    attack" on "knife"), none when no kind's or two kinds' are ("bullet")."""
    named: dict[str, str] = {}
    for means, role in roles.wounds.items():
        kinds = {kind for phrase, kind in words.items() if phrase[0].startswith(means)}
        if role in HARM_ROLES and len(kinds) == 1:
            named[means] = kinds.pop()
    return named


def means_verbs(roles: Roles, words: dict[tuple[str, ...], str]) -> dict[tuple[str, ...], str]:
    """The verbs of a harm made by its means ("gun down", "knife": the roles' harm verbs
    whose first word is a means, `means_kinds`), with the kind the means names."""
    named = means_kinds(roles, words)
    return {
        key: named[key[0]]
        for key, role in roles.acted_on.items()
        if role in HARM_ROLES and key[0] in named
    }


def means_of_a_happening(
    p: Parse, k: int, means: dict[str, str], happening: frozenset[str]
) -> str | None:
    """The kind of a happening named with its means (`means_kinds`): a means modifying a
    noun of a happening ("a gun battle", "a knife fight"), or run together with one in a
    word ("gunfight")."""
    word = word_at(p, k)
    if p.tags[k] in NOUN_TAGS:
        for m, kind in means.items():
            if word.startswith(m) and lemma_of(word[len(m) :], p.tags[k]) in happening:
                return kind
    head = p.heads[k]
    if p.deps[k] == "compound" and head != k and lemma(p, head) in happening:
        return means.get(lemma(p, k))
    return None


def a_counted_participle(
    p: Parse, k: int, is_participle: Callable[[str], bool], a_person: Callable[[int], bool]
) -> bool:
    """A headline's passive without its "were" ("6 shot", "juvenile shot"), read as a
    singular noun: a participle of a kind's verb (`is_participle`: "shot", "stabbed")
    tagged a singular noun, with no determiner, counted or described by persons (a number,
    "juvenile", as an adjective too), and no verb's object (a noun "shot" is taken or
    fired: "took 2 shot" reads no such count)."""
    if p.tags[k] not in ("NN", "NNP") or not is_participle(word_at(p, k)):
        return False
    if p.deps[k] == "dobj":
        return False
    described = any(p.deps[c] in ("amod", "compound") and a_person(c) for c in p.children(k))
    if described:  # "a juvenile shot": the determiner is the person's
        return True
    counted = any(p.deps[c] == "nummod" and p.tags[c] == "CD" for c in p.children(k))
    return counted and p.child(k, "det", "poss") is None


def a_dates_month(p: Parse, k: int) -> bool:
    """A month's name written beside a number ("March 4", "4 March", "march 5" of a
    headline set in lower case): a date's month, never the word of a kind it spells."""
    if word_at(p, k) not in vocabulary().not_counted:
        return False
    return any(0 <= j < len(p) and p.tags[j] == "CD" for j in (k - 1, k + 1))


def third_person_kind(word: str, verbs: dict[tuple[str, ...], str]) -> str | None:
    """The kind whose verb a word is the third person of ("shoots": `verbs` holds "shoot";
    "kills": "kill"). The kinds' words list it for a headline's verb ("Man shoots
    neighbour"): read as a noun it is another thing ("photo shoots"), unless misread
    (`a_verb_on_persons`)."""
    ends = (e for e in THIRD_PERSON if word.endswith(e) and (word[: -len(e)],) in verbs)
    return next((verbs[(word[: -len(e)],)] for e in ends), None)


def struck_on_a_body(p: Parse, k: int, body_parts: frozenset[str] | set[str]) -> bool:
    """A predicate said where on a body it struck ("shot in the head", "stabbed in the
    chest"): a person bore it, whatever the parser made its subject (a name hung on
    another noun). A part owned by no body ("the head office") is a noun's modifier, not
    the object."""
    for prep in p.children(k):
        if p.deps[prep] != "prep" or p.lower(prep) != "in":
            continue
        part = p.child(prep, "pobj")
        if part is not None and lemma(p, part) in body_parts:
            return True
    return False


def an_undergone_misread(
    p: Parse, k: int, is_undergone: Callable[[str], bool], a_person: Callable[[int], bool]
) -> bool:
    """A verb one undergoes in its third person read as a noun the person modifies ("A
    juvenile dies": "dies" a plural noun, "juvenile" its adjective): the person is its
    subject, who bears it. A determiner before the person is the person's."""
    word = word_at(p, k)
    if p.tags[k] not in NOUN_TAGS or not any(
        word.endswith(e) and is_undergone(word[: -len(e)]) for e in THIRD_PERSON
    ):
        return False
    persons = [c for c in p.children(k) if p.deps[c] in MODIFIER_DEPS and c < k and a_person(c)]
    if not persons:
        return False
    return all(c < persons[0] for c in p.children(k) if p.deps[c] in ("det", "poss"))


def aimed_at(p: Parse, v: int, a_person: Callable[[int], bool]) -> bool:
    """A verb aimed at a person ("shots fired at deputies", "fired on a crowd"): the
    object of its "at" or "on" is a person."""
    for prep in p.children(v):
        if p.deps[prep] == "prep" and p.lower(prep) in ("at", "on", "upon"):
            target = p.child(prep, "pobj")
            if target is not None and a_person(target):
                return True
    return False


def things_kinds(roles: Roles, words: dict[tuple[str, ...], str]) -> dict[str, str]:
    """The kind each role that counts things only names through them: the roles data's
    shots ("round", "shot", "gunshot") name shooting, one kind's words; a role counting
    persons too ("voter") or naming no kind or two names none."""
    counted: dict[str, set[str]] = {}
    for noun, role in roles.counted_nouns.items():
        counted.setdefault(role, set()).add(noun)
    named: dict[str, str] = {}
    for role, nouns in counted.items():
        if any(
            vocabulary().counted_class(n) == "persons" or n in roles.singular_persons for n in nouns
        ):
            continue
        kinds = {words[(n,)] for n in nouns if (n,) in words}
        if len(kinds) == 1:
            named[role] = kinds.pop()
    return named


def aimed_act_kind(
    p: Parse, v: int, roles: Roles, things: dict[str, str], a_person: Callable[[int], bool]
) -> str | None:
    """The kind a verb of a role counting things tells when aimed at a person (`things`,
    `things_kinds`): "fired at police"; "opened fire on the crowd", the roles' phrase
    "open fire" ending on that role's verb."""
    if not aimed_at(p, v, a_person):
        return None
    keys = verb_keys(p, v)
    obj = p.child(v, "dobj")
    if obj is not None:
        keys += [(*key, word_at(p, obj)) for key in verb_keys(p, v)]
    for key in keys:
        if key in roles.acted_on or key in roles.phrases:
            kind = things.get(roles.acted_on.get(key[-1:], ""))
            if kind is not None:
                return kind
    return None
