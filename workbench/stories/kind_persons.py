"""Who bears an event a sentence tells (`event_kind`): a person or a group, named by a noun of
persons, a name, a pronoun, a number or an age; a thing the roles data counts, and whether
it harmed a person in its clause."""

from __future__ import annotations

from workbench.claims.roles import Roles
from workbench.claims.verb_forms import lemma, verb_keys, word_at
from workbench.claims.verb_objects import names_persons
from workbench.claims.words import wordset
from workbench.parse.tree import NOUN_TAGS, VERB_TAGS, Parse
from workbench.stories import kind_shapes as shapes
from workbench.vocabulary import default as vocabulary

PREDICATE_TAGS = VERB_TAGS | {"JJ"}
DESCRIBES = frozenset(("acl", "amod"))
"""A participle or adjective describing a noun: the noun is its patient ("a man shot",
"the slain man", "a film shot on location")."""
_AGE_UNITS = frozenset(("year", "years", "month", "months", "week", "weeks", "day", "days"))
_GROUP_PRONOUNS = wordset(
    "he she him her they them we us i you me himself herself themselves myself self"
)
"""Pronouns of persons (not "it"); "self" as a headline writes "shoots self"."""


def a_person(p: Parse, k: int, roles: Roles) -> bool:
    """A person or a group: a noun of persons ("two men", "a teen", "the victims"), a
    name ("Ana Ruiz", "the Guard"), a personal pronoun, a bare number ("two were shot"),
    an age ("a 17-year-old"), a part of the body, the relative pronoun of a clause
    describing one of these."""
    tag = p.tags[k]
    if tag in ("NNP", "NNPS", "CD") or _an_age(p, k):
        return True
    if tag in ("WP", "WDT"):  # "a teen who was shot": the noun the clause describes
        clause = p.heads[k]
        while p.deps[clause] == "conj" and p.heads[clause] != clause:
            clause = p.heads[clause]
        return p.deps[clause] == "relcl" and a_person(p, p.heads[clause], roles)
    if tag == "PRP" or word_at(p, k) == "self":  # "shoots self", as a headline writes it
        return word_at(p, k) in _GROUP_PRONOUNS
    if tag in NOUN_TAGS and lemma(p, k) in roles.body_parts:
        return True  # "shot his own leg": a person's
    return tag in NOUN_TAGS and names_persons(p, k, roles)


def common_person(p: Parse, k: int, roles: Roles) -> bool:
    """A person named by a noun of persons, a number or a pronoun, not by a name: a name
    after a verb read as a noun may be a team's or a ship's ("shoots Rovers")."""
    return p.tags[k] not in ("NNP", "NNPS") and a_person(p, k, roles)


def persons_word(p: Parse, k: int, roles: Roles) -> bool:
    """A person (`a_person`), or a word of persons the parser read as an adjective ("a
    juvenile shot")."""
    return a_person(p, k, roles) or word_at(p, k) in roles.singular_persons


def a_thing(p: Parse, k: int, roles: Roles) -> bool:
    """A noun the roles data counts as a thing, never as the event ("three shots", "a
    gunshot": `counted_nouns` that are no role's event noun): a "shot" is a photograph's,
    a vaccine's or a ball's as often as a gun's; "a death", "a homicide" are events."""
    base = lemma(p, k)
    return base in roles.counted_nouns and base not in roles.nouns


def harms_a_person(p: Parse, k: int, roles: Roles) -> bool:
    """Whether a thing is what harmed a person in its clause: the subject of a verb whose
    object or passive subject is a person ("a gunshot struck the boy"), the object of a
    preposition on a verb a person bears or undergoes ("died from gunshots", "a woman
    killed by gunshots": the noun a participle describes bears it), or of "of" on the
    persons a harm role counts ("a victim of a gunshot"); a thing aimed at a person by a
    verb of its own role ("shots fired at deputies", "fired shots at officers": the roles
    data counts shots fired; photographers' "shots" are taken)."""

    def aimed(v: int) -> bool:  # "shots fired at deputies", "fired shots at officers"
        role = roles.counted_nouns.get(lemma(p, k))
        by_its_role = any(roles.acted_on.get(key) == role for key in verb_keys(p, v))
        return by_its_role and shapes.aimed_at(p, v, lambda c: common_person(p, c, roles))

    at = p.heads[k]
    if any(p.deps[c] in DESCRIBES and aimed(c) for c in p.children(k)):
        return True
    if p.deps[k] == "dobj":
        return aimed(at)
    if p.deps[k] == "pobj" and p.deps[at] in ("prep", "agent"):
        prep, at = at, p.heads[at]
        if p.lower(prep) == "of" and p.tags[at] in NOUN_TAGS:
            harmed = roles.counted_nouns.get(lemma(p, at)) in shapes.HARM_ROLES
            return harmed and persons_noun(lemma(p, at), roles)
    elif p.deps[k] not in ("nsubj", "nsubjpass"):
        return False
    if p.tags[at] not in PREDICATE_TAGS:
        return False
    if p.deps[at] in DESCRIBES and p.heads[at] != at and a_person(p, p.heads[at], roles):
        return True
    if aimed(at):
        return True
    undergone = any(key in roles.undergo for key in verb_keys(p, at))
    bearers = ("dobj", "nsubjpass", "nsubj") if undergone else ("dobj", "nsubjpass")
    return any(p.deps[c] in bearers and c != k and a_person(p, c, roles) for c in p.children(at))


def persons_noun(base: str, roles: Roles) -> bool:
    return base in roles.singular_persons or vocabulary().counted_class(base) == "persons"


def _an_age(p: Parse, k: int) -> bool:
    """An age standing for a person ("a 17-year-old": "old" with its unit)."""
    return p.lower(k) == "old" and any(p.lower(c) in _AGE_UNITS for c in p.children(k))
