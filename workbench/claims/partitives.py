"""A bare "one" standing for a person of a group: "one of the victims who got shot".

The pattern finder keeps "one" only before a noun, so a lone "one" ("One, a guest, was
shot", "Three people died and one was critically injured") is read here from the parse, in
its clause's role and the group's own, a count of 1 like a singular mention (`mentions.py`).
"""

from __future__ import annotations

from workbench.claims.mention_record import Mention, counts_one_in_role, mention_span, overlaps
from workbench.claims.mentions import not_one
from workbench.claims.predicates import SUBJECTS
from workbench.claims.roles import HARM_ROLES, Roles
from workbench.claims.survival import survival_mark, survival_state
from workbench.claims.syntax import Position, lemma, position
from workbench.claims.verb_forms import lookup, verb_keys
from workbench.claims.verb_objects import object_not_undergone
from workbench.parse import Parse
from workbench.vocabulary import default as vocabulary


def _a_thing(p: Parse, k: int | None) -> bool:
    """A noun the vocabulary puts in a class of things (buildings, vehicles, weapons), not
    of persons: a partitive of it counts no one."""
    if k is None:
        return False
    noun = lemma(p, k)
    return vocabulary().counted_class(noun) not in (noun, "persons")


def _partitive_position(p: Parse, k: int, roles: Roles, counted: bool) -> Position:
    """The role of "one" (of a group): its clause's, and the group's own ("one of the
    victims who got shot", "one of the men shot Tuesday is out of the hospital"). When
    the group is a count read already (`counted`: "One of the three victims died", "One of
    three people shot has died"), the one is in its own clause's role only: the group's
    role is the group's count's."""
    quantified = _quantified_noun(p, k)
    if counted and quantified is None and p.deps[k] not in SUBJECTS:
        return Position(None, None, None)  # "X is one of two suspects arrested": the group's
    where = position(p, quantified if quantified is not None else k, roles)
    if counted or quantified is not None:
        where.also = None
        return where
    of = p.child(k, "prep")
    group = p.child(of, "pobj") if of is not None and p.lower(of) == "of" else None
    if group is None:
        return where
    inner = position(p, group, roles)
    if where.role is None:
        return inner
    if where.also is None and inner.role in HARM_ROLES and inner.role != where.role:
        where.also, where.also_wound = inner.role, False
    return where


def _quantified_noun(p: Parse, k: int) -> int | None:
    """ "One of three people shot Tuesday has died": the parser reads "one of" as a
    quantifier of the group's number; the noun that number counts, whose clause is the
    one's."""
    n = p.heads[k]
    if p.deps[k] != "quantmod" or p.tags[n] != "CD" or n <= k:
        return None
    if not any(p.deps[c] == "quantmod" and p.lower(c) == "of" for c in p.children(n)):
        return None
    noun = p.heads[n]
    return noun if p.deps[n] == "nummod" and p.is_noun(noun) else None


def _victim_survived(p: Parse, k: int, roles: Roles) -> bool:
    """ "One of the five victims survived the shooting": one of a group its noun tells harmed
    (`counted_nouns` of a harm: "victims") who lived through the event (an `undergo` verb
    whose object is the event, not a wound: `object_not_undergone`) lived through its harm;
    one who "survived the shooting" alone may have been unhurt."""
    verb = p.heads[k]
    if p.deps[k] not in SUBJECTS or not object_not_undergone(p, verb, roles):
        return False
    if lookup(roles.undergo, verb_keys(p, verb)) != roles.care_role:  # "survive", "recover"
        return False
    of = p.child(k, "prep")
    group = p.child(of, "pobj") if of is not None and p.lower(of) == "of" else None
    return group is not None and roles.counted_nouns.get(lemma(p, group)) in HARM_ROLES


CONTRASTS = frozenset(("while", "whereas"))
"""Subordinators that set a clause against the one before it, as "and" joins it."""


def _counting_one(p: Parse, k: int) -> bool:
    """A bare "one" that counts: a number, or the subject of a clause coordinated with an
    earlier one, or set against it by "while", that the tagger read as the pronoun ("Three
    people died and one was critically injured", "two died, while one was critical"; the
    generic pronoun, "one would think", is no count)."""
    if p.deps[k] == "nummod" or any(p.lower(c) == "no" for c in p.children(k)):
        return False  # "no one (else) was hurt": a zero, or none at all (`zero_counts`)
    if p.tags[k] == "CD":
        return True
    verb = p.heads[k]
    if p.tags[k] not in ("PRP", "NN") or p.deps[k] not in SUBJECTS:
        return False
    # "One victim was killed, while one was critical": a clause set against the one before
    contrast = p.deps[verb] == "advcl" and any(
        p.deps[c] == "mark" and p.lower(c) in CONTRASTS for c in p.children(verb)
    )
    return p.deps[verb] == "conj" or contrast


def partitive_ones(p: Parse, roles: Roles, taken: list[tuple[int, int]]) -> list[Mention]:
    """ "one of the victims who got shot", "One, a guest, was shot": a bare "one" standing
    for a person in a role (the pattern finder keeps "one" only before a noun)."""
    found: list[Mention] = []
    for k in range(len(p)):
        if p.lower(k) != "one" or not _counting_one(p, k) or not_one(p, k):
            continue
        start, end = mention_span(p, k)
        if overlaps(start, end, taken):
            continue
        of = p.child(k, "prep")
        if of is not None and p.lower(of) == "of" and p.child(of, "pobj") is not None:
            end = p.ends[p.child(of, "pobj")]
        counted = overlaps(start, end, taken)  # "one of the five": the group is a count
        if of is not None and p.lower(of) == "of" and _a_thing(p, p.child(of, "pobj")):
            continue  # "one of the apartment buildings was hit": no person
        where = _partitive_position(p, k, roles, counted)
        state = survival_state(p, k, roles) if where.role is None else None
        if state is not None:  # "one of the victims was released": a survivor's state
            where = Position("injured", None, f"a survivor's state: {state}")
        elif where.role is None and _victim_survived(p, k, roles):
            where = Position("injured", None, "one of the victims survived the event")
        victims = where.role is None and not counted and (where := _of_victims(p, k, roles, where))
        if not counts_one_in_role(where):
            continue
        why = f"“{p.text[start:end]}” ({where.why or where.role})"
        mention = Mention(
            start, end, 1, where.role, why, False, None, where.also, wound=where.wound
        )
        mention.also_wound, mention.also_joined = where.also_wound, where.also_joined
        mention.survival = survival_mark(state, roles) if state is not None else False
        mention.victims = mention.part = bool(victims and where.role is not None)
        found.append(mention)
    return found


def _of_victims(p: Parse, k: int, roles: Roles, where: Position) -> Position:
    """ "One of the victims was 15", "one of the victims is a young girl": one of a group its
    noun alone puts in a harm (`counted_nouns`: victims are hit), the subject of "be" (its
    clause tells who the one is, no role), is in the group's role by that noun, as a victims
    count is ("three of the victims are teens"): `others` reads it among the article's
    survivors (injured) or, where all died, its dead (killed)."""
    verb = p.heads[k]
    if p.deps[k] not in SUBJECTS or lemma(p, verb) != "be":
        return where  # "a sister of one of the victims", "confronts one of the victims"
    of = p.child(k, "prep")
    group = p.child(of, "pobj") if of is not None and p.lower(of) == "of" else None
    if group is None or not p.is_plural(group) or p.child(group, "poss") is not None:
        return where
    role = roles.counted_nouns.get(lemma(p, group))
    if role not in HARM_ROLES:
        return where
    return Position(role, None, f"counts {lemma(p, group)}s")
