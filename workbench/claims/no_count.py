"""Numbers in a count's place that count no one: ages, a family's size, how often.

A bare number beside a person ("Reyes, both 16"), said of one by "be" ("he was 15"),
compared as an age ("younger than 18"), after "of" on a parent ("a father of 5"), or
before "times" ("shot three to four times") sits where a count of people would and is
parsed like one; read as a count it puts a 16 or an 18 among the killed or the hit. Each
test is a shape of the parse, so it holds for any noun and any role.
"""

from __future__ import annotations

from workbench.claims.numbers import words_to_number
from workbench.claims.roles import Roles
from workbench.claims.syntax import lemma
from workbench.parse import Parse

NUMBER_TAGS = frozenset(("CD",))
FREQUENCY_NOUNS = frozenset(("time",))
"""Nouns that make a number say how often, not how many ("shot five times")."""
DISTRIBUTIVES = frozenset(("both", "all", "each"))
"""Determiners that spread an age over the persons before it ("Lopez and Reyes, both 16")."""
AGE_COMPARATIVES = frozenset(("younger", "older"))
"""Comparatives that make the number an age ("younger than 18")."""
OLDEST_AGE = 130


def value_of(p: Parse, k: int) -> float | None:
    """The number token k writes ("1,200", "twelve")."""
    word = p.word(k).replace(",", "")
    try:
        return float(word)
    except ValueError:
        return words_to_number(word)


def _age_like(p: Parse, k: int) -> bool:
    value = value_of(p, k)
    return value is not None and value < OLDEST_AGE and p.word(k).isdigit()


def counts_no_one(p: Parse, n: int, roles: Roles) -> bool:
    """The bare number at n (no noun of its own) is an age or a family's size."""
    return (
        apposed_number(p, n)
        or offspring_count(p, n, roles)
        or predicated_age(p, n, roles)
        or compared_age(p, n)
    )


def apposed_number(p: Parse, n: int) -> bool:
    """ "Two of the boys, 14 and 15, were hurt", "the victims, 19 and 22", "Lopez and
    Reyes, both 16": a bare number set beside a noun phrase between commas names the
    persons' ages, counting no one."""
    k = n
    while p.deps[k] == "conj" and p.heads[k] != k and p.tags[p.heads[k]] in NUMBER_TAGS:
        k = p.heads[k]
    if p.deps[k] != "appos" or any(
        p.deps[c] not in ("punct", "cc", "conj", "advmod", "preconj")
        and not (p.deps[c] == "det" and p.lower(c) in DISTRIBUTIVES)
        for c in p.children(n)
    ):
        return False  # "2 dead, 5 injured": a number with its own state is a count
    head = p.heads[k]  # ("also 15", "both 23": "also" and "both" add nothing)
    if not (p.is_noun(head) or p.tags[head] == "PRP" or p.child(head, "prep") is not None):
        return False
    return _age_like(p, n)


def predicated_age(p: Parse, n: int, roles: Roles) -> bool:
    """ "The victim, Brandon Crawford, was also 15", "the victims were 15 and 17": bare
    numbers said of a person by "be" are the person's age (or the persons' ages, when
    several are listed), counting no one."""
    while p.deps[n] == "conj" and p.tags[p.heads[n]] in NUMBER_TAGS and p.heads[n] != n:
        n = p.heads[n]  # "15 and 17": the list's first number stands in the clause
    v = p.heads[n]
    if p.deps[n] not in ("attr", "acomp") or lemma(p, v) != "be":
        return False
    if any(p.deps[c] not in ("cc", "conj", "punct") for c in p.children(n)):
        return False
    listed = [c for c in p.children(n) if p.deps[c] == "conj" and p.tags[c] in NUMBER_TAGS]
    subject = p.child(v, "nsubj")
    if subject is None:
        return False
    person = p.lower(subject) in ("he", "she") or p.tags[subject] == "NNP"
    person = person or lemma(p, subject) in roles.singular_persons
    if p.is_plural(subject) and not listed:
        return False  # "the victims were 15": too little to tell an age from a count
    return person and all(_age_like(p, k) for k in (n, *listed))


def compared_age(p: Parse, n: int) -> bool:
    """ "The two victims are younger than 18": a number an age comparative bears is an
    age limit, counting no one."""
    return _age_like(p, n) and any(
        p.lower(c) in AGE_COMPARATIVES and p.tags[c] == "JJR" for c in p.children(n)
    )


def offspring_count(p: Parse, n: int, roles: Roles) -> bool:
    """ "Father of 5 killed", "a mother of three": a number after "of" on a singular
    person counts that person's children, not the people in the clause's role."""
    of = p.heads[n]
    if p.deps[n] != "pobj" or p.lower(of) != "of" or p.heads[of] == of:
        return False
    person = p.heads[of]
    return p.tags[person] in ("NN", "NNP") and lemma(p, person) in roles.singular_persons


def how_often(p: Parse, n: int, m: int) -> bool:
    """ "shot five times", "three to four times", "about 10 times": a number on "times"
    (its noun, or the parser's quantifier of a range) says how often, not how many."""
    if p.is_noun(m) and lemma(p, m) in FREQUENCY_NOUNS:
        return True
    return any(
        p.is_noun(c) and lemma(p, c) in FREQUENCY_NOUNS for k in (n, m) for c in p.children(k)
    )


def labelling_number(p: Parse, n: int, m: int) -> bool:
    """ "a 911 call", "Flight 370", "Route 66": a number above one written on a singular
    noun names the thing (a number, a line, a code); a count above one takes a plural
    noun ("two calls"), so it counts no one."""
    if m == n or p.tags[m] not in ("NN", "NNP") or p.deps[n] not in ("nummod", "compound"):
        return False
    if p.heads[n] != m or words_to_number(p.lower(m)) is not None:
        return False  # "two dozen": a number word as the noun
    value = value_of(p, n)
    return value is not None and value > 1 and p.word(n)[:1].isdigit()


LIFELESS = frozenset(("vehicles", "buildings", "weapons"))
"""The vocabulary's classes of things no harm to a person is told of ("two vehicles were
shot at", "several homes were hit"): counted, but in no role of harm."""


def lifeless(counted: dict | None) -> bool:
    """Whether a count's noun is of a class of lifeless things (`LIFELESS`)."""
    return bool(counted) and counted.get("class") in LIFELESS


HELD_CLASSES = frozenset(("persons", "organisations"))
"""The vocabulary's classes of those the law can arrest or charge: people, and bodies
such as a company."""


def none_held(counted: dict | None) -> bool:
    """Whether a count's noun is of a known class of things no one arrests or charges
    (charges, cases, cars: "four counts of aggravated assault", "14 cases ... have been
    prosecuted"): the count tells how many of those, not how many people (an unknown
    noun's class is the noun itself, and is kept)."""
    if not counted:
        return False
    kind = counted.get("class")
    return kind is not None and kind != counted.get("noun") and kind not in HELD_CLASSES
